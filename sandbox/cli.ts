#!/usr/bin/env node
/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the sandbox is a Node.js server, not n8n node code */
/** Command line: `node sandbox/dist/cli.js --port 8787 --edition de` (see README for all flags). */
import { startSandbox } from './index';
import type { SandboxOptions } from './types';

const USAGE = `Usage: sandbox [--port 8787] [--host 127.0.0.1] [--edition de|pl|betterfly]
  [--client-id ID] [--client-secret SECRET] [--token-ttl SECONDS]
  [--put-semantics merge|replace] [--legacy-ids on|off] [--seed N] [--no-seed-data]
  [--latency MS] [--jitter MS] [--fault-rate R] [--rate-limit-rate R] [--retry-after S]
  [--reset-before-rate R] [--reset-after-rate R] [--slow-body MS] [--faults-on-token]`;

function fail(message: string): never {
	process.stderr.write(`${message}\n${USAGE}\n`);
	process.exit(2);
}

export function parseArgs(argv: string[]): SandboxOptions {
	const o: SandboxOptions = { port: 8787 };
	const num = (flag: string, v: string | undefined, max = Infinity): number => {
		const n = Number(v);
		if (v === undefined || v.trim() === '' || !Number.isFinite(n) || n < 0 || n > max) fail(`Invalid value for ${flag}: ${v}`);
		return n;
	};
	for (let i = 0; i < argv.length; i++) {
		const raw = argv[i];
		const [flag, inline] = raw.includes('=') ? [raw.slice(0, raw.indexOf('=')), raw.slice(raw.indexOf('=') + 1)] : [raw, undefined];
		const value = (): string => inline ?? argv[++i] ?? fail(`Missing value for ${flag}`);
		switch (flag) {
			case '--port': o.port = num(flag, value(), 65535); break;
			case '--host': o.host = value(); break;
			case '--edition': {
				const e = value();
				if (e !== 'de' && e !== 'pl' && e !== 'betterfly') fail(`Unknown edition: ${e}`);
				o.edition = e;
				break;
			}
			case '--client-id': o.clientId = value(); break;
			case '--client-secret': o.clientSecret = value(); break;
			case '--token-ttl': o.tokenTtlSeconds = num(flag, value()); break;
			case '--put-semantics': {
				const s = value();
				if (s !== 'merge' && s !== 'replace') fail(`Unknown PUT semantics: ${s}`);
				o.putSemantics = s;
				break;
			}
			case '--legacy-ids': {
				const s = value();
				if (!['on', 'off', 'true', 'false'].includes(s)) fail(`--legacy-ids expects on|off`);
				o.legacyIds = s === 'on' || s === 'true';
				break;
			}
			case '--seed': o.seed = num(flag, value()); break;
			case '--no-seed-data': o.seedData = false; break;
			case '--latency': o.latencyMs = num(flag, value()); break;
			case '--jitter': o.jitterMs = num(flag, value()); break;
			case '--fault-rate': o.faultRate = num(flag, value(), 1); break;
			case '--rate-limit-rate': o.rateLimitRate = num(flag, value(), 1); break;
			case '--retry-after': o.retryAfterSeconds = num(flag, value()); break;
			case '--reset-before-rate': o.resetBeforeRate = num(flag, value(), 1); break;
			case '--reset-after-rate': o.resetAfterRate = num(flag, value(), 1); break;
			case '--slow-body': o.slowBodyMs = num(flag, value()); break;
			case '--faults-on-token': o.faultsOnTokenRoute = true; break;
			case '--help':
			case '-h':
				process.stdout.write(`${USAGE}\n`);
				process.exit(0);
			// eslint-disable-next-line no-fallthrough
			default:
				fail(`Unknown argument: ${raw}`);
		}
	}
	return o;
}

async function main(): Promise<void> {
	const sb = await startSandbox(parseArgs(process.argv.slice(2)));
	process.stdout.write(`ERP XT sandbox listening on ${sb.url} (edition ${sb.edition})\n`);
	process.stdout.write(`client id: ${sb.options.clientId}\nclient secret: ${sb.options.clientSecret}\n`);
	let stopping = false;
	const stop = (signal: string): void => {
		if (stopping) return;
		stopping = true;
		process.stdout.write(`${signal} received, stopping\n`);
		sb.stop().then(() => process.exit(0), () => process.exit(1));
	};
	process.on('SIGINT', () => stop('SIGINT'));
	process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
	main().catch((err) => {
		process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
		process.exit(1);
	});
}
