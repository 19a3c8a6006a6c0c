/** Validation helpers for request bodies (Json.NET-like leniency: numeric strings bind to numbers). */
import { badRequest, ErrorCode } from '../http';
import { msg } from '../messages';
import { parseInputDate } from '../dates';
import type { Edition } from '../types';

export type Body = Record<string, unknown>;

export function requireObject(edition: Edition, body: unknown): Body {
	if (body === null || typeof body !== 'object' || Array.isArray(body)) throw badRequest(msg(edition, 'badBody'));
	return body as Body;
}

/** Present = the property exists and is not undefined (null counts as present: it clears). */
export function has(body: Body, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(body, key) && body[key] !== undefined;
}

export function asInt(edition: Edition, field: string, v: unknown): number {
	const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
	if (typeof n !== 'number' || !Number.isInteger(n)) throw badRequest(msg(edition, 'invalid', field, JSON.stringify(v)));
	return n;
}

export function asNumber(edition: Edition, field: string, v: unknown): number {
	const n = typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v;
	if (typeof n !== 'number' || !Number.isFinite(n)) throw badRequest(msg(edition, 'invalid', field, JSON.stringify(v)));
	return n;
}

export function asOptInt(edition: Edition, field: string, v: unknown): number | null {
	return v === null || v === '' ? null : asInt(edition, field, v);
}

export function asString(edition: Edition, field: string, v: unknown): string {
	if (v === null) return '';
	if (typeof v === 'number') return String(v);
	if (typeof v !== 'string') throw badRequest(msg(edition, 'invalid', field, JSON.stringify(v)));
	return v;
}

export function asBool(edition: Edition, field: string, v: unknown): boolean {
	if (v === true || v === 'true') return true;
	if (v === false || v === 'false' || v === null) return false;
	throw badRequest(msg(edition, 'invalid', field, JSON.stringify(v)));
}

export function asEnum(edition: Edition, field: string, v: unknown, allowed: number[]): number {
	const n = asInt(edition, field, v);
	if (!allowed.includes(n)) throw badRequest(msg(edition, 'invalid', field, String(n)));
	return n;
}

/** Null / empty → null (caller applies the default); otherwise a valid date or 400. */
export function asDate(edition: Edition, field: string, v: unknown): string | null {
	if (v === null || v === '') return null;
	const d = parseInputDate(v);
	if (!d) throw badRequest(msg(edition, 'invalidDate', field, JSON.stringify(v)));
	return d;
}

export function required(edition: Edition, field: string): never {
	throw badRequest(msg(edition, 'required', field));
}

export function refMissing(edition: Edition, field: string, id: unknown): never {
	throw badRequest(msg(edition, 'refMissing', field, String(id)), ErrorCode.Reference);
}
