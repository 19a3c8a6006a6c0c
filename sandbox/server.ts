/* eslint-disable @n8n/community-nodes/no-hardcoded-secrets, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/require-node-api-error -- the sandbox is a Node.js server, not n8n node code */
/**
 * The HTTP server: request recording, fault injection, token issuing / checking, routing, the
 * legacy "$id" decoration, and the /__sandbox admin routes.
 */
import { randomBytes } from 'crypto';
import * as http from 'http';
import type { AddressInfo } from 'net';
import { FailNextRule, FaultDecision, FaultInjector } from './faults';
import { HttpError, parseBody, readBody } from './http';
import { Router, buildRoutes } from './routes';
import { bulkSeed, BulkSpec, seedTenant } from './seed';
import { Ctx, Store } from './store';
import type { FaultOptions, RecordedRequest, RuntimeOptions } from './types';

interface Reply {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
}

const OAUTH_ROUTE = '/api2/public/token';
const DENIED = { Message: 'Authorization has been denied for this request.' };

/** Json.NET PreserveReferencesHandling.Objects: every object gets "$id" first, numbered depth-first. */
export function addLegacyIds(value: unknown): unknown {
	let n = 0;
	const walk = (v: unknown): unknown => {
		if (Array.isArray(v)) return v.map(walk);
		if (v === null || typeof v !== 'object') return v;
		const out: Record<string, unknown> = { $id: String(++n) };
		for (const [k, x] of Object.entries(v)) out[k] = walk(x);
		return out;
	};
	return walk(value);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Option keys PATCH /__sandbox/options may change, with their expected type. */
const MUTABLE: Record<string, 'number' | 'boolean' | 'semantics'> = {
	latencyMs: 'number', jitterMs: 'number', faultRate: 'number', rateLimitRate: 'number', retryAfterSeconds: 'number',
	resetBeforeRate: 'number', resetAfterRate: 'number', slowBodyMs: 'number', faultsOnTokenRoute: 'boolean',
	tokenTtlSeconds: 'number', legacyIds: 'boolean', putSemantics: 'semantics', seed: 'number',
};

export class SandboxServer {
	readonly http: http.Server;
	ctx: Ctx;
	readonly faults: FaultInjector;
	private readonly router: Router;
	private readonly tokens = new Map<string, number>();
	private recorded: RecordedRequest[] = [];
	private readonly counts = new Map<string, number>();
	private seq = 0;

	constructor(readonly opts: RuntimeOptions) {
		this.router = new Router(buildRoutes(opts.edition));
		this.faults = new FaultInjector(opts, opts.seed);
		this.ctx = this.freshState();
		this.http = http.createServer((req, res) => {
			this.onRequest(req, res).catch((err) => {
				// Last resort: never leave a request hanging.
				if (!res.headersSent) this.write(res, { status: 500, body: { Message: 'An error has occurred.', ExceptionMessage: String(err) } }, 0);
			});
		});
		this.http.keepAliveTimeout = 10_000;
	}

	listen(port: number, host: string): Promise<number> {
		return new Promise((resolve, reject) => {
			this.http.once('error', reject);
			this.http.listen(port, host, () => resolve((this.http.address() as AddressInfo).port));
		});
	}

	close(): Promise<void> {
		return new Promise((resolve) => {
			this.http.close(() => resolve());
			this.http.closeAllConnections();
		});
	}

	private freshState(): Ctx {
		const ctx: Ctx = { store: new Store(this.opts.edition), opts: this.opts };
		if (this.opts.seedData) seedTenant(ctx);
		return ctx;
	}

	// ------------------------------------------------------------ public helpers (programmatic API)

	reset(): void {
		this.ctx = this.freshState();
		this.faults.clearRules();
		this.faults.reseed(this.opts.seed);
		this.clearRequests();
	}

	requests(): RecordedRequest[] {
		return this.recorded.slice();
	}

	clearRequests(): void {
		this.recorded = [];
		this.counts.clear();
	}

	countsByRoute(): Record<string, number> {
		return Object.fromEntries(this.counts);
	}

	expireTokens(): void {
		this.tokens.clear();
	}

	issueToken(): string {
		const token = randomBytes(32).toString('base64url');
		this.tokens.set(token, Date.now() + this.opts.tokenTtlSeconds * 1000);
		if (this.tokens.size > 5000) {
			const now = Date.now();
			for (const [t, exp] of this.tokens) if (exp <= now) this.tokens.delete(t);
		}
		return token;
	}

	failNext(rule: FailNextRule): void {
		this.faults.failNext(rule);
	}

	seed(spec: BulkSpec): Record<string, number> {
		return bulkSeed(this.ctx, spec, this.opts.seed + this.ctx.store.docs.invoice.size);
	}

	updateOptions(patch: Record<string, unknown>): RuntimeOptions {
		for (const [k, v] of Object.entries(patch)) {
			const type = MUTABLE[k];
			if (!type) throw new HttpError(400, { Code: 1, Message: `Unknown or read-only option '${k}'.` });
			const valid = type === 'number' ? typeof v === 'number' && Number.isFinite(v) && v >= 0
				: type === 'boolean' ? typeof v === 'boolean' : v === 'merge' || v === 'replace';
			if (!valid) throw new HttpError(400, { Code: 1, Message: `Invalid value for option '${k}'.` });
		}
		Object.assign(this.opts, patch);
		if ('seed' in patch) this.faults.reseed(this.opts.seed);
		return this.opts;
	}

	routeList(): string[] {
		return this.router.describe();
	}

	// ------------------------------------------------------------ request pipeline

	private async onRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
		const started = Date.now();
		const method = (req.method ?? 'GET').toUpperCase();
		const url = new URL(req.url ?? '/', 'http://sandbox.local');
		const path = url.pathname;
		let raw: string;
		try {
			raw = await readBody(req);
		} catch (e) {
			if (e instanceof HttpError) this.write(res, { status: e.status, body: e.body }, 0);
			return;
		}
		if (path.toLowerCase().startsWith('/__sandbox')) {
			this.write(res, this.admin(method, path.toLowerCase().replace(/\/+$/, ''), url.searchParams, raw), 0);
			return;
		}

		const contentType = req.headers['content-type'];
		const parsed = parseBody(raw, contentType);
		const auth = req.headers.authorization;
		const isToken = path.toLowerCase().replace(/\/+$/, '') === OAUTH_ROUTE;
		const rec: RecordedRequest = {
			seq: ++this.seq, method, path, route: null, query: Object.fromEntries(url.searchParams),
			headers: {
				contentType, accept: req.headers.accept, userAgent: req.headers['user-agent'],
				authorization: auth ? auth.trim().split(/\s+/)[0] : undefined,
			},
			body: parsed.ok ? redact(parsed.value) : raw, status: 0, timestamp: new Date(started).toISOString(), durationMs: 0,
		};
		this.recorded.push(rec);
		if (this.recorded.length > this.opts.maxRecordedRequests) this.recorded.splice(0, this.recorded.length - this.opts.maxRecordedRequests);

		const match = isToken ? null : this.router.match(method, path);
		rec.route = isToken ? `${method} ${OAUTH_ROUTE}` : match?.kind === 'route' ? `${method} ${match.route.pattern}` : match?.kind === 'method' ? `${method} ${match.pattern}` : null;
		const countKey = rec.route ?? `${method} (unmatched)`;
		this.counts.set(countKey, (this.counts.get(countKey) ?? 0) + 1);

		const finish = (status: number, fault?: string): void => {
			rec.status = status;
			if (fault) rec.fault = fault;
			rec.durationMs = Date.now() - started;
		};

		let decision: FaultDecision = { kind: 'none' };
		if (!isToken || this.opts.faultsOnTokenRoute) {
			const delay = this.faults.delayMs();
			if (delay > 0) await sleep(delay);
			decision = this.faults.decide(method, path);
		}
		if (decision.kind === 'status') {
			const headers: Record<string, string> = {};
			if (decision.retryAfter !== undefined) headers['Retry-After'] = String(decision.retryAfter);
			const body = decision.body ?? { Code: decision.status, Message: decision.status === 429 ? 'Too many requests.' : 'An error has occurred.' };
			finish(decision.status, decision.name);
			await this.writeMaybeSlow(res, { status: decision.status, body, headers });
			return;
		}
		if (decision.kind === 'reset-before') {
			finish(0, decision.name);
			req.socket.destroy();
			return;
		}

		const reply = isToken ? this.token(method, raw, contentType, auth) : this.dispatch(method, path, url.searchParams, parsed, raw, auth, match!);
		if (decision.kind === 'reset-after') {
			// The write has been applied; the client never learns about it.
			finish(0, decision.name);
			req.socket.destroy();
			return;
		}
		finish(reply.status);
		await this.writeMaybeSlow(res, reply);
	}

	private dispatch(
		method: string, path: string, query: URLSearchParams, parsed: ReturnType<typeof parseBody>, raw: string,
		auth: string | undefined, match: ReturnType<Router['match']>,
	): Reply {
		try {
			if (match.kind === 'none') {
				return { status: 404, body: { Message: `No HTTP resource was found that matches the request URI '${path}'.` } };
			}
			if (match.kind === 'method') {
				return {
					status: 405, headers: { Allow: match.allowed.join(', ') },
					body: { Message: `The requested resource does not support http method '${method}'.` },
				};
			}
			if (!this.bearerValid(auth)) return { status: 401, body: DENIED, headers: { 'WWW-Authenticate': 'Bearer' } };
			if (!parsed.ok) throw new HttpError(400, { Code: 1, Message: `The request body is not valid JSON: ${raw.slice(0, 80)}` });
			const result = match.route.handle(this.ctx, { params: match.params, query, body: parsed.value });
			let body = result.body;
			if (body !== undefined && match.route.legacy && this.opts.legacyIds) body = addLegacyIds(body);
			return { status: result.status, body };
		} catch (e) {
			if (e instanceof HttpError) return { status: e.status, body: e.body, headers: e.headers };
			return { status: 500, body: { Message: 'An error has occurred.', ExceptionMessage: e instanceof Error ? e.message : String(e) } };
		}
	}

	private bearerValid(auth: string | undefined): boolean {
		const m = auth ? /^Bearer\s+(\S+)\s*$/i.exec(auth) : null;
		if (!m) return false;
		const exp = this.tokens.get(m[1]);
		if (exp === undefined) return false;
		if (exp <= Date.now()) {
			this.tokens.delete(m[1]);
			return false;
		}
		return true;
	}

	/** OAuth2 client-credentials: Basic header (documented) or client_id/client_secret in the form body. */
	private token(method: string, raw: string, contentType: string | undefined, auth: string | undefined): Reply {
		if (method !== 'POST') return { status: 405, headers: { Allow: 'POST' }, body: { Message: `The requested resource does not support http method '${method}'.` } };
		let form: Record<string, string> = {};
		if (contentType?.toLowerCase().includes('application/json')) {
			try {
				const j = JSON.parse(raw) as Record<string, unknown>;
				for (const [k, v] of Object.entries(j ?? {})) form[k] = String(v);
			} catch {
				form = {};
			}
		} else form = Object.fromEntries(new URLSearchParams(raw));
		let id: string | undefined;
		let secret: string | undefined;
		let viaHeader = false;
		const basic = auth ? /^Basic\s+(\S+)\s*$/i.exec(auth) : null;
		if (basic) {
			const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
			const i = decoded.indexOf(':');
			if (i >= 0) {
				id = decodeURIComponent(decoded.slice(0, i));
				secret = decodeURIComponent(decoded.slice(i + 1));
			}
			viaHeader = true;
		} else if (form.client_id !== undefined) {
			id = form.client_id;
			secret = form.client_secret;
		}
		const noStore = { 'Cache-Control': 'no-store', Pragma: 'no-cache' };
		if (id !== this.opts.clientId || secret !== this.opts.clientSecret) {
			return {
				status: viaHeader || id === undefined ? 401 : 400, body: { error: 'invalid_client' },
				headers: { ...noStore, ...(viaHeader || id === undefined ? { 'WWW-Authenticate': 'Basic realm="api"' } : {}) },
			};
		}
		if (!form.grant_type) return { status: 400, body: { error: 'invalid_request', error_description: 'grant_type is required' }, headers: noStore };
		if (form.grant_type !== 'client_credentials') return { status: 400, body: { error: 'unsupported_grant_type' }, headers: noStore };
		return { status: 200, body: { access_token: this.issueToken(), token_type: 'bearer', expires: this.opts.tokenTtlSeconds }, headers: noStore };
	}

	// ------------------------------------------------------------ admin

	private admin(method: string, path: string, query: URLSearchParams, raw: string): Reply {
		const body = (): Record<string, unknown> => {
			if (!raw) return {};
			try {
				const v = JSON.parse(raw);
				return v && typeof v === 'object' ? v : {};
			} catch {
				throw new HttpError(400, { Message: 'Body must be JSON.' });
			}
		};
		try {
			const key = `${method} ${path}`;
			switch (key) {
				case 'GET /__sandbox/requests': {
					const since = Number(query.get('since') ?? 0);
					return { status: 200, body: this.recorded.filter((r) => r.seq > since) };
				}
				case 'DELETE /__sandbox/requests':
					this.clearRequests();
					return { status: 204 };
				case 'GET /__sandbox/counts':
					return { status: 200, body: this.countsByRoute() };
				case 'GET /__sandbox/state':
					return {
						status: 200,
						body: query.get('summary') ? { edition: this.opts.edition, summary: this.ctx.store.summary() } : this.ctx.store.dump(),
					};
				case 'POST /__sandbox/reset':
					this.reset();
					return { status: 204 };
				case 'POST /__sandbox/seed': {
					const b = body();
					const spec: BulkSpec = {};
					for (const k of ['invoices', 'proformas', 'products', 'customers'] as const) {
						if (b[k] === undefined) continue;
						if (typeof b[k] !== 'number' || !Number.isInteger(b[k]) || (b[k] as number) < 0 || (b[k] as number) > 500_000) {
							throw new HttpError(400, { Message: `${k} must be an integer 0..500000.` });
						}
						spec[k] = b[k] as number;
					}
					return { status: 200, body: this.seed(spec) };
				}
				case 'GET /__sandbox/options':
					return { status: 200, body: this.opts };
				case 'PATCH /__sandbox/options':
					return { status: 200, body: this.updateOptions(body()) };
				case 'POST /__sandbox/fail-next': {
					const b = body();
					if (typeof b.pathPattern !== 'string') throw new HttpError(400, { Message: 'pathPattern (string) is required.' });
					this.failNext(b as unknown as FailNextRule);
					return { status: 200, body: this.faults.pendingRules() };
				}
				case 'GET /__sandbox/fail-next':
					return { status: 200, body: this.faults.pendingRules() };
				case 'DELETE /__sandbox/fail-next':
					this.faults.clearRules();
					return { status: 204 };
				case 'POST /__sandbox/expire-tokens':
					this.expireTokens();
					return { status: 204 };
				case 'GET /__sandbox/routes':
					return { status: 200, body: this.routeList() };
				case 'GET /__sandbox/health':
					return { status: 200, body: { ok: true, edition: this.opts.edition } };
				default:
					return { status: 404, body: { Message: `Unknown admin route ${key}.` } };
			}
		} catch (e) {
			if (e instanceof HttpError) return { status: e.status, body: e.body };
			throw e;
		}
	}

	// ------------------------------------------------------------ writing

	private async writeMaybeSlow(res: http.ServerResponse, reply: Reply): Promise<void> {
		this.write(res, reply, this.opts.slowBodyMs);
	}

	private write(res: http.ServerResponse, reply: Reply, slowMs: number): void {
		const payload = reply.body === undefined || reply.status === 204 ? null : Buffer.from(JSON.stringify(reply.body), 'utf8');
		const headers: Record<string, string | number> = { ...reply.headers };
		if (payload) {
			headers['Content-Type'] = 'application/json; charset=utf-8';
			headers['Content-Length'] = payload.length;
		}
		res.writeHead(reply.status, headers);
		if (!payload || slowMs <= 0) {
			res.end(payload ?? undefined);
			return;
		}
		// Trickle the body in up to 10 pieces spread over slowMs.
		const pieces = Math.min(10, payload.length);
		const size = Math.ceil(payload.length / pieces);
		let i = 0;
		const step = (): void => {
			if (res.destroyed) return;
			const chunk = payload.subarray(i * size, (i + 1) * size);
			i++;
			if (i >= pieces || (i * size) >= payload.length) res.end(chunk);
			else {
				res.write(chunk);
				setTimeout(step, slowMs / pieces);
			}
		};
		step();
	}
}

function redact(body: unknown): unknown {
	if (body && typeof body === 'object' && !Array.isArray(body) && 'client_secret' in body) return { ...body, client_secret: '***' };
	return body;
}

export type { FaultOptions };
