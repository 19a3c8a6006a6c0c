/**
 * Programmatic entry point:
 *
 *   const sb = await startSandbox({ port: 0, edition: 'pl' });
 *   // … talk to sb.url …
 *   await sb.stop();
 */
import type { FailNextRule } from './faults';
import type { BulkSpec } from './seed';
import { SandboxServer } from './server';
import type { Store } from './store';
import type { Edition, RecordedRequest, RuntimeOptions, SandboxOptions } from './types';

export type { Edition, FaultOptions, PutSemantics, RecordedRequest, RuntimeOptions, SandboxOptions } from './types';
export type { FailNextRule } from './faults';
export type { BulkSpec } from './seed';

export interface Sandbox {
	/** Base URL without trailing slash, e.g. http://127.0.0.1:8787 */
	readonly url: string;
	readonly port: number;
	readonly edition: Edition;
	/** Live settings; fault fields, putSemantics, legacyIds and tokenTtlSeconds may be changed at any time. */
	readonly options: RuntimeOptions;
	/** The current data store (replaced by reset()). */
	readonly state: Store;
	stop(): Promise<void>;
	requests(): RecordedRequest[];
	clearRequests(): void;
	/** Requests per "METHOD /normalised/route". */
	counts(): Record<string, number>;
	/** Back to the seed data; also clears recorded requests and pending failNext rules (tokens stay valid). */
	reset(): void;
	/** Force the next `times` requests matching method/path to fail (status, or a connection reset). */
	failNext(rule: FailNextRule): void;
	clearFailNext(): void;
	/** Invalidate every issued token (clients must fetch a new one). */
	expireTokens(): void;
	/** Issue a valid token without an HTTP round-trip (handy in tests). */
	issueToken(): string;
	/** Bulk-generate records (benchmarks, paging). */
	seed(spec: BulkSpec): Record<string, number>;
	/** Merge fault / behaviour options, validated like PATCH /__sandbox/options. */
	setOptions(patch: Partial<RuntimeOptions>): RuntimeOptions;
}

export function resolveOptions(o: SandboxOptions = {}): RuntimeOptions {
	const edition = o.edition ?? 'de';
	if (!['de', 'pl', 'betterfly'].includes(edition)) throw new Error(`Unknown edition '${edition}' (de, pl, betterfly)`);
	return {
		edition,
		clientId: o.clientId ?? 'sandbox-client',
		clientSecret: o.clientSecret ?? 'sandbox-secret',
		tokenTtlSeconds: o.tokenTtlSeconds ?? 600,
		putSemantics: o.putSemantics ?? 'merge',
		legacyIds: o.legacyIds ?? false,
		seed: o.seed ?? 1,
		seedData: o.seedData ?? true,
		maxRecordedRequests: o.maxRecordedRequests ?? 10_000,
		latencyMs: o.latencyMs ?? 0,
		jitterMs: o.jitterMs ?? 0,
		faultRate: o.faultRate ?? 0,
		rateLimitRate: o.rateLimitRate ?? 0,
		retryAfterSeconds: o.retryAfterSeconds ?? 1,
		resetBeforeRate: o.resetBeforeRate ?? 0,
		resetAfterRate: o.resetAfterRate ?? 0,
		slowBodyMs: o.slowBodyMs ?? 0,
		faultsOnTokenRoute: o.faultsOnTokenRoute ?? false,
	};
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
	const opts = resolveOptions(options);
	const server = new SandboxServer(opts);
	const host = options.host ?? '127.0.0.1';
	const port = await server.listen(options.port ?? 0, host);
	return {
		url: `http://${host}:${port}`,
		port,
		edition: opts.edition,
		options: opts,
		get state() {
			return server.ctx.store;
		},
		stop: () => server.close(),
		requests: () => server.requests(),
		clearRequests: () => server.clearRequests(),
		counts: () => server.countsByRoute(),
		reset: () => server.reset(),
		failNext: (rule) => server.failNext(rule),
		clearFailNext: () => server.faults.clearRules(),
		expireTokens: () => server.expireTokens(),
		issueToken: () => server.issueToken(),
		seed: (spec) => server.seed(spec),
		setOptions: (patch) => server.updateOptions(patch as Record<string, unknown>),
	};
}
