import nock from 'nock';

import { API, BASE, byId, CLIENT, erp, fixture, jsonItems, newCredentials, run, runOk, tokenScope, TOKEN_PATH, useNock } from './setup';

type Json = Record<string, unknown>;

const PRODUCTS = `${API}/products`;
const [mouse] = fixture<Json[]>('products');
const locator = { __rl: true, mode: 'id', value: '={{ $json.id }}' };

describe('OAuth2 client credentials', () => {
	useNock();

	it('the token request sends HTTP Basic auth and a form body with grant_type=client_credentials', async () => {
		const seen: Array<{ headers: Record<string, unknown>; body: unknown }> = [];
		const token = nock(BASE)
			.post(TOKEN_PATH)
			.reply(function (_uri, body) {
				seen.push({ headers: this.req.headers, body });
				return [200, { access_token: 'tok-1', token_type: 'bearer', expires: 600 }];
			});
		const api = erp().get(`${PRODUCTS}/10951199`).reply(200, mouse);

		await runOk({ resource: 'product', operation: 'get', productId: byId(10951199) });

		expect(seen).toHaveLength(1);
		const basic = `Basic ${Buffer.from(`${CLIENT.user}:${CLIENT.pass}`).toString('base64')}`;
		expect(seen[0].headers.authorization).toBe(basic);
		expect(String(seen[0].headers['content-type'])).toMatch(/^application\/x-www-form-urlencoded/);
		expect(new URLSearchParams(String(seen[0].body)).get('grant_type')).toBe('client_credentials');
		expect(new URLSearchParams(String(seen[0].body)).has('client_secret')).toBe(false);
		token.done();
		api.done();
	});

	it('fetches the token once and reuses it for every item of a run', async () => {
		const token = tokenScope('tok-1', 1);
		const api = erp('tok-1')
			.get(`${PRODUCTS}/1`)
			.reply(200, { ...mouse, Id: 1 })
			.get(`${PRODUCTS}/2`)
			.reply(200, { ...mouse, Id: 2 })
			.get(`${PRODUCTS}/3`)
			.reply(200, { ...mouse, Id: 3 });

		const output = await runOk(
			{ resource: 'product', operation: 'get', productId: locator },
			{ items: [{ id: 1 }, { id: 2 }, { id: 3 }] },
		);

		expect(output.map((item) => item.json.Id)).toEqual([1, 2, 3]);
		token.done();
		api.done();
	});

	it('reuses the stored token in the next execution, and tolerates `expires` instead of `expires_in`', async () => {
		const credentials = newCredentials();
		const token = tokenScope('tok-1', 1);
		const api = erp('tok-1').get(`${PRODUCTS}/10951199`).times(2).reply(200, mouse);

		await runOk({ resource: 'product', operation: 'get', productId: byId(10951199) }, { credentials });
		await runOk({ resource: 'product', operation: 'get', productId: byId(10951199) }, { credentials });

		expect(credentials.tokenUpdates).toHaveLength(1);
		expect(credentials.tokenUpdates[0]).toMatchObject({ access_token: 'tok-1', token_type: 'bearer', expires: 600 });
		token.done();
		api.done();
	});

	it('a 401 on an API call fetches exactly one new token and retries the call with it', async () => {
		const credentials = newCredentials();
		const tokens = tokenScope('tok-1')
			.post(TOKEN_PATH, 'grant_type=client_credentials')
			.basicAuth(CLIENT)
			.reply(200, { access_token: 'tok-2', token_type: 'bearer', expires: 600 });
		const expired = erp('tok-1').get(`${PRODUCTS}/1`).reply(401, { Message: 'Authorization has been denied for this request.' });
		const renewed = erp('tok-2')
			.get(`${PRODUCTS}/1`)
			.reply(200, { ...mouse, Id: 1 })
			.get(`${PRODUCTS}/2`)
			.reply(200, { ...mouse, Id: 2 });

		const { output, error } = await run(
			{ resource: 'product', operation: 'get', productId: locator },
			{ items: [{ id: 1 }, { id: 2 }], credentials },
		);

		expect(error).toBeUndefined();
		expect(jsonItems(output).map(({ json, pairedItem }) => ({ id: json.Id, pairedItem }))).toEqual([
			{ id: 1, pairedItem: { item: 0 } },
			{ id: 2, pairedItem: { item: 1 } },
		]);
		expect(credentials.tokenUpdates.map((update) => update.access_token)).toEqual(['tok-1', 'tok-2']);
		tokens.done();
		expired.done();
		renewed.done();
	});

	it('a 401 on a write retries the same body once with the new token', async () => {
		const bodies: unknown[] = [];
		const tokens = tokenScope('tok-1')
			.post(TOKEN_PATH, 'grant_type=client_credentials')
			.basicAuth(CLIENT)
			.reply(200, { access_token: 'tok-2', token_type: 'bearer', expires: 600 });
		const expired = erp('tok-1')
			.post(PRODUCTS)
			.reply((_uri, body) => {
				bodies.push(body);
				return [401, { Message: 'Authorization has been denied for this request.' }];
			});
		const renewed = erp('tok-2')
			.post(PRODUCTS)
			.reply((_uri, body) => {
				bodies.push(body);
				return [200, 10951300];
			});

		const output = await runOk({
			resource: 'product',
			operation: 'create',
			name: 'Kabel',
			unitOfMeasurement: 'm',
			rate: 9,
			createOptions: { returnFullRecord: false },
		});

		expect(bodies).toEqual([
			{ Name: 'Kabel', UnitOfMeasurement: 'm', UnitOfMeasurment: 'm', Rate: 9 },
			{ Name: 'Kabel', UnitOfMeasurement: 'm', UnitOfMeasurment: 'm', Rate: 9 },
		]);
		expect(output[0].json).toEqual({ Id: 10951300 });
		tokens.done();
		expired.done();
		renewed.done();
	});
});
