/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- the sandbox is a Node.js server, not n8n node code */
/**
 * Throughput benchmark: keep-alive agent, ~16 concurrent workers, ~5 s of
 * `GET /api2/public/products/{id}` against an in-process sandbox holding 50,000 invoices.
 *
 *   npm run build:sandbox && node sandbox/dist/bench.js [--seconds 5] [--concurrency 16]
 */
import * as http from 'http';
import { startSandbox } from './index';

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function request(agent: http.Agent, port: number, method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, method, path, agent, headers }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

async function main(): Promise<void> {
	const seconds = arg('seconds', 5);
	const concurrency = arg('concurrency', 16);
	const sb = await startSandbox({ port: 0, edition: 'pl', maxRecordedRequests: 1000 });
	const t0 = Date.now();
	const summary = sb.seed({ invoices: 50_000 });
	console.log(`seeded ${summary.invoices} invoices in ${Date.now() - t0} ms; heap ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);

	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const basic = Buffer.from(`${sb.options.clientId}:${sb.options.clientSecret}`).toString('base64');
	const tok = await request(agent, sb.port, 'POST', '/api2/public/token', {
		Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded',
	}, 'grant_type=client_credentials');
	const token = (JSON.parse(tok.body) as { access_token: string }).access_token;
	const ids = [...sb.state.products.keys()];
	const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };

	let done = 0;
	let errors = 0;
	const deadline = Date.now() + seconds * 1000;
	const started = Date.now();
	const worker = async (w: number): Promise<void> => {
		let i = w;
		while (Date.now() < deadline) {
			const id = ids[i++ % ids.length];
			const r = await request(agent, sb.port, 'GET', `/api2/public/products/${id}`, headers);
			if (r.status === 200) done++;
			else errors++;
		}
	};
	await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
	const elapsed = (Date.now() - started) / 1000;
	console.log(`GET /api2/public/products/{id}: ${done} ok, ${errors} errors in ${elapsed.toFixed(2)} s, concurrency ${concurrency}`);
	console.log(`=> ${(done / elapsed).toFixed(0)} requests/second`);

	// A heavier request for reference: a filtered, ordered page over all 50,000 invoices.
	const q = `/api2/public/v1.4/invoices?$filter=${encodeURIComponent("Status eq 1 and GrossTotal gt 1000")}&$orderby=${encodeURIComponent('IssueDate desc, Id desc')}&$top=50`;
	const t1 = Date.now();
	const r = await request(agent, sb.port, 'GET', q, headers);
	console.log(`filtered+ordered page over 50k invoices: HTTP ${r.status}, ${Date.now() - t1} ms`);

	agent.destroy();
	await sb.stop();
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
