/**
 * The route table: which paths each edition serves, and the handler for each.
 * Patterns use `{id}` (digits), `{name}` (one segment) and `{*name}` (the rest of the path,
 * for document numbers such as `FS/24/6/1` that contain slashes). Matching is case-insensitive.
 */
import { badRequest, ErrorCode } from './http';
import { applyListQuery, parseListQuery } from './odata';
import {
	confirmDocs, createDoc, deleteDoc, deleteManyProformas, finalizeAdvance, getDoc, getDocByNumber, printDoc, renderDoc, updateDoc,
} from './resources/documents';
import {
	createBankAccount, createCustomer, createPaymentType, createProduct, deleteBankAccount, deleteCustomer, deletePaymentType,
	deleteProduct, EU_COUNTRIES, findCustomerByNip, getOr404, renderBankAccount, renderCustomer, renderCustomPrint,
	renderPaymentType, renderProduct, updateBankAccount, updateCustomer, updatePaymentType, updateProduct,
} from './resources/masterdata';
import { renderPaymentDetail, renderPurchaseInvoice, renderVatPurchaseBook, updatePayments } from './resources/payments';
import type { Ctx } from './store';
import type { DocKind, Edition } from './types';

type Json = Record<string, unknown>;

export interface RouteInput {
	params: Record<string, string>;
	query: URLSearchParams;
	body: unknown;
}

export interface RouteResult {
	status: number;
	/** undefined = empty body. */
	body?: unknown;
}

export interface Route {
	method: string;
	/** Canonical pattern, used as the route name in counts and recordings. */
	pattern: string;
	segments: string[];
	/** Unversioned (v1.0) and v1.1 routes may emit Json.NET "$id" properties. */
	legacy: boolean;
	handle(ctx: Ctx, input: RouteInput): RouteResult;
}

const ok = (body: unknown): RouteResult => ({ status: 200, body });
const noContent = (): RouteResult => ({ status: 204 });
const num = (s: string): number => Number(s);

function queryValue(q: URLSearchParams, name: string): string | null {
	for (const [k, v] of q) if (k.toLowerCase() === name) return v;
	return null;
}

function list<T>(ctx: Ctx, source: Iterable<T>, render: (t: T) => Json, q: URLSearchParams): RouteResult {
	return ok(applyListQuery([...source], render, parseListQuery(q)));
}

class TableBuilder {
	readonly routes: Route[] = [];
	add(method: string, path: string, handle: Route['handle']): void {
		const pattern = `/api2/public/${path}`;
		const version = /^v\d/.test(path) ? path.split('/')[0].slice(1) : '';
		this.routes.push({
			method, pattern, segments: pattern.slice(1).split('/').map((s) => (s.startsWith('{') ? s : s.toLowerCase())),
			legacy: version === '' || version === '1.1', handle,
		});
	}
}

const vp = (version: string, resource: string): string => (version ? `v${version}/${resource}` : resource);

function documentRoutes(t: TableBuilder, kind: DocKind, resource: string, versions: string[], ops: { write: boolean; confirm: boolean }): void {
	for (const v of versions) {
		const base = vp(v, resource);
		const vnum = v === '' ? 1.0 : Number(v);
		t.add('GET', base, (ctx, { query }) => {
			const number = vnum >= 1.2 ? queryValue(query, 'number') : null;
			if (number !== null) return ok(renderDoc(ctx, getDocByNumber(ctx, kind, number), v));
			return list(ctx, ctx.store.docs[kind].values(), (d) => renderDoc(ctx, d, v), query);
		});
		t.add('GET', `${base}/{id}`, (ctx, { params }) => ok(renderDoc(ctx, getDoc(ctx, kind, num(params.id)), v)));
		if (vnum < 1.2 && (kind === 'invoice' || kind === 'proforma')) {
			t.add('GET', `${base}/number/{*number}`, (ctx, { params }) => ok(renderDoc(ctx, getDocByNumber(ctx, kind, params.number), v)));
		}
		if (ops.write) {
			t.add('POST', base, (ctx, { body, query }) => ok(createDoc(ctx, kind, v, body, query)));
			t.add('PUT', base, (ctx, { body }) => {
				updateDoc(ctx, kind, v, body);
				return noContent();
			});
			t.add('DELETE', `${base}/{id}`, (ctx, { params }) => {
				deleteDoc(ctx, kind, num(params.id));
				return noContent();
			});
		}
		if (ops.confirm) {
			t.add('PUT', `${base}/confirm`, (ctx, { body }) => {
				confirmDocs(ctx, kind, body);
				return noContent();
			});
		}
		if (kind === 'proforma') {
			// Multi-delete with {"IdCollection":[…]}; the documented method/path were lost, DELETE on the collection is our choice.
			t.add('DELETE', base, (ctx, { body }) => {
				deleteManyProformas(ctx, body);
				return noContent();
			});
		}
		const print = (ctx: Ctx, { params, query }: RouteInput): RouteResult => ok(printDoc(ctx, kind, params.id, query));
		if (v === '' || v === '1.1') t.add('GET', `${base}/print/{id}`, print);
		if (v !== '1.1') t.add('GET', `${base}/{id}/print`, print);
	}
}

export function buildRoutes(edition: Edition): Route[] {
	const t = new TableBuilder();
	const pl = edition !== 'de';
	const bf = edition === 'betterfly';

	// ---- master data (all editions, unversioned)
	t.add('GET', 'products', (ctx, { query }) => list(ctx, ctx.store.products.values(), (p) => renderProduct(ctx, p), query));
	t.add('GET', 'products/{id}', (ctx, { params }) => ok(renderProduct(ctx, getOr404(ctx, ctx.store.products, num(params.id), 'Product'))));
	t.add('POST', 'products', (ctx, { body }) => ok(createProduct(ctx, body)));
	t.add('PUT', 'products', (ctx, { body }) => (updateProduct(ctx, body), noContent()));
	t.add('DELETE', 'products/{id}', (ctx, { params }) => (deleteProduct(ctx, num(params.id)), noContent()));

	for (const v of pl ? ['', '1.2'] : ['']) {
		const base = vp(v, 'customers');
		t.add('GET', base, (ctx, { query }) => {
			const nip = v === '1.2' ? queryValue(query, 'nip') : null;
			if (nip !== null) return ok(renderCustomer(ctx, findCustomerByNip(ctx, nip), v));
			return list(ctx, ctx.store.customers.values(), (c) => renderCustomer(ctx, c, v), query);
		});
		t.add('GET', `${base}/{id}`, (ctx, { params }) => ok(renderCustomer(ctx, getOr404(ctx, ctx.store.customers, num(params.id), 'Customer'), v)));
		if (pl) t.add('GET', `${base}/nip/{nip}`, (ctx, { params }) => ok(renderCustomer(ctx, findCustomerByNip(ctx, params.nip), v)));
		t.add('POST', base, (ctx, { body }) => ok(createCustomer(ctx, body, v)));
		t.add('PUT', base, (ctx, { body }) => (updateCustomer(ctx, body, v), noContent()));
		t.add('DELETE', `${base}/{id}`, (ctx, { params }) => (deleteCustomer(ctx, num(params.id)), noContent()));
	}

	t.add('GET', 'paymenttypes', (ctx, { query }) => list(ctx, ctx.store.paymentTypes.values(), renderPaymentType, query));
	t.add('GET', 'paymenttypes/{id}', (ctx, { params }) => ok(renderPaymentType(getOr404(ctx, ctx.store.paymentTypes, num(params.id), 'PaymentType'))));
	t.add('POST', 'paymenttypes', (ctx, { body }) => ok(createPaymentType(ctx, body)));
	t.add('PUT', 'paymenttypes', (ctx, { body }) => (updatePaymentType(ctx, body), noContent()));
	t.add('DELETE', 'paymenttypes/{id}', (ctx, { params }) => (deletePaymentType(ctx, num(params.id)), noContent()));

	t.add('GET', 'bankaccounts', (ctx, { query }) => list(ctx, ctx.store.bankAccounts.values(), renderBankAccount, query));
	t.add('GET', 'bankaccounts/{id}', (ctx, { params }) => ok(renderBankAccount(getOr404(ctx, ctx.store.bankAccounts, num(params.id), 'BankAccount'))));
	t.add('POST', 'bankaccounts', (ctx, { body }) => ok(createBankAccount(ctx, body)));
	t.add('PUT', 'bankaccounts', (ctx, { body }) => (updateBankAccount(ctx, body), noContent()));
	t.add('DELETE', 'bankaccounts/{id}', (ctx, { params }) => (deleteBankAccount(ctx, num(params.id)), noContent()));

	t.add('GET', 'customprints', (ctx, { query }) => list(ctx, ctx.store.customPrints.values(), renderCustomPrint, query));
	t.add('GET', 'customprints/{id}', (ctx, { params }) => ok(renderCustomPrint(getOr404(ctx, ctx.store.customPrints, num(params.id), 'CustomPrint'))));

	// ---- documents
	const invoiceVersions = pl ? ['', '1.1', '1.2', '1.3', '1.4', ...(bf ? ['1.5'] : [])] : [''];
	documentRoutes(t, 'invoice', 'invoices', invoiceVersions, { write: true, confirm: true });
	documentRoutes(t, 'proforma', 'proformas', pl ? ['', '1.1', '1.2', '1.4'] : [''], { write: true, confirm: false });
	if (pl) {
		const current = bf ? ['1.4', '1.5'] : ['1.4'];
		documentRoutes(t, 'advance', 'advanceinvoices', current, { write: true, confirm: true });
		documentRoutes(t, 'corrective', 'correctiveinvoices', current, { write: true, confirm: true });
		documentRoutes(t, 'correctiveAdvance', 'correctiveadvanceinvoices', current, { write: true, confirm: true });
		documentRoutes(t, 'margin', 'profitmargininvoices', ['1.4'], { write: false, confirm: false });
		t.add('POST', 'v1.2/advanceinvoices/{id}/finalize', (ctx, { params, query }) => ok(finalizeAdvance(ctx, num(params.id), query)));

		for (const v of current) {
			t.add('GET', `v${v}/purchaseinvoices`, (ctx, { query }) => list(ctx, ctx.store.purchaseInvoices.values(), (p) => renderPurchaseInvoice(ctx, p), query));
			t.add('GET', `v${v}/purchaseinvoices/{id}`, (ctx, { params }) =>
				ok(renderPurchaseInvoice(ctx, getOr404(ctx, ctx.store.purchaseInvoices, num(params.id), 'PurchaseInvoice'))));
			t.add('GET', `v${v}/paymentdetails`, (ctx, { query }) => list(ctx, ctx.store.paymentDetails.values(), (p) => renderPaymentDetail(p, v), query));
		}
		t.add('GET', 'v1.4/vatpurchasebooks', (ctx, { query }) => list(ctx, ctx.store.vatPurchaseBooks.values(), (e) => renderVatPurchaseBook(ctx, e), query));
		t.add('GET', 'v1.4/vatpurchasebooks/{id}', (ctx, { params }) =>
			ok(renderVatPurchaseBook(ctx, getOr404(ctx, ctx.store.vatPurchaseBooks, num(params.id), 'VatPurchaseBook'))));
		t.add('PUT', 'v1.4/payments', (ctx, { body }) => (updatePayments(ctx, body), noContent()));
		// Observed live: there is no list on payments, any GET answers 400 {Code, Message}.
		t.add('GET', 'v1.4/payments', () => {
			throw badRequest('The requested resource does not support http method \'GET\' with these parameters.', ErrorCode.Unsupported);
		});
		t.add('GET', 'v1.2/vatrates', (ctx, { query }) => list(ctx, ctx.store.vatRates, (r) => ({ ...r }), query));
		t.add('GET', 'v1.2/vatrates/countries', () => ok([...EU_COUNTRIES]));
	}
	return t.routes;
}

export type MatchResult =
	| { kind: 'route'; route: Route; params: Record<string, string> }
	| { kind: 'method'; allowed: string[]; pattern: string }
	| { kind: 'none' };

function decode(s: string): string {
	try {
		return decodeURIComponent(s);
	} catch {
		return s;
	}
}

function matchSegments(route: Route, raw: string[]): Record<string, string> | null {
	const segs = route.segments;
	const params: Record<string, string> = {};
	for (let i = 0; i < segs.length; i++) {
		const s = segs[i];
		if (s.startsWith('{*')) {
			if (raw.length <= i) return null;
			params[s.slice(2, -1)] = raw.slice(i).map(decode).join('/');
			return params;
		}
		if (i >= raw.length) return null;
		if (s.startsWith('{')) {
			const name = s.slice(1, -1);
			if (name === 'id' && !/^\d+$/.test(raw[i])) return null;
			params[name] = decode(raw[i]);
		} else if (s !== raw[i].toLowerCase()) return null;
	}
	return raw.length === segs.length ? params : null;
}

export class Router {
	constructor(private readonly routes: Route[]) {}

	match(method: string, path: string): MatchResult {
		const raw = path.replace(/\/+$/, '').split('/').filter((s, i) => i > 0 || s !== '');
		let allowed: string[] = [];
		let pattern = '';
		for (const r of this.routes) {
			const params = matchSegments(r, raw);
			if (!params) continue;
			if (r.method === method) return { kind: 'route', route: r, params };
			allowed.push(r.method);
			pattern = pattern || r.pattern;
		}
		allowed = [...new Set(allowed)];
		return allowed.length ? { kind: 'method', allowed, pattern } : { kind: 'none' };
	}

	/** For the README and the admin state: every pattern with its method. */
	describe(): string[] {
		return this.routes.map((r) => `${r.method} ${r.pattern}`);
	}
}
