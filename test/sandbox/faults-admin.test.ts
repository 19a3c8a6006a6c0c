/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code, not n8n node code */
import * as http from 'http';
import { startSandbox } from '../../sandbox/index';
import { Api, raw, Sandbox, withSandbox } from './helpers';

/** Raw http GET that reports a destroyed connection instead of throwing. */
function rawRequest(sb: Sandbox, method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: string; error?: string; ms: number }> {
	const started = Date.now();
	return new Promise((resolve) => {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const req = http.request({
			host: '127.0.0.1', port: sb.port, method, path: `/api2/public/${path}`, agent: false,
			headers: { Authorization: `Bearer ${token}`, ...(payload ? { 'Content-Type': 'application/json' } : {}) },
		}, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), ms: Date.now() - started }));
			res.on('error', (e) => resolve({ status: 0, body: '', error: e.message, ms: Date.now() - started }));
		});
		req.on('error', (e: NodeJS.ErrnoException) => resolve({ status: 0, body: '', error: e.code ?? e.message, ms: Date.now() - started }));
		req.end(payload);
	});
}

describe('sandbox: fault injection', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'de', seed: 42 })));
	afterAll(() => sb.stop());
	beforeEach(() => {
		sb.reset();
		sb.setOptions({ faultRate: 0, rateLimitRate: 0, resetBeforeRate: 0, resetAfterRate: 0, latencyMs: 0, jitterMs: 0, slowBodyMs: 0, faultsOnTokenRoute: false });
	});

	const newProduct = { Name: 'Fault-Test', UnitOfMeasurement: 'Stk.', Rate: 9, SaleNetPrice: 1 };
	const productCount = () => sb.state.products.size;

	it('failNext forces N failures on a route, with Retry-After, then recovers', async () => {
		sb.failNext({ method: 'GET', pathPattern: '/api2/public/products', status: 429, times: 2, retryAfter: 3 });
		const a = await api.get('products');
		expect(a.status).toBe(429);
		expect(a.headers.get('retry-after')).toBe('3');
		expect(a.body).toEqual({ Code: 429, Message: expect.any(String) });
		expect((await api.get('paymenttypes')).status).toBe(200);
		expect((await api.get('PRODUCTS/')).status).toBe(429);
		expect((await api.get('products')).status).toBe(200);
		const recs = sb.requests().filter((r) => r.fault);
		expect(recs.map((r) => [r.status, r.fault])).toEqual([[429, 'forced-status'], [429, 'forced-status']]);
	});

	it('failNext patterns support * and {id} wildcards and custom bodies', async () => {
		sb.failNext({ pathPattern: '/api2/public/invoices/{id}', status: 500, body: { Message: 'boom' } });
		const id = (await api.get('invoices')).body[0].Id;
		const r = await api.get(`invoices/${id}`);
		expect(r.status).toBe(500);
		expect(r.body).toEqual({ Message: 'boom' });
		sb.failNext({ pathPattern: '*/customers*', status: 503, times: 1 });
		expect((await api.get('customers')).status).toBe(503);
		expect((await api.get('customers')).status).toBe(200);
	});

	it('faultRate 1.0 answers every API request with 500 or 503, never the token route by default', async () => {
		sb.setOptions({ faultRate: 1 });
		const statuses = new Set<number>();
		for (let i = 0; i < 12; i++) statuses.add((await api.get('products')).status);
		expect([...statuses].every((s) => s === 500 || s === 503)).toBe(true);
		expect(statuses.size).toBe(2);
		const tok = await raw(`${sb.url}/api2/public/token`, {
			method: 'POST', headers: { Authorization: `Basic ${Buffer.from('sandbox-client:sandbox-secret').toString('base64')}` }, body: 'grant_type=client_credentials',
		});
		expect(tok.status).toBe(200);
		sb.setOptions({ faultsOnTokenRoute: true });
		const tok2 = await raw(`${sb.url}/api2/public/token`, { method: 'POST', body: 'grant_type=client_credentials' });
		expect([500, 503]).toContain(tok2.status);
		// admin routes are never faulted
		expect((await raw(`${sb.url}/__sandbox/health`)).status).toBe(200);
	});

	it('rateLimitRate 1.0 answers 429 with Retry-After seconds', async () => {
		sb.setOptions({ rateLimitRate: 1, retryAfterSeconds: 2 });
		const r = await api.get('products');
		expect(r.status).toBe(429);
		expect(r.headers.get('retry-after')).toBe('2');
	});

	it('is deterministic for a given seed', async () => {
		const run = async () => {
			sb.reset();
			sb.setOptions({ faultRate: 0.5 });
			const out: number[] = [];
			for (let i = 0; i < 20; i++) out.push((await api.get('products')).status);
			return out;
		};
		const a = await run();
		const b = await run();
		expect(a).toEqual(b);
		expect(new Set(a).size).toBeGreaterThan(1);
	});

	it('resetBeforeRate 1.0 destroys the connection before a write is applied (reads unaffected)', async () => {
		sb.setOptions({ resetBeforeRate: 1 });
		const before = productCount();
		const r = await rawRequest(sb, 'POST', 'products', api.token, newProduct);
		expect(r.status).toBe(0);
		expect(r.error).toBeDefined();
		expect(productCount()).toBe(before);
		expect((await api.get('products')).status).toBe(200);
		const rec = sb.requests().find((x) => x.method === 'POST')!;
		expect(rec).toMatchObject({ status: 0, fault: 'reset-before' });
	});

	it('resetAfterRate 1.0 applies the write, then destroys the connection (duplicate-create trap)', async () => {
		sb.setOptions({ resetAfterRate: 1 });
		const before = productCount();
		const r = await rawRequest(sb, 'POST', 'products', api.token, newProduct);
		expect(r.status).toBe(0);
		expect(productCount()).toBe(before + 1);
		sb.setOptions({ resetAfterRate: 0 });
		const retry = await api.post('products', newProduct);
		expect(retry.status).toBe(200);
		const dupes = await api.query('products', { $filter: "Name eq 'Fault-Test'" });
		expect(dupes.body).toHaveLength(2);
	});

	it('failNext can force a reset after apply on one route', async () => {
		const inv = (await api.get('invoices?$filter=Status eq 0')).body[0];
		sb.failNext({ method: 'DELETE', pathPattern: '/api2/public/invoices/{id}', kind: 'reset-after' });
		const r = await rawRequest(sb, 'DELETE', `invoices/${inv.Id}`, api.token);
		expect(r.status).toBe(0);
		expect((await api.get(`invoices/${inv.Id}`)).status).toBe(404);
		sb.failNext({ method: 'PUT', pathPattern: '*/products', kind: 'reset-before' });
		const p = (await api.get('products')).body[0];
		expect((await rawRequest(sb, 'PUT', 'products', api.token, { Id: p.Id, Name: 'nope' })).status).toBe(0);
		expect((await api.get(`products/${p.Id}`)).body.Name).toBe(p.Name);
	});

	it('latency with jitter delays responses', async () => {
		sb.setOptions({ latencyMs: 60, jitterMs: 20 });
		const t = Date.now();
		expect((await api.get('products')).status).toBe(200);
		expect(Date.now() - t).toBeGreaterThanOrEqual(55);
	});

	it('slowBodyMs trickles the body but it arrives complete', async () => {
		sb.setOptions({ slowBodyMs: 150 });
		const r = await rawRequest(sb, 'GET', 'products', api.token);
		expect(r.status).toBe(200);
		expect(r.ms).toBeGreaterThanOrEqual(100);
		expect(JSON.parse(r.body).length).toBe(sb.state.products.size);
	});
});

describe('sandbox: legacy "$id" switch', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'pl', legacyIds: true })));
	afterAll(() => sb.stop());

	it('numbers objects depth-first across the whole v1.0/v1.1 response', async () => {
		const r = await api.get('v1.1/proformas?$top=2');
		const [a, b] = r.body;
		expect(Object.keys(a)[0]).toBe('$id');
		expect(a.$id).toBe('1');
		expect(a.Items[0].$id).toBe('2');
		expect(b.$id).toBe(String(2 + a.Items.length));
		const cust = (await api.get('customers?$top=1')).body[0];
		expect([cust.$id, cust.Address.$id]).toEqual(['1', '2']);
	});

	it('never on newer versions; off when switched off', async () => {
		expect((await api.get('v1.4/invoices?$top=1')).body[0].$id).toBeUndefined();
		expect((await api.get('v1.2/customers?$top=1')).body[0].$id).toBeUndefined();
		sb.setOptions({ legacyIds: false });
		expect((await api.get('products?$top=1')).body[0].$id).toBeUndefined();
		sb.setOptions({ legacyIds: true });
		expect((await api.get('products?$top=1')).body[0].$id).toBe('1');
	});
});

describe('sandbox: admin routes', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'de' })));
	afterAll(() => sb.stop());
	const admin = (method: string, path: string, body?: unknown) =>
		raw(`${sb.url}/__sandbox/${path}`, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });

	it('requests, counts, clear', async () => {
		await admin('DELETE', 'requests');
		const id = (await api.get('products')).body[0].Id;
		await api.get(`products/${id}`);
		await api.get(`products/${id}`);
		await api.post('products', { Name: 'X', UnitOfMeasurement: 'Stk.', Rate: 9 });
		const reqs = (await admin('GET', 'requests')).body;
		expect(reqs).toHaveLength(4);
		expect(reqs[3]).toMatchObject({ method: 'POST', path: '/api2/public/products', status: 200, body: { Name: 'X' }, headers: { authorization: 'Bearer', contentType: 'application/json' } });
		expect(reqs[3].timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const counts = (await admin('GET', 'counts')).body;
		expect(counts).toEqual({ 'GET /api2/public/products': 1, 'GET /api2/public/products/{id}': 2, 'POST /api2/public/products': 1 });
		expect((await admin('DELETE', 'requests')).status).toBe(204);
		expect((await admin('GET', 'requests')).body).toEqual([]);
	});

	it('state, seed, reset', async () => {
		const state = (await admin('GET', 'state')).body;
		expect(state.edition).toBe('de');
		expect(state.invoices.length).toBe(state.summary.invoices);
		const seeded = await admin('POST', 'seed', { invoices: 100, customers: 5, products: 3 });
		expect(seeded.status).toBe(200);
		expect(seeded.body.invoices).toBe(state.summary.invoices + 100);
		expect((await api.query('invoices', { $top: 1, $skip: seeded.body.invoices - 1 })).body).toHaveLength(1);
		expect((await admin('POST', 'seed', { invoices: -1 })).status).toBe(400);
		expect((await admin('POST', 'reset')).status).toBe(204);
		expect((await admin('GET', 'state?summary=1')).body.summary.invoices).toBe(state.summary.invoices);
	});

	it('PATCH options changes faults at runtime and validates input', async () => {
		const r = await admin('PATCH', 'options', { faultRate: 1 });
		expect(r.status).toBe(200);
		expect(r.body.faultRate).toBe(1);
		expect([500, 503]).toContain((await api.get('products')).status);
		await admin('PATCH', 'options', { faultRate: 0 });
		expect((await api.get('products')).status).toBe(200);
		expect((await admin('PATCH', 'options', { faultRate: 'lots' })).status).toBe(400);
		expect((await admin('PATCH', 'options', { clientSecret: 'x' })).status).toBe(400);
	});

	it('fail-next and expire-tokens over HTTP (for out-of-process clients)', async () => {
		expect((await admin('POST', 'fail-next', { method: 'GET', pathPattern: '/api2/public/customers', status: 503, retryAfter: 1 })).status).toBe(200);
		const r = await api.get('customers');
		expect(r.status).toBe(503);
		expect(r.headers.get('retry-after')).toBe('1');
		expect((await admin('POST', 'expire-tokens')).status).toBe(204);
		expect((await api.get('customers')).status).toBe(401);
	});
});

describe('sandbox: scale', () => {
	it('holds 50,000 invoices and still pages, filters and looks up by number', async () => {
		const sb = await startSandbox({ port: 0, edition: 'pl', seed: 7 });
		try {
			const api = await Api.connect(sb);
			const summary = sb.seed({ invoices: 50_000 });
			expect(summary.invoices).toBeGreaterThanOrEqual(50_000);
			const page = await api.query('v1.4/invoices', { $top: 100, $skip: 49_000 });
			expect(page.body).toHaveLength(100);
			const filtered = await api.query('v1.4/invoices', { $filter: 'Status eq 0 and IssueDate ge 2024-12-01', $orderby: 'IssueDate desc, Id desc', $top: 10 });
			expect(filtered.status).toBe(200);
			expect(filtered.body.length).toBeGreaterThan(0);
			for (const i of filtered.body) expect(i.Status).toBe(0);
			const last = page.body[99];
			expect((await api.get(`v1.4/invoices?number=${encodeURIComponent(last.Number)}`)).body.Id).toBe(last.Id);
		} finally {
			await sb.stop();
		}
	});
});

describe('sandbox: without seed data', () => {
	it('starts empty', async () => {
		const sb = await startSandbox({ port: 0, edition: 'pl', seedData: false });
		try {
			const api = await Api.connect(sb);
			expect((await api.get('v1.4/invoices')).body).toEqual([]);
			expect((await api.get('products')).body).toEqual([]);
		} finally {
			await sb.stop();
		}
	});
});
