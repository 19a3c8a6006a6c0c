/**
 * The OData query subset the ERP XT list endpoints accept: $filter, $orderby, $top, $skip.
 * Filters are evaluated against the *rendered* (version-specific) objects, so property names are
 * exactly the ones the client sees in that version's responses.
 */
import { badRequest, ErrorCode } from './http';

type Json = Record<string, unknown>;

/** A date literal: OData v4 bare `2024-06-01[T10:00:00[Z|+02:00]]` or v3 `datetime'...'`. */
interface DateLit {
	date: string;
	time: string | null;
	/** Instant in ms when the literal carried an offset; then comparisons are by instant. */
	instant: number | null;
}

type Expr =
	| { k: 'lit'; v: string | number | boolean | null }
	| { k: 'date'; v: DateLit }
	| { k: 'prop'; path: string[] }
	| { k: 'bin'; op: string; l: Expr; r: Expr }
	| { k: 'not'; e: Expr }
	| { k: 'call'; name: string; args: Expr[] };

interface Token {
	t: 'str' | 'num' | 'date' | 'id' | 'op' | '(' | ')' | ',';
	v: string;
	pos: number;
}

const DATE_TOKEN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?/i;
const NUM_TOKEN = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMdDfFlL]?/;
const ID_TOKEN = /^[A-Za-z_$][\w$]*(?:\/[A-Za-z_$][\w$]*)*/;
const TYPED_LITERAL = /^(datetime|datetimeoffset|date)'([^']*)'/i;

const COMPARISON = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS: Record<string, number> = {
	contains: 2, startswith: 2, endswith: 2, substringof: 2, tolower: 1, toupper: 1, trim: 1, length: 1, year: 1, month: 1, day: 1,
};

const fail = (message: string): never => {
	throw badRequest(`The query specified in the URI is not valid. ${message}`, ErrorCode.Query);
};

function parseDateLiteral(text: string): DateLit {
	const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i.exec(text.trim());
	if (!m) return fail(`'${text}' is not a valid date literal.`);
	const d = new Date(`${m[1]}T00:00:00Z`);
	if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[1]) fail(`'${text}' is not a valid date.`);
	const time = m[2] ? (m[2].length === 5 ? `${m[2]}:00` : m[2]) : null;
	let instant: number | null = null;
	if (m[3]) instant = new Date(`${m[1]}T${time ?? '00:00:00'}${m[3].toUpperCase()}`).getTime();
	return { date: m[1], time, instant };
}

function tokenize(src: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < src.length) {
		const c = src[i];
		if (/\s/.test(c)) {
			i++;
			continue;
		}
		if (c === '(' || c === ')' || c === ',') {
			out.push({ t: c, v: c, pos: i });
			i++;
			continue;
		}
		if (c === "'") {
			// '' inside a string is an escaped single quote
			let j = i + 1;
			let s = '';
			for (;;) {
				if (j >= src.length) fail(`Unterminated string literal at position ${i}.`);
				if (src[j] === "'") {
					if (src[j + 1] === "'") {
						s += "'";
						j += 2;
						continue;
					}
					break;
				}
				s += src[j++];
			}
			out.push({ t: 'str', v: s, pos: i });
			i = j + 1;
			continue;
		}
		const rest = src.slice(i);
		let m = TYPED_LITERAL.exec(rest);
		if (m) {
			out.push({ t: 'date', v: m[2], pos: i });
			i += m[0].length;
			continue;
		}
		m = DATE_TOKEN.exec(rest);
		if (m) {
			out.push({ t: 'date', v: m[0], pos: i });
			i += m[0].length;
			continue;
		}
		m = NUM_TOKEN.exec(rest);
		if (m && !/^[A-Za-z_]/.test(rest.slice(m[0].length))) {
			out.push({ t: 'num', v: m[0].replace(/[mMdDfFlL]$/, ''), pos: i });
			i += m[0].length;
			continue;
		}
		m = ID_TOKEN.exec(rest);
		if (m) {
			const lower = m[0].toLowerCase();
			const isOp = COMPARISON.has(lower) || lower === 'and' || lower === 'or' || lower === 'not';
			out.push({ t: isOp ? 'op' : 'id', v: isOp ? lower : m[0], pos: i });
			i += m[0].length;
			continue;
		}
		fail(`Syntax error at position ${i} in '${src}'.`);
	}
	return out;
}

class Parser {
	private i = 0;
	constructor(private readonly toks: Token[], private readonly src: string) {}

	parse(): Expr {
		if (this.toks.length === 0) fail('The $filter expression is empty.');
		const e = this.or();
		if (this.i < this.toks.length) fail(`Syntax error at position ${this.toks[this.i].pos} in '${this.src}'.`);
		return e;
	}

	private peek(): Token | undefined {
		return this.toks[this.i];
	}

	private isOp(v: string): boolean {
		const t = this.peek();
		return !!t && t.t === 'op' && t.v === v;
	}

	private or(): Expr {
		let l = this.and();
		while (this.isOp('or')) {
			this.i++;
			l = { k: 'bin', op: 'or', l, r: this.and() };
		}
		return l;
	}

	private and(): Expr {
		let l = this.unary();
		while (this.isOp('and')) {
			this.i++;
			l = { k: 'bin', op: 'and', l, r: this.unary() };
		}
		return l;
	}

	private unary(): Expr {
		if (this.isOp('not')) {
			this.i++;
			return { k: 'not', e: this.unary() };
		}
		const l = this.primary();
		const t = this.peek();
		if (t && t.t === 'op' && COMPARISON.has(t.v)) {
			this.i++;
			return { k: 'bin', op: t.v, l, r: this.primary() };
		}
		return l;
	}

	private primary(): Expr {
		const t = this.toks[this.i++];
		if (!t) return fail(`Unexpected end of expression in '${this.src}'.`);
		switch (t.t) {
			case '(': {
				const e = this.or();
				if (this.peek()?.t !== ')') fail(`')' expected at position ${this.peek()?.pos ?? this.src.length} in '${this.src}'.`);
				this.i++;
				return e;
			}
			case 'str':
				return { k: 'lit', v: t.v };
			case 'num':
				return { k: 'lit', v: Number(t.v) };
			case 'date':
				return { k: 'date', v: parseDateLiteral(t.v) };
			case 'id': {
				const lower = t.v.toLowerCase();
				if (lower === 'null') return { k: 'lit', v: null };
				if (lower === 'true' || lower === 'false') return { k: 'lit', v: lower === 'true' };
				if (this.peek()?.t === '(') {
					if (!(lower in FUNCTIONS)) fail(`Unknown function '${t.v}'.`);
					this.i++;
					const args: Expr[] = [];
					if (this.peek()?.t !== ')') {
						for (;;) {
							args.push(this.or());
							if (this.peek()?.t === ',') {
								this.i++;
								continue;
							}
							break;
						}
					}
					if (this.peek()?.t !== ')') fail(`')' expected after arguments of '${t.v}'.`);
					this.i++;
					if (args.length !== FUNCTIONS[lower]) fail(`Function '${t.v}' takes ${FUNCTIONS[lower]} argument(s).`);
					return { k: 'call', name: lower, args };
				}
				return { k: 'prop', path: t.v.split('/') };
			}
			default:
				return fail(`Syntax error at position ${t.pos} in '${this.src}'.`);
		}
	}
}

export function parseFilter(src: string): Expr {
	return new Parser(tokenize(src), src).parse();
}

function propNames(e: Expr, out: string[][]): void {
	if (e.k === 'prop') out.push(e.path);
	else if (e.k === 'bin') {
		propNames(e.l, out);
		propNames(e.r, out);
	} else if (e.k === 'not') propNames(e.e, out);
	else if (e.k === 'call') e.args.forEach((a) => propNames(a, out));
}

function getPath(obj: unknown, path: string[]): unknown {
	let cur: unknown = obj;
	for (const p of path) {
		if (cur === null || typeof cur !== 'object') return null;
		cur = (cur as Json)[p];
	}
	return cur === undefined ? null : cur;
}

const WIRE_DATE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Comparable key of a date-ish value against a date literal, so both sides use the same precision. */
function dateKey(v: unknown, lit: DateLit): string | number | null {
	if (typeof v !== 'string') return null;
	const m = WIRE_DATE.exec(v) ?? (PLAIN_DATE.test(v) ? [v, v, '00:00:00', undefined] : null);
	if (!m) return null;
	if (lit.instant !== null) {
		return m[3] ? new Date(v).getTime() : new Date(`${m[1]}T${m[2]}Z`).getTime();
	}
	// No offset in the literal: compare local calendar date (date-only literal) or local wall time.
	return lit.time === null ? m[1] : `${m[1]}T${m[2]}`;
}

function litKey(lit: DateLit): string | number {
	if (lit.instant !== null) return lit.instant;
	return lit.time === null ? lit.date : `${lit.date}T${lit.time}`;
}

function compareValues(op: string, a: unknown, b: unknown): boolean {
	if (a === null || b === null || a === undefined || b === undefined) {
		const bothNull = (a ?? null) === null && (b ?? null) === null;
		if (op === 'eq') return bothNull;
		if (op === 'ne') return !bothNull;
		return false;
	}
	let x: unknown = a;
	let y: unknown = b;
	if (isDateLit(a) || isDateLit(b)) {
		if (isDateLit(a) && isDateLit(b)) {
			x = litKey(a);
			y = litKey(b);
		} else if (isDateLit(b)) {
			x = dateKey(a, b);
			y = litKey(b);
		} else {
			x = litKey(a as DateLit);
			y = dateKey(b, a as DateLit);
		}
		if (x === null || y === null) return op === 'ne';
	} else if (typeof x === 'string' && typeof y === 'string') {
		// a quoted plain date compared with a wire date compares calendar dates
		if (PLAIN_DATE.test(y) && WIRE_DATE.test(x)) x = x.slice(0, 10);
		else if (PLAIN_DATE.test(x) && WIRE_DATE.test(y)) y = y.slice(0, 10);
	}
	if (typeof x !== typeof y) return op === 'ne';
	switch (op) {
		case 'eq':
			return x === y;
		case 'ne':
			return x !== y;
		case 'gt':
			return (x as number) > (y as number);
		case 'ge':
			return (x as number) >= (y as number);
		case 'lt':
			return (x as number) < (y as number);
		default:
			return (x as number) <= (y as number);
	}
}

function isDateLit(v: unknown): v is DateLit {
	return typeof v === 'object' && v !== null && 'date' in v && 'instant' in v;
}

function evaluate(e: Expr, rec: unknown): unknown {
	switch (e.k) {
		case 'lit':
			return e.v;
		case 'date':
			return e.v;
		case 'prop':
			return getPath(rec, e.path);
		case 'not':
			return !truthy(evaluate(e.e, rec));
		case 'bin':
			if (e.op === 'and') return truthy(evaluate(e.l, rec)) && truthy(evaluate(e.r, rec));
			if (e.op === 'or') return truthy(evaluate(e.l, rec)) || truthy(evaluate(e.r, rec));
			return compareValues(e.op, evaluate(e.l, rec), evaluate(e.r, rec));
		case 'call': {
			const a = e.args.map((x) => evaluate(x, rec));
			const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
			switch (e.name) {
				case 'contains':
					return s(a[0]) !== null && s(a[1]) !== null && s(a[0])!.includes(s(a[1])!);
				case 'substringof':
					return s(a[0]) !== null && s(a[1]) !== null && s(a[1])!.includes(s(a[0])!);
				case 'startswith':
					return s(a[0]) !== null && s(a[1]) !== null && s(a[0])!.startsWith(s(a[1])!);
				case 'endswith':
					return s(a[0]) !== null && s(a[1]) !== null && s(a[0])!.endsWith(s(a[1])!);
				case 'tolower':
					return s(a[0])?.toLowerCase() ?? null;
				case 'toupper':
					return s(a[0])?.toUpperCase() ?? null;
				case 'trim':
					return s(a[0])?.trim() ?? null;
				case 'length':
					return s(a[0])?.length ?? null;
				default: {
					// year / month / day of a wire date
					const m = s(a[0]) ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s(a[0])!) : null;
					if (!m) return null;
					return Number(e.name === 'year' ? m[1] : e.name === 'month' ? m[2] : m[3]);
				}
			}
		}
	}
}

function truthy(v: unknown): boolean {
	return v === true;
}

export interface OrderKey {
	path: string[];
	desc: boolean;
}

export interface ListQuery {
	filter: Expr | null;
	orderby: OrderKey[];
	top: number | null;
	skip: number;
}

function parseCount(name: string, v: string | null): number | null {
	if (v === null) return null;
	if (!/^\d+$/.test(v.trim())) fail(`Invalid value '${v}' for ${name}; a non-negative integer is expected.`);
	return Number(v.trim());
}

export function parseListQuery(q: URLSearchParams): ListQuery {
	const filterText = q.get('$filter');
	const orderText = q.get('$orderby');
	const orderby: OrderKey[] = [];
	if (orderText !== null) {
		for (const part of orderText.split(',')) {
			const m = /^\s*([A-Za-z_$][\w$]*(?:\/[A-Za-z_$][\w$]*)*)(?:\s+(asc|desc))?\s*$/i.exec(part);
			if (!m) fail(`Invalid $orderby clause '${part.trim()}'.`);
			orderby.push({ path: m![1].split('/'), desc: (m![2] ?? '').toLowerCase() === 'desc' });
		}
	}
	return {
		filter: filterText === null ? null : parseFilter(filterText),
		orderby,
		top: parseCount('$top', q.get('$top')),
		skip: parseCount('$skip', q.get('$skip')) ?? 0,
	};
}

function orderCompare(a: unknown, b: unknown): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return -1;
	if (b === null || b === undefined) return 1;
	if (typeof a === 'boolean' && typeof b === 'boolean') return a ? 1 : -1;
	return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function checkProperties(query: ListQuery, sample: Json | undefined): void {
	if (!sample) return;
	const paths: string[][] = query.orderby.map((o) => o.path);
	if (query.filter) propNames(query.filter, paths);
	for (const p of paths) {
		if (!(p[0] in sample)) fail(`Could not find a property named '${p[0]}'.`);
	}
}

/**
 * Applies a parsed query. Without $filter/$orderby only the requested page is rendered, so paging
 * through 50,000 records costs O(page) per request.
 */
export function applyListQuery<T>(source: T[], render: (t: T) => Json, query: ListQuery): Json[] {
	const end = (from: number, len: number): number => (query.top === null ? len : Math.min(len, from + query.top));
	if (!query.filter && query.orderby.length === 0) {
		if (source.length > 0) checkProperties(query, render(source[0]));
		return source.slice(query.skip, end(query.skip, source.length)).map(render);
	}
	let rows = source.map(render);
	checkProperties(query, rows[0]);
	if (query.filter) {
		const f = query.filter;
		rows = rows.filter((r) => truthy(evaluate(f, r)));
	}
	if (query.orderby.length) {
		const keys = query.orderby;
		rows.sort((a, b) => {
			for (const k of keys) {
				const c = orderCompare(getPath(a, k.path), getPath(b, k.path));
				if (c !== 0) return k.desc ? -c : c;
			}
			return 0;
		});
	}
	return rows.slice(query.skip, end(query.skip, rows.length));
}
