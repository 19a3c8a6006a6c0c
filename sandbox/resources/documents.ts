/**
 * Sales-side documents: invoices (v1.0–v1.5), proformas (v1.0–v1.4), advance invoices, corrective
 * invoices, corrective advance invoices and margin invoices. One canonical `Doc` per document; each
 * API version renders its own shape from it, so a document created through one version is readable
 * through every other one.
 */
import { formatDate, today, addDays } from '../dates';
import { badRequest, ErrorCode, notFound, printError } from '../http';
import { msg } from '../messages';
import { buildPdf, pdfDataUri } from '../pdf';
import { baseCurrency, Ctx } from '../store';
import type { Customer, Doc, DocItem, DocKind, PartySnapshot } from '../types';
import { documentTotals, netFromGross, ratePercent, rateTable, round2, round4 } from '../vat';
import { createIncomePayment } from './payments';
import {
	asBool, asDate, asEnum, asInt, asNumber, asString, Body, has, refMissing, required, requireObject,
} from './input';

type Json = Record<string, unknown>;

/** Version string ('' = unversioned v1.0) as a number for comparisons. */
export const ver = (v: string): number => (v === '' ? 1.0 : Number(v));

const WHAT: Record<DocKind, string> = {
	invoice: 'Invoice', proforma: 'Proforma', advance: 'AdvanceInvoice', corrective: 'CorrectiveInvoice',
	correctiveAdvance: 'CorrectiveAdvanceInvoice', margin: 'ProfitMarginInvoice',
};

const TITLES: Record<'de' | 'pl', Record<DocKind, string>> = {
	de: {
		invoice: 'Rechnung', proforma: 'Auftrag', advance: 'Anzahlungsrechnung', corrective: 'Rechnungskorrektur',
		correctiveAdvance: 'Korrektur der Anzahlungsrechnung', margin: 'Differenzbesteuerte Rechnung',
	},
	pl: {
		invoice: 'Faktura VAT', proforma: 'Faktura proforma', advance: 'Faktura zaliczkowa', corrective: 'Faktura korygujaca',
		correctiveAdvance: 'Korekta faktury zaliczkowej', margin: 'Faktura VAT marza',
	},
};

export function snapshot(c: Customer | undefined): PartySnapshot | null {
	if (!c) return null;
	return {
		Name: c.Name, NipPrefix: c.CountryCode, Nip: c.CustomerTaxNumber.replace(/^[A-Za-z]{2}/, ''), Country: c.CountryCode,
		City: c.Address.City, Street: c.Address.Street, BuildingNumber: c.Address.BuildingNumber, FlatNumber: c.Address.FlatNumber,
		BankName: c.BankName, BankAccountNumber: c.BankAccountNumber, CustomerType: c.CustomerType,
	};
}

export function blankDoc(ctx: Ctx, kind: DocKind): Doc {
	return {
		kind, Id: 0, Number: '', Status: 0, PaymentStatus: 0, PurchasingPartyId: 0, PurchasingParty: null,
		ReceivingPartyId: null, ReceivingParty: null, PaymentTypeId: 0, BankAccountId: null, SalesDate: '', IssueDate: '',
		PaymentDeadline: '', deadlineExplicit: false, InvoiceType: 0, Description: null, IsOSSProcedure: false,
		OSSProcedureCountryCode: '', CurrencyCode: baseCurrency(ctx.opts.edition), CurrencyRateType: 0, CurrencyRateDate: null,
		CurrencyConverter: 1, CurrencyRate: 1, Items: [], IsFinal: false, InvoiceDocIdNum: null, CorrectedId: null,
		CorrectionReasonText: '', AdvanceGroupId: null, CurrencyAdvance: 0, FinalInvoiceId: null, PaymentId: null,
		DocumentCreatedByTaxPayer: true, ProfitMarginInvoiceProcedureType: 0, ProfitMarginTotal: 0,
	};
}

// ---------------------------------------------------------------- rendering

function toBase(d: Doc, amount: number): number {
	return round2((amount * d.CurrencyRate) / (d.CurrencyConverter || 1));
}

type ItemShape = 'v10' | 'v11' | 'v12' | 'v13' | 'v14' | 'proforma14' | 'advance';

function renderItem(d: Doc, it: DocItem, shape: ItemShape): Json {
	if (shape === 'v10') {
		const net = d.InvoiceType === 1 ? netFromGross(it.Price, it.VatPercent) : it.Price;
		return { ProductId: it.ProductId, Quantity: it.Quantity, ProductCurrencyNetPrice: net, ProductDescription: it.ProductDescription, Id: it.Id };
	}
	const out: Json = { ProductId: it.ProductId, Quantity: it.Quantity, ProductCurrencyPrice: it.Price };
	if (shape === 'v14' || shape === 'proforma14' || shape === 'advance') out.ProductPrice = toBase(d, it.Price);
	if (shape === 'v13' || shape === 'v14') out.ProductName = it.ProductName;
	out.ProductDescription = it.ProductDescription;
	if (shape === 'v13' || shape === 'v14' || shape === 'advance') out.UnitOfMeasurement = it.UnitOfMeasurement;
	if (shape !== 'v11') out.VatRateId = it.VatRateId;
	out.Id = it.Id;
	return out;
}

function paymentTypeKind(ctx: Ctx, d: Doc): number | null {
	return ctx.store.paymentTypes.get(d.PaymentTypeId)?.Type ?? null;
}

function bankAccountNumber(ctx: Ctx, d: Doc): string | null {
	return d.BankAccountId === null ? null : ctx.store.bankAccounts.get(d.BankAccountId)?.AccountNumber ?? null;
}

function currencyBlock(d: Doc): Json {
	return {
		CurrencyCode: d.CurrencyCode, CurrencyRateType: d.CurrencyRateType, CurrencyRateDate: formatDate(d.CurrencyRateDate),
		CurrencyConverter: d.CurrencyConverter, CurrencyRate: d.CurrencyRate,
	};
}

/** The v1.3+/v1.4+ "rich" document (invoice, advance, corrective): key order follows the documented example. */
function richView(ctx: Ctx, d: Doc, v: number, shape: ItemShape): Json {
	const t = documentTotals(d.Items, d.InvoiceType);
	const out: Json = {
		PaymentStatus: d.PaymentStatus, OSSProcedureCountryCode: d.OSSProcedureCountryCode, IsOSSProcedure: d.IsOSSProcedure,
	};
	if (d.kind === 'invoice') out.IsFinal = d.IsFinal;
	Object.assign(out, {
		PurchasingPartyId: d.PurchasingPartyId, PurchasingParty: d.PurchasingParty,
		ReceivingPartyId: d.ReceivingPartyId, ReceivingParty: d.ReceivingParty,
		PaymentTypeId: d.PaymentTypeId, PaymentType: paymentTypeKind(ctx, d), PaymentDeadline: formatDate(d.PaymentDeadline),
	});
	if (d.kind === 'invoice' && v >= 1.4) out.PaymentId = d.PaymentId;
	Object.assign(out, {
		BankAccountId: d.BankAccountId, BankAccountNumber: bankAccountNumber(ctx, d),
		SalesDate: formatDate(d.SalesDate), InvoiceType: d.InvoiceType,
	});
	if (d.kind === 'corrective' || d.kind === 'correctiveAdvance') {
		out.CorrectedId = d.CorrectedId;
		out.CorrectionReasonText = d.CorrectionReasonText;
	}
	Object.assign(out, { NetTotal: toBase(d, t.net), VatTotal: toBase(d, t.vat), GrossTotal: toBase(d, t.gross) });
	if (v >= 1.4) {
		Object.assign(out, { CurrencyNetTotal: t.net, CurrencyVatTotal: t.vat, CurrencyGrossTotal: t.gross }, currencyBlock(d));
		if (d.kind === 'invoice') out.DocumentCreatedByTaxPayer = d.DocumentCreatedByTaxPayer;
	}
	if (d.kind === 'advance') out.CurrencyAdvance = d.CurrencyAdvance;
	Object.assign(out, {
		Items: d.Items.map((i) => renderItem(d, i, shape)),
		Description: d.Description, IssueDate: formatDate(d.IssueDate), Number: d.Number, Status: d.Status, Id: d.Id,
	});
	return out;
}

export function renderInvoice(ctx: Ctx, d: Doc, version: string): Json {
	const v = ver(version);
	if (v >= 1.3) return richView(ctx, d, v, v >= 1.4 ? 'v14' : 'v13');
	const out: Json = { PaymentStatus: d.PaymentStatus };
	if (v >= 1.2) Object.assign(out, { OSSProcedureCountryCode: d.OSSProcedureCountryCode, IsOSSProcedure: d.IsOSSProcedure });
	out.PurchasingPartyId = d.PurchasingPartyId;
	if (v >= 1.1) out.ReceivingPartyId = d.ReceivingPartyId;
	Object.assign(out, { PaymentTypeId: d.PaymentTypeId, BankAccountId: d.BankAccountId, SalesDate: formatDate(d.SalesDate) });
	if (v >= 1.1) out.InvoiceType = d.InvoiceType;
	out.Items = d.Items.map((i) => renderItem(d, i, v >= 1.2 ? 'v12' : v >= 1.1 ? 'v11' : 'v10'));
	if (v >= 1.1) out.Description = d.Description;
	Object.assign(out, { IssueDate: formatDate(d.IssueDate), Number: d.Number, Status: d.Status, Id: d.Id });
	return out;
}

export function renderProforma(_ctx: Ctx, d: Doc, version: string): Json {
	const v = ver(version);
	const out: Json = { PurchasingPartyId: d.PurchasingPartyId };
	if (v >= 1.1) out.ReceivingPartyId = d.ReceivingPartyId;
	Object.assign(out, { PaymentTypeId: d.PaymentTypeId, BankAccountId: d.BankAccountId });
	if (v >= 1.1) out.InvoiceType = d.InvoiceType;
	if (v >= 1.2) Object.assign(out, { OSSProcedureCountryCode: d.OSSProcedureCountryCode, IsOSSProcedure: d.IsOSSProcedure });
	out.InvoiceDocIdNum = d.InvoiceDocIdNum;
	if (v >= 1.4) Object.assign(out, currencyBlock(d));
	out.Items = d.Items.map((i) => renderItem(d, i, v >= 1.4 ? 'proforma14' : v >= 1.2 ? 'v12' : v >= 1.1 ? 'v11' : 'v10'));
	if (v >= 1.1) out.Description = d.Description;
	Object.assign(out, { IssueDate: formatDate(d.IssueDate), Number: d.Number, Status: d.Status, Id: d.Id });
	return out;
}

export function renderMargin(ctx: Ctx, d: Doc): Json {
	const t = documentTotals(d.Items, 1);
	return {
		PaymentStatus: d.PaymentStatus, PurchasingPartyId: d.PurchasingPartyId, PurchasingParty: d.PurchasingParty,
		ReceivingPartyId: d.ReceivingPartyId, ReceivingParty: d.ReceivingParty, PaymentTypeId: d.PaymentTypeId,
		PaymentType: paymentTypeKind(ctx, d), PaymentDeadline: formatDate(d.PaymentDeadline), BankAccountId: d.BankAccountId,
		BankAccountNumber: bankAccountNumber(ctx, d), SalesDate: formatDate(d.SalesDate), InvoiceType: d.InvoiceType,
		ProfitMarginInvoiceProcedureType: d.ProfitMarginInvoiceProcedureType, ProfitMarginTotal: d.ProfitMarginTotal,
		GrossTotal: toBase(d, t.gross), CurrencyGrossTotal: t.gross, ...currencyBlock(d),
		Items: d.Items.map((i) => renderItem(d, i, 'v14')),
		Description: d.Description, IssueDate: formatDate(d.IssueDate), Number: d.Number, Status: d.Status, Id: d.Id,
	};
}

export function renderDoc(ctx: Ctx, d: Doc, version: string): Json {
	switch (d.kind) {
		case 'invoice':
			return renderInvoice(ctx, d, version);
		case 'proforma':
			return renderProforma(ctx, d, version);
		case 'margin':
			return renderMargin(ctx, d);
		case 'advance':
			return richView(ctx, d, ver(version), 'advance');
		default:
			return richView(ctx, d, ver(version), 'v14');
	}
}

// ---------------------------------------------------------------- input

const isProforma = (k: DocKind): boolean => k === 'proforma';

/** Writable properties a version knows, with the value a replace-PUT resets them to. */
function writableDefaults(ctx: Ctx, kind: DocKind, v: number): Body {
	const d: Body = { PurchasingPartyId: null, PaymentTypeId: null, BankAccountId: null, IssueDate: null, Items: [] };
	if (!isProforma(kind)) Object.assign(d, { PaymentStatus: 0, SalesDate: null });
	if (v >= 1.1) Object.assign(d, { ReceivingPartyId: null, InvoiceType: 0, Description: null });
	if (v >= 1.2) Object.assign(d, { IsOSSProcedure: false, OSSProcedureCountryCode: '' });
	if (v >= 1.3 && !isProforma(kind)) d.PaymentDeadline = null;
	if (v >= 1.4) {
		Object.assign(d, { CurrencyCode: baseCurrency(ctx.opts.edition), CurrencyRateType: 0, CurrencyRateDate: null, CurrencyConverter: 1, CurrencyRate: 1 });
	}
	if (kind === 'advance') d.CurrencyAdvance = null;
	if (kind === 'corrective' || kind === 'correctiveAdvance') d.CorrectionReasonText = '';
	return d;
}

function resolveVat(ctx: Ctx, given: unknown, productRate: number): { id: number | null; pct: number } {
	const ed = ctx.opts.edition;
	if (given === undefined || given === null) {
		const pct = ratePercent(ed, productRate);
		return { id: pct, pct };
	}
	const id = asInt(ed, 'VatRateId', given);
	const oss = ctx.store.vatRates.find((r) => r.RateId === id);
	if (oss) return { id, pct: Number(oss.Rate) };
	// Domestic rates are addressed by their percentage (the API's VatRateId for 23 % is 23).
	if (Object.values(rateTable(ed)).includes(id)) return { id, pct: id };
	return refMissing(ed, 'VatRateId', id);
}

function applyItems(ctx: Ctx, d: Doc, raw: unknown, v: number, replace: boolean): void {
	const ed = ctx.opts.edition;
	if (raw === null) {
		d.Items = [];
		return;
	}
	if (!Array.isArray(raw)) throw badRequest(msg(ed, 'invalid', 'Items', typeof raw));
	const priceField = v < 1.1 ? 'ProductCurrencyNetPrice' : 'ProductCurrencyPrice';
	const items: DocItem[] = [];
	for (const [idx, entry] of raw.entries()) {
		const b = requireObject(ed, entry);
		const prev = !replace && has(b, 'Id') && b.Id !== null ? d.Items.find((i) => i.Id === Number(b.Id)) : undefined;
		const it: DocItem = prev
			? { ...prev }
			: { Id: 0, ProductId: 0, Quantity: 0, Price: 0, ProductName: '', ProductDescription: '', UnitOfMeasurement: '', VatRateId: null, VatPercent: 0 };
		if (!prev) {
			for (const f of ['ProductId', 'Quantity', priceField]) if (!has(b, f) || b[f] === null) required(ed, `Items[${idx}].${f}`);
		}
		let product = ctx.store.products.get(it.ProductId);
		if (has(b, 'ProductId')) {
			const pid = asInt(ed, `Items[${idx}].ProductId`, b.ProductId);
			product = ctx.store.products.get(pid);
			if (!product) refMissing(ed, 'ProductId', pid);
			it.ProductId = pid;
			it.ProductName = product.Name;
			it.UnitOfMeasurement = product.UnitOfMeasurment;
		}
		if (has(b, 'Quantity')) it.Quantity = round4(asNumber(ed, `Items[${idx}].Quantity`, b.Quantity));
		if (has(b, 'ProductDescription')) it.ProductDescription = asString(ed, 'ProductDescription', b.ProductDescription);
		if (v >= 1.2 && has(b, 'VatRateId')) {
			const r = resolveVat(ctx, b.VatRateId, product?.Rate ?? 0);
			it.VatRateId = r.id;
			it.VatPercent = r.pct;
		} else if (!prev || has(b, 'ProductId')) {
			const r = resolveVat(ctx, null, product?.Rate ?? 0);
			it.VatRateId = r.id;
			it.VatPercent = r.pct;
		}
		if (has(b, priceField)) {
			const price = round2(asNumber(ed, `Items[${idx}].${priceField}`, b[priceField]));
			// v1.0 only knows net prices; store them in the document's own price basis.
			it.Price = v < 1.1 && d.InvoiceType === 1 ? round2(price * (1 + it.VatPercent / 100)) : price;
		}
		if (!it.Id) it.Id = ctx.store.nextId('item');
		items.push(it);
	}
	d.Items = items;
}

function customerRef(ctx: Ctx, field: string, v: unknown): Customer {
	const id = asInt(ctx.opts.edition, field, v);
	const c = ctx.store.customers.get(id);
	if (!c) return refMissing(ctx.opts.edition, field, id);
	return c;
}

/** Applies a request body to a document (create: blank doc; update: copy of the stored one). */
function applyDocInput(ctx: Ctx, d: Doc, body: Body, v: number, replace: boolean): void {
	const ed = ctx.opts.edition;
	const kind = d.kind;
	if (!isProforma(kind) && has(body, 'PaymentStatus') && body.PaymentStatus !== null) {
		const ps = asInt(ed, 'PaymentStatus', body.PaymentStatus);
		// Partial payment (2) can only be recorded in the application.
		if (ps !== 0 && ps !== 1) throw badRequest(msg(ed, 'paymentStatusCreate'));
		d.PaymentStatus = ps;
	}
	if (has(body, 'PurchasingPartyId')) {
		if (body.PurchasingPartyId === null) d.PurchasingPartyId = 0;
		else d.PurchasingPartyId = customerRef(ctx, 'PurchasingPartyId', body.PurchasingPartyId).Id;
	}
	if (has(body, 'PaymentTypeId')) {
		if (body.PaymentTypeId === null) d.PaymentTypeId = 0;
		else {
			const id = asInt(ed, 'PaymentTypeId', body.PaymentTypeId);
			if (!ctx.store.paymentTypes.has(id)) refMissing(ed, 'PaymentTypeId', id);
			d.PaymentTypeId = id;
		}
	}
	if (has(body, 'BankAccountId')) {
		if (body.BankAccountId === null || body.BankAccountId === 0) d.BankAccountId = null;
		else {
			const id = asInt(ed, 'BankAccountId', body.BankAccountId);
			if (!ctx.store.bankAccounts.has(id)) refMissing(ed, 'BankAccountId', id);
			d.BankAccountId = id;
		}
	}
	if (has(body, 'IssueDate')) d.IssueDate = asDate(ed, 'IssueDate', body.IssueDate) ?? today();
	if (!isProforma(kind) && has(body, 'SalesDate')) d.SalesDate = asDate(ed, 'SalesDate', body.SalesDate) ?? today();
	if (v >= 1.1) {
		if (has(body, 'ReceivingPartyId')) {
			d.ReceivingPartyId = body.ReceivingPartyId === null || body.ReceivingPartyId === 0 ? null : customerRef(ctx, 'ReceivingPartyId', body.ReceivingPartyId).Id;
		}
		if (has(body, 'InvoiceType') && body.InvoiceType !== null) d.InvoiceType = asEnum(ed, 'InvoiceType', body.InvoiceType, [0, 1]);
		if (has(body, 'Description')) d.Description = body.Description === null ? null : asString(ed, 'Description', body.Description);
	}
	if (v >= 1.2) {
		if (has(body, 'IsOSSProcedure')) d.IsOSSProcedure = asBool(ed, 'IsOSSProcedure', body.IsOSSProcedure);
		if (has(body, 'OSSProcedureCountryCode')) d.OSSProcedureCountryCode = asString(ed, 'OSSProcedureCountryCode', body.OSSProcedureCountryCode).toUpperCase();
		if (d.IsOSSProcedure && !d.OSSProcedureCountryCode) required(ed, 'OSSProcedureCountryCode');
	}
	if (v >= 1.3 && !isProforma(kind) && has(body, 'PaymentDeadline')) {
		const dl = asDate(ed, 'PaymentDeadline', body.PaymentDeadline);
		d.deadlineExplicit = dl !== null;
		if (dl) d.PaymentDeadline = dl;
	}
	if (v >= 1.4) {
		if (has(body, 'CurrencyCode') && body.CurrencyCode !== null) {
			const cc = asString(ed, 'CurrencyCode', body.CurrencyCode).toUpperCase();
			if (!/^[A-Z]{3}$/.test(cc)) throw badRequest(msg(ed, 'invalid', 'CurrencyCode', cc));
			d.CurrencyCode = cc;
		}
		if (has(body, 'CurrencyRateType') && body.CurrencyRateType !== null) d.CurrencyRateType = asEnum(ed, 'CurrencyRateType', body.CurrencyRateType, [0, 1]);
		if (has(body, 'CurrencyRateDate')) d.CurrencyRateDate = asDate(ed, 'CurrencyRateDate', body.CurrencyRateDate);
		for (const f of ['CurrencyConverter', 'CurrencyRate'] as const) {
			if (has(body, f) && body[f] !== null) {
				const n = asNumber(ed, f, body[f]);
				if (n <= 0) throw badRequest(msg(ed, 'invalid', f, String(n)));
				d[f] = n;
			}
		}
	}
	if (kind === 'corrective' || kind === 'correctiveAdvance') {
		if (has(body, 'CorrectionReasonText')) d.CorrectionReasonText = asString(ed, 'CorrectionReasonText', body.CorrectionReasonText);
	}
	if (has(body, 'Items')) applyItems(ctx, d, body.Items, v, replace);
	if (kind === 'advance' && has(body, 'CurrencyAdvance') && body.CurrencyAdvance !== null) {
		const a = round2(asNumber(ed, 'CurrencyAdvance', body.CurrencyAdvance));
		if (a < 0) throw badRequest(msg(ed, 'invalid', 'CurrencyAdvance', String(a)));
		d.CurrencyAdvance = a;
	}

	if (!d.PurchasingPartyId) required(ed, 'PurchasingPartyId');
	if (!d.PaymentTypeId) required(ed, 'PaymentTypeId');
	if (!d.IssueDate) d.IssueDate = today();
	if (!d.SalesDate) d.SalesDate = d.IssueDate;
	if (!d.deadlineExplicit) {
		// Default due date: issue date plus the payment type's term.
		d.PaymentDeadline = addDays(d.IssueDate, ctx.store.paymentTypes.get(d.PaymentTypeId)?.Deadline ?? 0);
	}
	d.PurchasingParty = snapshot(ctx.store.customers.get(d.PurchasingPartyId));
	d.ReceivingParty = d.ReceivingPartyId === null ? null : snapshot(ctx.store.customers.get(d.ReceivingPartyId));
}

function insert(ctx: Ctx, d: Doc): number {
	d.Id = ctx.store.nextId('doc');
	d.Number = ctx.store.nextNumber(d.kind, d.IssueDate);
	ctx.store.putDoc(d);
	return d.Id;
}

export function getDoc(ctx: Ctx, kind: DocKind, id: number): Doc {
	const d = ctx.store.docs[kind].get(id);
	if (!d) throw notFound(msg(ctx.opts.edition, 'notFound', WHAT[kind], id));
	return d;
}

export function getDocByNumber(ctx: Ctx, kind: DocKind, number: string): Doc {
	const d = ctx.store.findDocByNumber(kind, number);
	if (!d) throw notFound(msg(ctx.opts.edition, 'notFound', WHAT[kind], number));
	return d;
}

function optionalQueryId(ctx: Ctx, query: URLSearchParams, name: string): number | null {
	// Query keys are matched case-insensitively, like ASP.NET model binding does.
	for (const [k, val] of query) if (k.toLowerCase() === name.toLowerCase() && val !== '') return asInt(ctx.opts.edition, name, val);
	return null;
}

function assertBuffer(ctx: Ctx, d: Doc): void {
	if (d.Status === 0) return;
	const key = d.kind === 'proforma' ? 'converted' : 'confirmed';
	throw badRequest(msg(ctx.opts.edition, key, d.Number), ErrorCode.DocumentState);
}

export function createDoc(ctx: Ctx, kind: DocKind, version: string, raw: unknown, query: URLSearchParams): number {
	const ed = ctx.opts.edition;
	const body = requireObject(ed, raw);
	const v = ver(version);
	let d = blankDoc(ctx, kind);

	if (kind === 'corrective' || kind === 'correctiveAdvance') {
		const sourceId = optionalQueryId(ctx, query, 'documentId');
		if (sourceId === null) required(ed, 'documentId');
		const sourceKinds: DocKind[] = kind === 'corrective' ? ['invoice', 'corrective'] : ['advance', 'correctiveAdvance'];
		const source = sourceKinds.map((k) => ctx.store.docs[k].get(sourceId!)).find((x) => x);
		if (!source) return refMissing(ed, 'documentId', sourceId);
		if (source.Status !== 1) throw badRequest(msg(ed, 'notConfirmedSource', source.Number), ErrorCode.DocumentState);
		// A correction starts as a copy of the corrected document (items = values after correction).
		d = {
			...source, kind, Id: 0, Number: '', Status: 0, PaymentId: null, IsFinal: false, CorrectedId: source.Id,
			IssueDate: today(), deadlineExplicit: false, FinalInvoiceId: null,
			Items: source.Items.map((i) => ({ ...i, Id: ctx.store.nextId('item') })),
		};
	} else if (kind === 'advance') {
		const linkedId = optionalQueryId(ctx, query, 'advanceId');
		if (linkedId !== null) {
			const linked = ctx.store.docs.advance.get(linkedId);
			if (!linked) return refMissing(ed, 'advanceId', linkedId);
			if (linked.FinalInvoiceId !== null) throw badRequest(msg(ed, 'alreadyFinalized', linked.Number), ErrorCode.DocumentState);
			d = {
				...linked, Id: 0, Number: '', Status: 0, PaymentId: null, IssueDate: today(), SalesDate: today(), deadlineExplicit: false,
				AdvanceGroupId: linked.AdvanceGroupId ?? linked.Id, CurrencyAdvance: -1,
				Items: linked.Items.map((i) => ({ ...i, Id: ctx.store.nextId('item') })),
			};
		} else d.CurrencyAdvance = -1;
	}

	applyDocInput(ctx, d, body, v, false);
	if (kind === 'advance' && d.CurrencyAdvance < 0) {
		// Default advance: whatever of the order value is not yet covered by linked advances.
		const gross = documentTotals(d.Items, d.InvoiceType).gross;
		const covered = d.AdvanceGroupId === null ? 0
			: [...ctx.store.docs.advance.values()].filter((a) => a.AdvanceGroupId === d.AdvanceGroupId).reduce((s, a) => s + a.CurrencyAdvance, 0);
		d.CurrencyAdvance = round2(Math.max(0, gross - covered));
	}
	const id = insert(ctx, d);
	if (kind === 'advance' && d.AdvanceGroupId === null) d.AdvanceGroupId = id;
	return id;
}

export function updateDoc(ctx: Ctx, kind: DocKind, version: string, raw: unknown): void {
	const ed = ctx.opts.edition;
	const body = requireObject(ed, raw);
	if (!has(body, 'Id')) required(ed, 'Id');
	const cur = getDoc(ctx, kind, asInt(ed, 'Id', body.Id));
	assertBuffer(ctx, cur);
	const v = ver(version);
	const replace = ctx.opts.putSemantics === 'replace';
	const next: Doc = { ...cur, Items: cur.Items.map((i) => ({ ...i })) };
	let eff = body;
	if (replace) {
		eff = { ...writableDefaults(ctx, kind, v) };
		for (const [k, val] of Object.entries(body)) if (val !== undefined) eff[k] = val;
		if (!has(body, 'PaymentDeadline')) next.deadlineExplicit = false;
	}
	applyDocInput(ctx, next, eff, v, replace);
	ctx.store.putDoc(next);
}

export function deleteDoc(ctx: Ctx, kind: DocKind, id: number): void {
	const d = getDoc(ctx, kind, id);
	assertBuffer(ctx, d);
	ctx.store.deleteDoc(d);
}

/** Accepts `{"Id":n}`, `{"IdCollection":[…]}` (also `Ids`), a bare number, or an array of numbers. */
export function idsFromBody(ctx: Ctx, raw: unknown): number[] {
	const ed = ctx.opts.edition;
	let list: unknown[];
	if (typeof raw === 'number' || typeof raw === 'string') list = [raw];
	else if (Array.isArray(raw)) list = raw;
	else if (raw && typeof raw === 'object') {
		const b = raw as Body;
		const coll = b.IdCollection ?? b.Ids ?? b.idCollection ?? b.ids;
		if (Array.isArray(coll)) list = coll;
		else if (has(b, 'Id') || has(b, 'id')) list = [b.Id ?? b.id];
		else return required(ed, 'Id');
	} else return required(ed, 'Id');
	if (list.length === 0) required(ed, 'IdCollection');
	return list.map((x) => asInt(ed, 'Id', typeof x === 'object' && x !== null && 'Id' in x ? (x as Body).Id : x));
}

export function confirmDocs(ctx: Ctx, kind: DocKind, raw: unknown): void {
	const ed = ctx.opts.edition;
	const docs = idsFromBody(ctx, raw).map((id) => getDoc(ctx, kind, id));
	// Validate all first so a failing batch changes nothing.
	for (const d of docs) if (d.Status !== 0) throw badRequest(msg(ed, 'alreadyConfirmed', d.Number), ErrorCode.DocumentState);
	for (const d of docs) {
		const next: Doc = { ...d, Status: 1 };
		if (kind === 'invoice' || kind === 'corrective') next.PaymentId = createIncomePayment(ctx, next);
		ctx.store.putDoc(next);
	}
}

export function deleteManyProformas(ctx: Ctx, raw: unknown): void {
	const docs = idsFromBody(ctx, raw).map((id) => getDoc(ctx, 'proforma', id));
	for (const d of docs) assertBuffer(ctx, d);
	for (const d of docs) ctx.store.deleteDoc(d);
}

/** Converts one advance invoice (or its whole linked chain) into a final invoice and returns it (v1.4 shape). */
export function finalizeAdvance(ctx: Ctx, id: number, query: URLSearchParams): Json {
	const ed = ctx.opts.edition;
	let convertAll = false;
	for (const [k, val] of query) {
		if (k.toLowerCase() !== 'convertall') continue;
		if (!/^(true|false)$/i.test(val)) throw badRequest(msg(ed, 'invalid', 'convertAll', val));
		convertAll = val.toLowerCase() === 'true';
	}
	const adv = getDoc(ctx, 'advance', id);
	const group = convertAll
		? [...ctx.store.docs.advance.values()].filter((a) => a.AdvanceGroupId === adv.AdvanceGroupId && a.FinalInvoiceId === null)
		: [adv];
	for (const a of group) {
		if (a.FinalInvoiceId !== null) throw badRequest(msg(ed, 'alreadyFinalized', a.Number), ErrorCode.DocumentState);
		if (a.Status !== 1) throw badRequest(msg(ed, 'notConfirmedSource', a.Number), ErrorCode.DocumentState);
	}
	const final: Doc = {
		...blankDoc(ctx, 'invoice'),
		PurchasingPartyId: adv.PurchasingPartyId, PurchasingParty: adv.PurchasingParty, ReceivingPartyId: adv.ReceivingPartyId,
		ReceivingParty: adv.ReceivingParty, PaymentTypeId: adv.PaymentTypeId, BankAccountId: adv.BankAccountId,
		InvoiceType: adv.InvoiceType, IsOSSProcedure: adv.IsOSSProcedure, OSSProcedureCountryCode: adv.OSSProcedureCountryCode,
		CurrencyCode: adv.CurrencyCode, CurrencyRate: adv.CurrencyRate, CurrencyConverter: adv.CurrencyConverter,
		CurrencyRateType: adv.CurrencyRateType, CurrencyRateDate: adv.CurrencyRateDate, IsFinal: true,
		Description: adv.Description, IssueDate: today(), SalesDate: today(),
		Items: adv.Items.map((i) => ({ ...i, Id: ctx.store.nextId('item') })),
	};
	final.PaymentDeadline = addDays(final.IssueDate, ctx.store.paymentTypes.get(final.PaymentTypeId)?.Deadline ?? 0);
	const finalId = insert(ctx, final);
	for (const a of group) ctx.store.putDoc({ ...a, FinalInvoiceId: finalId });
	return renderInvoice(ctx, final, '1.4');
}

/** Print: a JSON string holding a PDF data URI. Unknown ids answer 400 with `{Code, Data, Message}`. */
export function printDoc(ctx: Ctx, kind: DocKind, rawId: string, query: URLSearchParams): string {
	const ed = ctx.opts.edition;
	const id = /^\d+$/.test(rawId) ? Number(rawId) : NaN;
	const d = Number.isNaN(id) ? undefined : ctx.store.docs[kind].get(id);
	if (!d) throw printError(msg(ed, 'printDoc', rawId));
	let template = ed === 'de' ? 'Standard' : 'Wydruk standardowy';
	let cp: string | null = null;
	for (const [k, val] of query) if (k.toLowerCase() === 'customprintid' && val !== '') cp = val;
	if (cp !== null) {
		const t = /^\d+$/.test(cp) ? ctx.store.customPrints.get(Number(cp)) : undefined;
		if (!t) throw printError(msg(ed, 'printTemplate', cp));
		template = t.Name;
	}
	const tot = documentTotals(d.Items, kind === 'margin' ? 1 : d.InvoiceType);
	const buyer = ctx.store.customers.get(d.PurchasingPartyId);
	const lang = ed === 'de' ? 'de' : 'pl';
	const lines = [
		`${lang === 'de' ? 'Nummer' : 'Numer'}: ${d.Number}`,
		`${lang === 'de' ? 'Datum' : 'Data wystawienia'}: ${d.IssueDate}`,
		`${lang === 'de' ? 'Kunde' : 'Nabywca'}: ${buyer?.Name ?? d.PurchasingParty?.Name ?? ''} ${buyer?.CustomerTaxNumber ?? ''}`.trim(),
		...d.Items.map((i) => `${i.ProductName} x ${i.Quantity} @ ${i.Price.toFixed(2)} (${i.VatPercent}%)`),
		`Netto: ${tot.net.toFixed(2)}  VAT: ${tot.vat.toFixed(2)}  Brutto: ${tot.gross.toFixed(2)} ${d.CurrencyCode}`,
		`Status: ${d.Status}`,
		`${lang === 'de' ? 'Vorlage' : 'Szablon'}: ${template}`,
	];
	return pdfDataUri(buildPdf(`${TITLES[lang][kind]} ${d.Number}`, lines));
}

