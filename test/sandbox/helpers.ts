/* eslint-disable @typescript-eslint/no-explicit-any -- test code, not n8n node code */
/** Plain-HTTP helpers for the sandbox tests (global fetch, no client library). */
import { startSandbox, Sandbox, SandboxOptions } from '../../sandbox/index';

export interface Reply<T = any> {
	status: number;
	body: T;
	text: string;
	headers: Headers;
}

export async function raw(url: string, init: RequestInit = {}): Promise<Reply> {
	const res = await fetch(url, init);
	const text = await res.text();
	let body: unknown = undefined;
	if (text) {
		try {
			body = JSON.parse(text);
		} catch {
			body = text;
		}
	}
	return { status: res.status, body, text, headers: res.headers };
}

export function basic(id = 'sandbox-client', secret = 'sandbox-secret'): string {
	return `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
}

export async function fetchToken(sb: Sandbox): Promise<string> {
	const r = await raw(`${sb.url}/api2/public/token`, {
		method: 'POST',
		headers: { Authorization: basic(sb.options.clientId, sb.options.clientSecret), 'Content-Type': 'application/x-www-form-urlencoded' },
		body: 'grant_type=client_credentials',
	});
	if (r.status !== 200) throw new Error(`token: ${r.status} ${r.text}`);
	return r.body.access_token;
}

/** A tiny authenticated client bound to one sandbox. */
export class Api {
	constructor(readonly sb: Sandbox, public token: string) {}

	static async connect(sb: Sandbox): Promise<Api> {
		return new Api(sb, await fetchToken(sb));
	}

	req(method: string, path: string, body?: unknown): Promise<Reply> {
		const headers: Record<string, string> = { Authorization: `Bearer ${this.token}`, Accept: 'application/json' };
		if (body !== undefined) headers['Content-Type'] = 'application/json';
		return raw(`${this.sb.url}/api2/public/${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
	}

	get(path: string): Promise<Reply> {
		return this.req('GET', path);
	}
	post(path: string, body: unknown): Promise<Reply> {
		return this.req('POST', path, body);
	}
	put(path: string, body: unknown): Promise<Reply> {
		return this.req('PUT', path, body);
	}
	del(path: string, body?: unknown): Promise<Reply> {
		return this.req('DELETE', path, body);
	}
	/** GET with an OData query assembled from plain strings. */
	query(path: string, params: Record<string, string | number>): Promise<Reply> {
		const qs = Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
		return this.get(`${path}?${qs}`);
	}
}

export async function withSandbox(options: SandboxOptions = {}): Promise<{ sb: Sandbox; api: Api }> {
	const sb = await startSandbox({ port: 0, ...options });
	return { sb, api: await Api.connect(sb) };
}

/** Decodes a print answer ("data:application/pdf;base64,…") to the PDF bytes. */
export function decodePrint(body: unknown): Buffer {
	if (typeof body !== 'string') throw new Error(`print answer is not a JSON string: ${JSON.stringify(body)}`);
	const prefix = 'data:application/pdf;base64,';
	if (!body.startsWith(prefix)) throw new Error('missing data URI prefix');
	return Buffer.from(body.slice(prefix.length), 'base64');
}

export type { Sandbox };
