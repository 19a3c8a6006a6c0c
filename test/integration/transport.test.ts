/**
 * Token handling, paging and failure behaviour of the node against the sandbox, through n8n-core's
 * real OAuth2 client-credentials flow.
 */
import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { credentialData, MemoryCredentialsHelper, runNode } from '../helpers/n8nHarness';

const tokenRequests = (sb: Sandbox) => sb.requests().filter((request) => request.path.endsWith('/token'));

describe('transport against the sandbox', () => {
	let sb: Sandbox;

	beforeAll(async () => {
		sb = await startSandbox({ port: 0, edition: 'de' });
	});
	afterAll(async () => await sb.stop());
	beforeEach(() => {
		sb.reset();
		sb.clearRequests();
	});

	it('fetches one token and reuses it across items and executions', async () => {
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url));
		const parameters = { resource: 'paymentType', operation: 'getAll', limit: 1 };
		const first = await runNode({ parameters, credentials, items: [{}, {}, {}] });
		expect(first.error).toBeUndefined();
		expect(first.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		await runNode({ parameters, credentials });
		expect(tokenRequests(sb)).toHaveLength(1);
		expect(tokenRequests(sb)[0].headers.authorization).toBe('Basic');
		expect(sb.requests().filter((request) => request.path.endsWith('/paymenttypes'))).toHaveLength(4);
		expect(credentials.tokenUpdates).toHaveLength(1);
	});

	it('renews an expired token once and retries the request', async () => {
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url));
		const parameters = { resource: 'paymentType', operation: 'getAll', limit: 1 };
		await runNode({ parameters, credentials });
		sb.expireTokens();
		const afterExpiry = await runNode({ parameters, credentials });
		expect(afterExpiry.error).toBeUndefined();
		expect(afterExpiry.output).toHaveLength(1);
		const statuses = sb.requests().map((request) => `${request.method} ${request.status}`);
		expect(statuses).toEqual(['POST 200', 'GET 200', 'GET 401', 'POST 200', 'GET 200']);
		expect(credentials.tokenUpdates).toHaveLength(2);
	});

	it('says that the credentials are wrong when the token is refused', async () => {
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url, 'de', { clientSecret: 'wrong' }));
		const { error } = await runNode({ parameters: { resource: 'product', operation: 'getAll' }, credentials });
		expect(error?.message).toMatch(/ERP XT refused to issue an access token/);
		expect(error?.description).toMatch(/Client ID, Client Secret and Region/);
		expect(sb.requests().every((request) => request.path.endsWith('/token'))).toBe(true);
	});

	it('pages through several pages with Return All', async () => {
		sb.seed({ invoices: 1234 });
		const total = sb.state.docs.invoice.size;
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url));
		const { output, error } = await runNode({
			parameters: { resource: 'invoice', operation: 'getAll', returnAll: true },
			credentials,
		});
		expect(error).toBeUndefined();
		expect(output).toHaveLength(total);
		expect(new Set(output.map((item) => item.json.Id)).size).toBe(total);
		const pages = sb.requests().filter((request) => request.method === 'GET' && request.path.endsWith('/invoices'));
		// The short last page is confirmed by one more request (the server might cap pages at that size).
		expect(pages.map((request) => request.query.$skip)).toEqual([
			...Array.from({ length: Math.ceil(total / 500) }, (_, index) => String(index * 500)),
			String(total),
		]);
	});

	it('continues with the next item when one fails and Continue On Fail is on', async () => {
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url));
		const existing = [...sb.state.products.keys()][0];
		const { output, error } = await runNode({
			parameters: { resource: 'product', operation: 'get', productId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } },
			credentials,
			items: [{ id: 999999999 }, { id: existing }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(output[0]).toEqual({
			json: expect.objectContaining({ error: expect.stringMatching(/^Product 999999999 was not found in ERP XT/) }),
			pairedItem: { item: 0 },
		});
		expect(output[1]).toMatchObject({ json: { Id: existing }, pairedItem: { item: 1 } });
	});

	it('passes a server error on with the ERP message and the item named', async () => {
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url));
		sb.failNext({ method: 'GET', pathPattern: '*/paymenttypes', status: 503, times: 1 });
		const { error } = await runNode({ parameters: { resource: 'paymentType', operation: 'getAll' }, credentials });
		expect(error?.message).toMatch(/ERP XT could not process the list of payment types \(server error 503\)/);
		expect(error?.context?.itemIndex).toBe(0);
	});

	it('refuses bad input before sending anything', async () => {
		const credentials = new MemoryCredentialsHelper(credentialData(sb.url));
		const { error } = await runNode({
			parameters: { resource: 'paymentType', operation: 'create', name: 'Zu lang', deadline: 400, type: 1 },
			credentials,
		});
		expect(error?.message).toMatch(/0 to 366/);
		expect(sb.requests()).toHaveLength(0);
	});
});
