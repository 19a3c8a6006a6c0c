/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, no-console -- benchmark script, not n8n node code */
/**
 * How the node behaves at volume, run through n8n-core's real engine against the sandbox in its
 * own process (so client and server do not share one event loop):
 *   - Get Many, Return All over 50,000 invoices (simplified and raw): time, requests, heap growth;
 *   - Create for 200 input items (invoices with two lines): time and requests per item.
 * Figures vary with the machine; they are printed, never asserted.
 *
 *   npm run bench
 */
import { spawn } from 'child_process';
import * as path from 'path';

import { credentialData, MemoryCredentialsHelper, runNode } from '../helpers/n8nHarness';

const ROOT = path.resolve(__dirname, '../../../../..');

async function startSandboxProcess(): Promise<{ url: string; stop: () => void }> {
	const child = spawn(process.execPath, [path.join(ROOT, 'sandbox/dist/cli.js'), '--port', '0', '--edition', 'de'], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise<string>((resolve, reject) => {
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
			if (match) resolve(match[1]);
		});
		child.on('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
	});
	return { url, stop: () => child.kill('SIGTERM') };
}

async function admin(url: string, method: string, route: string, body?: unknown): Promise<Record<string, number>> {
	const response = await fetch(`${url}/__sandbox/${route}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await response.json()) as Record<string, number>;
}

async function apiRequests(url: string): Promise<number> {
	const counts = await admin(url, 'GET', 'counts');
	return Object.entries(counts)
		.filter(([route]) => !route.includes('/token'))
		.reduce((sum, [, count]) => sum + count, 0);
}

async function measure(label: string, url: string, run: () => Promise<number>): Promise<void> {
	await fetch(`${url}/__sandbox/requests`, { method: 'DELETE' });
	global.gc?.();
	const heapBefore = process.memoryUsage().heapUsed;
	const started = process.hrtime.bigint();
	const items = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
	const requests = await apiRequests(url);
	console.log(
		`${label.padEnd(44)} ${String(items).padStart(6)} items  ${ms.toFixed(0).padStart(6)} ms  ${String(requests).padStart(5)} API requests  heap +${heapMb.toFixed(0)} MB`,
	);
}

async function main() {
	const sandbox = await startSandboxProcess();
	try {
		const seeded = await admin(sandbox.url, 'POST', 'seed', { invoices: 50_000 });
		console.log(`sandbox: ${sandbox.url}, seeded ${JSON.stringify(seeded)}`);
		const credentials = new MemoryCredentialsHelper(credentialData(sandbox.url));

		for (const simplify of [true, false]) {
			await measure(`Invoice → Get Many, Return All, simplify ${simplify ? 'on' : 'off'}`, sandbox.url, async () => {
				const { output, error } = await runNode({
					parameters: { resource: 'invoice', operation: 'getAll', returnAll: true, simplify },
					credentials,
				});
				if (error) throw error;
				return output.length;
			});
		}

		const [customer] = (await runNode({ parameters: { resource: 'customer', operation: 'getAll', limit: 1 }, credentials })).output;
		const [paymentType] = (await runNode({ parameters: { resource: 'paymentType', operation: 'getAll', limit: 1 }, credentials })).output;
		const [product] = (await runNode({ parameters: { resource: 'product', operation: 'getAll', limit: 1 }, credentials })).output;
		const items = Array.from({ length: 200 }, (_, index) => ({ quantity: (index % 5) + 1 }));
		for (const returnFullRecord of [true, false]) {
			await measure(`Invoice → Create × 200, read back ${returnFullRecord ? 'on' : 'off'}`, sandbox.url, async () => {
				const { output, error } = await runNode({
					parameters: {
						resource: 'invoice',
						operation: 'create',
						customerId: customer.json.Id,
						paymentTypeId: paymentType.json.Id,
						items: {
							item: [
								{ productId: product.json.Id, quantity: '={{ $json.quantity }}', unitPrice: '' },
								{ productId: product.json.Id, quantity: 1, unitPrice: 9.99 },
							],
						},
						createOptions: { returnFullRecord },
					},
					credentials,
					items,
				});
				if (error) throw error;
				return output.length;
			});
		}
	} finally {
		sandbox.stop();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
