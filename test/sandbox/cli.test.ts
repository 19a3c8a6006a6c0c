/* eslint-disable @n8n/community-nodes/no-dangerous-functions, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code, not n8n node code */
import { execFileSync, spawn } from 'child_process';
import * as path from 'path';
import { parseArgs } from '../../sandbox/cli';
import { basic, raw } from './helpers';

const root = path.resolve(__dirname, '../..');

describe('sandbox: command line', () => {
	it('parses every flag', () => {
		expect(parseArgs(['--port', '9000', '--edition', 'betterfly', '--client-id', 'a', '--client-secret=b', '--token-ttl', '60',
			'--put-semantics', 'replace', '--legacy-ids', 'on', '--seed', '9', '--latency', '20', '--jitter', '5', '--fault-rate', '0.05',
			'--rate-limit-rate', '0.1', '--reset-before-rate', '0.2', '--reset-after-rate', '0.3', '--slow-body', '100', '--no-seed-data', '--faults-on-token'])).toEqual({
			port: 9000, edition: 'betterfly', clientId: 'a', clientSecret: 'b', tokenTtlSeconds: 60, putSemantics: 'replace', legacyIds: true,
			seed: 9, latencyMs: 20, jitterMs: 5, faultRate: 0.05, rateLimitRate: 0.1, resetBeforeRate: 0.2, resetAfterRate: 0.3,
			slowBodyMs: 100, seedData: false, faultsOnTokenRoute: true,
		});
		expect(parseArgs([])).toEqual({ port: 8787 });
	});

	it('compiled CLI prints the listening line, serves the API and stops on SIGTERM', async () => {
		execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'sandbox/tsconfig.json'], { cwd: root });
		const child = spawn(process.execPath, ['sandbox/dist/cli.js', '--port', '0', '--edition', 'pl', '--client-id', 'cli-id'], { cwd: root });
		let out = '';
		const url = await new Promise<string>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 10_000);
			child.stdout.on('data', (d: Buffer) => {
				out += d.toString();
				const m = /^ERP XT sandbox listening on (http:\/\/127\.0\.0\.1:\d+) \(edition pl\)$/m.exec(out);
				if (m && out.includes('client secret')) {
					clearTimeout(timer);
					resolve(m[1]);
				}
			});
		});
		expect(out).toContain('client id: cli-id');
		expect(out).toContain('client secret: sandbox-secret');
		const tok = await raw(`${url}/api2/public/token`, { method: 'POST', headers: { Authorization: basic('cli-id', 'sandbox-secret') }, body: 'grant_type=client_credentials' });
		expect(tok.status).toBe(200);
		const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
		child.kill('SIGTERM');
		expect(await exit).toBe(0);
	});
});
