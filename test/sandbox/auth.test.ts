/* eslint-disable @typescript-eslint/no-explicit-any -- test code, not n8n node code */
import { Api, basic, raw, Sandbox, withSandbox } from './helpers';

describe('sandbox: authentication', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'de', clientId: 'my-id', clientSecret: 's3cr:et' })));
	afterAll(() => sb.stop());

	const tokenReq = (headers: Record<string, string>, body: string) =>
		raw(`${sb.url}/api2/public/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body });

	it('issues a token with Basic credentials and answers `expires`, not `expires_in`', async () => {
		const r = await tokenReq({ Authorization: basic('my-id', 's3cr:et') }, 'grant_type=client_credentials&scope=');
		expect(r.status).toBe(200);
		expect(r.body).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires: 600 });
		expect(r.body.expires_in).toBeUndefined();
		const me = await raw(`${sb.url}/api2/public/products`, { headers: { Authorization: `Bearer ${r.body.access_token}` } });
		expect(me.status).toBe(200);
	});

	it('accepts client_id / client_secret in the form body', async () => {
		const r = await tokenReq({}, 'grant_type=client_credentials&client_id=my-id&client_secret=s3cr%3Aet');
		expect(r.status).toBe(200);
		expect(r.body.token_type).toBe('bearer');
		const rec = sb.requests().filter((q) => q.path === '/api2/public/token').pop()!;
		expect((rec.body as any).client_secret).toBe('***');
	});

	it('rejects a wrong client with invalid_client (401 via Basic, 400 via body)', async () => {
		const a = await tokenReq({ Authorization: basic('my-id', 'wrong') }, 'grant_type=client_credentials');
		expect(a.status).toBe(401);
		expect(a.body).toEqual({ error: 'invalid_client' });
		const b = await tokenReq({}, 'grant_type=client_credentials&client_id=other&client_secret=x');
		expect(b.status).toBe(400);
		expect(b.body).toEqual({ error: 'invalid_client' });
		const c = await tokenReq({}, 'grant_type=client_credentials');
		expect(c.status).toBe(401);
	});

	it('rejects a wrong grant type', async () => {
		const r = await tokenReq({ Authorization: basic('my-id', 's3cr:et') }, 'grant_type=password');
		expect(r.status).toBe(400);
		expect(r.body).toEqual({ error: 'unsupported_grant_type' });
	});

	it('answers 405 to GET on the token route', async () => {
		expect((await raw(`${sb.url}/api2/public/token`)).status).toBe(405);
	});

	it('requires a live bearer token everywhere else', async () => {
		const denied = { Message: 'Authorization has been denied for this request.' };
		const none = await raw(`${sb.url}/api2/public/products`);
		expect(none.status).toBe(401);
		expect(none.body).toEqual(denied);
		const bogus = await raw(`${sb.url}/api2/public/customers`, { headers: { Authorization: 'Bearer nope' } });
		expect(bogus.status).toBe(401);
		const basicOnData = await raw(`${sb.url}/api2/public/customers`, { headers: { Authorization: basic('my-id', 's3cr:et') } });
		expect(basicOnData.status).toBe(401);
		expect((await api.get('customers')).status).toBe(200);
	});

	it('expireTokens() invalidates issued tokens; a new token works again', async () => {
		sb.expireTokens();
		const r = await api.get('products');
		expect(r.status).toBe(401);
		expect(r.body.Message).toBe('Authorization has been denied for this request.');
		api.token = sb.issueToken();
		expect((await api.get('products')).status).toBe(200);
	});

	it('tokens expire after the configured TTL', async () => {
		sb.setOptions({ tokenTtlSeconds: 0 });
		const short = await tokenReq({ Authorization: basic('my-id', 's3cr:et') }, 'grant_type=client_credentials');
		expect(short.body.expires).toBe(0);
		const r = await raw(`${sb.url}/api2/public/products`, { headers: { Authorization: `Bearer ${short.body.access_token}` } });
		expect(r.status).toBe(401);
		sb.setOptions({ tokenTtlSeconds: 600 });
	});

	it('records the authorization scheme but never the token', async () => {
		sb.clearRequests();
		await api.get('paymenttypes');
		const [rec] = sb.requests();
		expect(rec.headers.authorization).toBe('Bearer');
		expect(JSON.stringify(rec)).not.toContain(api.token);
		expect(rec.route).toBe('GET /api2/public/paymenttypes');
		expect(rec.status).toBe(200);
	});
});
