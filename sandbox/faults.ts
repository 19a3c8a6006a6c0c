/**
 * Fault injection: a seeded PRNG drives every random decision so a run with the same seed and the
 * same request sequence injects the same faults; `failNext` rules give fully deterministic faults.
 */
import type { FaultOptions } from './types';

/** mulberry32: tiny, fast, good enough for test randomness. */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export type ForcedFaultKind = 'status' | 'reset-before' | 'reset-after';

export interface FailNextRule {
	/** HTTP method to match; any when omitted. */
	method?: string;
	/**
	 * Path to match, case-insensitive, trailing slash optional. A string may use `*` (any characters)
	 * and `{name}` (one path segment) wildcards; a RegExp is tested against the path as sent.
	 */
	pathPattern: string | RegExp;
	/** Status to answer (default 503). Ignored for the reset kinds. */
	status?: number;
	/** How many matching requests fail (default 1). */
	times?: number;
	/** Retry-After header value in seconds (sent with 429/503 when given). */
	retryAfter?: number;
	/** Response body (default `{Code, Message}`). */
	body?: unknown;
	/** 'status' (default) answers `status`; the reset kinds destroy the connection instead. */
	kind?: ForcedFaultKind;
}

interface ActiveRule extends FailNextRule {
	remaining: number;
	matcher: RegExp;
}

export type FaultDecision =
	| { kind: 'none' }
	| { kind: 'status'; status: number; retryAfter?: number; body?: unknown; name: string }
	| { kind: 'reset-before'; name: string }
	| { kind: 'reset-after'; name: string };

const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

function toMatcher(p: string | RegExp): RegExp {
	if (p instanceof RegExp) return p;
	const trimmed = p.replace(/\/+$/, '');
	const src = trimmed
		.split(/(\*|\{[^}]+\})/)
		.map((part) => (part === '*' ? '.*' : /^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${src}/?$`, 'i');
}

export class FaultInjector {
	private rand: () => number;
	private rules: ActiveRule[] = [];

	constructor(private readonly opts: FaultOptions, seed: number) {
		this.rand = mulberry32(seed);
	}

	reseed(seed: number): void {
		this.rand = mulberry32(seed);
	}

	failNext(rule: FailNextRule): void {
		this.rules.push({ ...rule, remaining: rule.times ?? 1, matcher: toMatcher(rule.pathPattern) });
	}

	clearRules(): void {
		this.rules = [];
	}

	pendingRules(): Array<Omit<FailNextRule, 'pathPattern'> & { pathPattern: string; remaining: number }> {
		// The compiled matcher is internal; everything else is reported as given.
		return this.rules.map((rule) => {
			const { pathPattern, times, remaining, method, status, retryAfter, body, kind } = rule;
			return { pathPattern: String(pathPattern), times, remaining, method, status, retryAfter, body, kind };
		});
	}

	/** Delay to apply before handling (latency plus seeded jitter). */
	delayMs(): number {
		const jitter = this.opts.jitterMs > 0 ? Math.floor(this.rand() * (this.opts.jitterMs + 1)) : 0;
		return Math.max(0, this.opts.latencyMs) + jitter;
	}

	/**
	 * Decides the fault for one request. Forced rules win; random faults draw from the PRNG only when
	 * their rate is > 0, so enabling one kind does not shift the sequence of another.
	 */
	decide(method: string, path: string): FaultDecision {
		const idx = this.rules.findIndex((r) => (!r.method || r.method.toUpperCase() === method) && r.matcher.test(path));
		if (idx >= 0) {
			const r = this.rules[idx];
			if (--r.remaining <= 0) this.rules.splice(idx, 1);
			const kind = r.kind ?? 'status';
			if (kind !== 'status') return { kind, name: `forced-${kind}` };
			return { kind: 'status', status: r.status ?? 503, retryAfter: r.retryAfter, body: r.body, name: 'forced-status' };
		}
		const o = this.opts;
		if (o.rateLimitRate > 0 && this.rand() < o.rateLimitRate) {
			return { kind: 'status', status: 429, retryAfter: o.retryAfterSeconds, name: 'rate-limit' };
		}
		if (o.faultRate > 0 && this.rand() < o.faultRate) {
			return { kind: 'status', status: this.rand() < 0.5 ? 500 : 503, name: 'server-error' };
		}
		if (WRITE_METHODS.has(method)) {
			if (o.resetBeforeRate > 0 && this.rand() < o.resetBeforeRate) return { kind: 'reset-before', name: 'reset-before' };
			if (o.resetAfterRate > 0 && this.rand() < o.resetAfterRate) return { kind: 'reset-after', name: 'reset-after' };
		}
		return { kind: 'none' };
	}
}
