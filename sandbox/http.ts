/* eslint-disable @n8n/community-nodes/no-restricted-imports -- the sandbox is a Node.js server, not n8n node code */
/** HTTP-level helpers: the error type every handler throws, and request body parsing. */
import type { IncomingMessage } from 'http';

/** Application error codes used in `{Code, Message}` bodies (the real values are unknown). */
export const ErrorCode = {
	Validation: 1,
	Reference: 2,
	DocumentState: 3,
	Query: 4,
	NotFound: 5,
	Unsupported: 6,
	Print: 7,
} as const;

/** Thrown by handlers; the server turns it into a JSON error response. */
export class HttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
		readonly headers: Record<string, string> = {},
	) {
		super(typeof body === 'object' && body && 'Message' in body ? String((body as { Message: unknown }).Message) : `HTTP ${status}`);
	}
}

export const badRequest = (message: string, code: number = ErrorCode.Validation): HttpError =>
	new HttpError(400, { Code: code, Message: message });

export const notFound = (message: string): HttpError => new HttpError(404, { Code: ErrorCode.NotFound, Message: message });

/** Print errors carry `Data: null`, as observed live. */
export const printError = (message: string): HttpError =>
	new HttpError(400, { Code: ErrorCode.Print, Data: null, Message: message });

const MAX_BODY = 10 * 1024 * 1024;

export function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		req.on('data', (c: Buffer) => {
			size += c.length;
			if (size > MAX_BODY) {
				reject(new HttpError(413, { Message: 'Request entity too large.' }));
				req.destroy();
				return;
			}
			chunks.push(c);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

/** Parses a body as JSON (or form data when so declared), for handlers and the recorder. */
export function parseBody(raw: string, contentType: string | undefined): { ok: true; value: unknown } | { ok: false } {
	if (raw.length === 0) return { ok: true, value: undefined };
	if (contentType && contentType.toLowerCase().includes('application/x-www-form-urlencoded')) {
		return { ok: true, value: Object.fromEntries(new URLSearchParams(raw)) };
	}
	try {
		return { ok: true, value: JSON.parse(raw) };
	} catch {
		return { ok: false };
	}
}
