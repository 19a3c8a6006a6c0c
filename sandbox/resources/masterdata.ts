/**
 * Master data: products, customers (v1.0 and v1.2 views), payment types, bank accounts, print
 * templates and the OSS dictionaries. Create/update share one "apply" function per resource so
 * merge and replace PUT semantics and the create rules cannot drift apart.
 */
import { badRequest, ErrorCode, notFound } from '../http';
import { msg } from '../messages';
import type { Ctx } from '../store';
import type { Address, BankAccount, Customer, PaymentType, Product } from '../types';
import { grossFromNet, isRateKey, netFromGross, ratePercent, round2 } from '../vat';
import { asBool, asEnum, asInt, asNumber, asString, Body, has, required, requireObject } from './input';

type Json = Record<string, unknown>;

/** For replace semantics: fill every writable property the body omits with its default. */
function withDefaults(ctx: Ctx, body: Body, defaults: Body): Body {
	if (ctx.opts.putSemantics !== 'replace') return body;
	const out: Body = { ...defaults };
	for (const [k, v] of Object.entries(body)) if (v !== undefined) out[k] = v;
	return out;
}

function existing<T>(ctx: Ctx, map: Map<number, T>, body: Body, what: string): T {
	if (!has(body, 'Id')) required(ctx.opts.edition, 'Id');
	const id = asInt(ctx.opts.edition, 'Id', body.Id);
	const rec = map.get(id);
	if (!rec) throw notFound(msg(ctx.opts.edition, 'notFound', what, id));
	return rec;
}

export function getOr404<T>(ctx: Ctx, map: Map<number, T>, id: number, what: string): T {
	const rec = map.get(id);
	if (!rec) throw notFound(msg(ctx.opts.edition, 'notFound', what, id));
	return rec;
}

function refuseIfReferenced(ctx: Ctx, field: 'customer' | 'product' | 'paymentType' | 'bankAccount', id: number, what: string): void {
	if (ctx.store.isReferenced(field, id)) throw badRequest(msg(ctx.opts.edition, 'inUse', what, id), ErrorCode.DocumentState);
}

// ---------------------------------------------------------------- products

export function renderProduct(ctx: Ctx, p: Product): Json {
	const out: Json = {
		Name: p.Name,
		Description: p.Description,
	};
	// ItemCode (PKWiU) is a Polish classification; the German table does not list it.
	if (ctx.opts.edition !== 'de') out.ItemCode = p.ItemCode;
	Object.assign(out, {
		ProductCode: p.ProductCode,
		UnitOfMeasurment: p.UnitOfMeasurment,
		Rate: p.Rate,
		SaleNetPrice: p.SaleNetPrice,
		SaleGrossPrice: p.SaleGrossPrice,
		Quantity: p.Quantity,
		ProductType: p.ProductType,
		Id: p.Id,
	});
	return out;
}

function applyProduct(ctx: Ctx, p: Product, body: Body, isCreate: boolean): void {
	const ed = ctx.opts.edition;
	if (has(body, 'Name')) p.Name = asString(ed, 'Name', body.Name);
	if (has(body, 'Description')) p.Description = asString(ed, 'Description', body.Description);
	if (has(body, 'ItemCode')) p.ItemCode = asString(ed, 'ItemCode', body.ItemCode);
	if (has(body, 'ProductCode') && body.ProductCode !== null && body.ProductCode !== '') {
		const code = asString(ed, 'ProductCode', body.ProductCode);
		for (const other of ctx.store.products.values()) {
			if (other.ProductCode === code && other.Id !== p.Id) throw badRequest(msg(ed, 'duplicate', 'ProductCode', code));
		}
		p.ProductCode = code;
	}
	// The request table spells it UnitOfMeasurement, responses spell it UnitOfMeasurment: accept both.
	const unit = has(body, 'UnitOfMeasurement') ? body.UnitOfMeasurement : body.UnitOfMeasurment;
	if (unit !== undefined) p.UnitOfMeasurment = asString(ed, 'UnitOfMeasurement', unit);
	if (has(body, 'Rate') && body.Rate !== null) {
		const r = asInt(ed, 'Rate', body.Rate);
		if (!isRateKey(ed, r)) throw badRequest(msg(ed, 'invalid', 'Rate', String(r)));
		p.Rate = r;
	}
	if (has(body, 'ProductType') && body.ProductType !== null) p.ProductType = asEnum(ed, 'ProductType', body.ProductType, [0, 1, 2]);

	if (!p.Name.trim()) required(ed, 'Name');
	if (!p.UnitOfMeasurment.trim()) required(ed, 'UnitOfMeasurement');
	if (p.Rate < 0) required(ed, 'Rate');

	// Net wins when both are sent (the German doc says gross is then recomputed from net).
	const pct = ratePercent(ed, p.Rate);
	const net = has(body, 'SaleNetPrice') && body.SaleNetPrice !== null ? round2(asNumber(ed, 'SaleNetPrice', body.SaleNetPrice)) : null;
	const gross = has(body, 'SaleGrossPrice') && body.SaleGrossPrice !== null ? round2(asNumber(ed, 'SaleGrossPrice', body.SaleGrossPrice)) : null;
	if (net !== null) {
		p.SaleNetPrice = net;
		p.SaleGrossPrice = grossFromNet(net, pct);
	} else if (gross !== null) {
		p.SaleGrossPrice = gross;
		p.SaleNetPrice = netFromGross(gross, pct);
	} else {
		// Rate may have changed: keep net, recompute gross.
		p.SaleGrossPrice = grossFromNet(p.SaleNetPrice, pct);
	}
	if (isCreate && !p.ProductCode) p.ProductCode = ctx.store.nextProductCode();
}

const PRODUCT_DEFAULTS: Body = { Name: '', Description: '', ItemCode: '', UnitOfMeasurement: '', Rate: null, ProductType: 0 };

export function createProduct(ctx: Ctx, raw: unknown): number {
	const body = requireObject(ctx.opts.edition, raw);
	const p: Product = {
		Id: 0, Name: '', Description: '', ItemCode: '', ProductCode: '', UnitOfMeasurment: '', Rate: -1,
		SaleNetPrice: 0, SaleGrossPrice: 0, Quantity: 0, ProductType: 0,
	};
	applyProduct(ctx, p, body, true);
	p.Id = ctx.store.nextId('product');
	ctx.store.products.set(p.Id, p);
	return p.Id;
}

export function updateProduct(ctx: Ctx, raw: unknown): void {
	const body = requireObject(ctx.opts.edition, raw);
	const cur = existing(ctx, ctx.store.products, body, 'Product');
	const next = { ...cur };
	let eff = withDefaults(ctx, body, PRODUCT_DEFAULTS);
	if (ctx.opts.putSemantics === 'replace') {
		Object.assign(next, { Rate: -1, SaleNetPrice: 0, SaleGrossPrice: 0 });
		// The misspelled response key counts as the unit too.
		if (has(body, 'UnitOfMeasurment')) eff = { ...eff, UnitOfMeasurement: body.UnitOfMeasurment };
	}
	applyProduct(ctx, next, eff, false);
	ctx.store.products.set(next.Id, next);
}

export function deleteProduct(ctx: Ctx, id: number): void {
	getOr404(ctx, ctx.store.products, id, 'Product');
	refuseIfReferenced(ctx, 'product', id, 'Product');
	ctx.store.products.delete(id);
}

// ---------------------------------------------------------------- customers

function renderAddress(a: Address): Json {
	return { Street: a.Street, BuildingNumber: a.BuildingNumber, FlatNumber: a.FlatNumber, PostalCode: a.PostalCode, City: a.City, Id: a.Id };
}

/** v1.0 (unversioned; the German API adds CustomerKind) and v1.2 shapes. */
export function renderCustomer(ctx: Ctx, c: Customer, version: string): Json {
	if (version === '1.2') {
		return {
			Name: c.Name, CountryCode: c.CountryCode, CustomerTaxNumber: c.CustomerTaxNumber, CustomerCode: c.CustomerCode,
			Mail: c.Mail, PhoneNumber: c.PhoneNumber, CustomerType: c.CustomerType, Address: renderAddress(c.Address),
			CustomerStatus: c.CustomerStatus, RepresentativeFirstName: c.RepresentativeFirstName,
			RepresentativeLastName: c.RepresentativeLastName, Id: c.Id,
		};
	}
	const out: Json = {
		Name: c.Name, CustomerTaxNumber: c.CustomerTaxNumber, CustomerCode: c.CustomerCode, Mail: c.Mail,
		PhoneNumber: c.PhoneNumber, CustomerType: c.CustomerType,
	};
	if (ctx.opts.edition === 'de') out.CustomerKind = c.CustomerKind;
	out.Address = renderAddress(c.Address);
	out.Id = c.Id;
	return out;
}

const ADDRESS_KEYS = ['Street', 'BuildingNumber', 'FlatNumber', 'PostalCode', 'City'] as const;

function applyCustomer(ctx: Ctx, c: Customer, body: Body, version: string, isCreate: boolean): void {
	const ed = ctx.opts.edition;
	for (const k of ['Name', 'CustomerTaxNumber', 'Mail', 'PhoneNumber'] as const) {
		if (has(body, k)) c[k] = asString(ed, k, body[k]);
	}
	if (has(body, 'CustomerCode') && body.CustomerCode !== null && body.CustomerCode !== '') {
		const code = asString(ed, 'CustomerCode', body.CustomerCode);
		for (const other of ctx.store.customers.values()) {
			if (other.CustomerCode === code && other.Id !== c.Id) throw badRequest(msg(ed, 'duplicate', 'CustomerCode', code));
		}
		c.CustomerCode = code;
	}
	if (has(body, 'CustomerType') && body.CustomerType !== null) c.CustomerType = asEnum(ed, 'CustomerType', body.CustomerType, [0, 1]);
	if (ed === 'de' && has(body, 'CustomerKind') && body.CustomerKind !== null) {
		c.CustomerKind = asEnum(ed, 'CustomerKind', body.CustomerKind, [1, 2, 3]);
	}
	if (version === '1.2') {
		if (has(body, 'CountryCode')) c.CountryCode = asString(ed, 'CountryCode', body.CountryCode).toUpperCase();
		if (has(body, 'CustomerStatus') && body.CustomerStatus !== null) {
			c.CustomerStatus = asEnum(ed, 'CustomerStatus', body.CustomerStatus, [0, 1, 2, 3, 10]);
		}
		for (const k of ['RepresentativeFirstName', 'RepresentativeLastName'] as const) {
			if (has(body, k)) c[k] = asString(ed, k, body[k]);
		}
		if ([1, 3, 10].includes(c.CustomerStatus) && !c.CountryCode) throw badRequest(msg(ed, 'countryCode'));
	}
	if (has(body, 'Address')) {
		const a = body.Address;
		if (a === null) {
			for (const k of ADDRESS_KEYS) c.Address[k] = '';
		} else {
			const addr = requireObject(ed, a);
			for (const k of ADDRESS_KEYS) if (has(addr, k)) c.Address[k] = asString(ed, `Address.${k}`, addr[k]);
		}
	}
	if (!c.Name.trim()) required(ed, 'Name');
	if (isCreate && !c.CustomerCode) c.CustomerCode = ctx.store.nextCustomerCode();
}

function customerDefaults(version: string): Body {
	const d: Body = { Name: '', CustomerTaxNumber: '', Mail: '', PhoneNumber: '', CustomerType: 1, CustomerKind: 1, Address: null };
	if (version === '1.2') Object.assign(d, { CountryCode: '', CustomerStatus: 0, RepresentativeFirstName: '', RepresentativeLastName: '' });
	return d;
}

export function createCustomer(ctx: Ctx, raw: unknown, version: string): number {
	const body = requireObject(ctx.opts.edition, raw);
	const c: Customer = {
		Id: 0, Name: '', CountryCode: ctx.opts.edition === 'de' ? 'DE' : '', CustomerTaxNumber: '', CustomerCode: '', Mail: '',
		PhoneNumber: '', CustomerType: 1, CustomerKind: 1, CustomerStatus: 0, RepresentativeFirstName: '',
		RepresentativeLastName: '', BankName: '', BankAccountNumber: '',
		Address: { Id: 0, Street: '', BuildingNumber: '', FlatNumber: '', PostalCode: '', City: '' },
	};
	applyCustomer(ctx, c, body, version, true);
	c.Id = ctx.store.nextId('customer');
	c.Address.Id = ctx.store.nextId('address');
	ctx.store.customers.set(c.Id, c);
	return c.Id;
}

export function updateCustomer(ctx: Ctx, raw: unknown, version: string): void {
	const body = requireObject(ctx.opts.edition, raw);
	const cur = existing(ctx, ctx.store.customers, body, 'Customer');
	const next: Customer = { ...cur, Address: { ...cur.Address } };
	applyCustomer(ctx, next, withDefaults(ctx, body, customerDefaults(version)), version, false);
	ctx.store.customers.set(next.Id, next);
}

export function deleteCustomer(ctx: Ctx, id: number): void {
	getOr404(ctx, ctx.store.customers, id, 'Customer');
	refuseIfReferenced(ctx, 'customer', id, 'Customer');
	ctx.store.customers.delete(id);
}

/** Tax-number lookup: digits compared without separators or country prefix. */
export function findCustomerByNip(ctx: Ctx, nip: string): Customer {
	const want = nip.replace(/[^0-9A-Za-z]/g, '').replace(/^[A-Za-z]{2}/, '');
	for (const c of ctx.store.customers.values()) {
		const have = c.CustomerTaxNumber.replace(/[^0-9A-Za-z]/g, '').replace(/^[A-Za-z]{2}/, '');
		if (have && have === want) return c;
	}
	throw notFound(msg(ctx.opts.edition, 'notFound', 'NIP', nip));
}

// ---------------------------------------------------------------- payment types

export function renderPaymentType(p: PaymentType): Json {
	return { Name: p.Name, Primary: p.Primary, Deadline: p.Deadline, Type: p.Type, Id: p.Id };
}

function applyPaymentType(ctx: Ctx, p: PaymentType, body: Body): void {
	const ed = ctx.opts.edition;
	if (has(body, 'Name')) p.Name = asString(ed, 'Name', body.Name);
	if (has(body, 'Primary')) p.Primary = asBool(ed, 'Primary', body.Primary);
	if (has(body, 'Deadline') && body.Deadline !== null) {
		const d = body.Deadline;
		if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 366) throw badRequest(msg(ed, 'deadline'));
		p.Deadline = d;
	}
	if (has(body, 'Type') && body.Type !== null) p.Type = asEnum(ed, 'Type', body.Type, [0, 1, 2]);
	if (!p.Name.trim()) required(ed, 'Name');
	if (p.Deadline < 0) required(ed, 'Deadline');
	if (p.Type < 0) required(ed, 'Type');
}

/** Only one record can be the default one. */
function demoteOthers<T extends { Id: number; Primary: boolean }>(map: Map<number, T>, keep: T): void {
	if (!keep.Primary) return;
	for (const o of map.values()) if (o.Id !== keep.Id && o.Primary) map.set(o.Id, { ...o, Primary: false });
}

export function createPaymentType(ctx: Ctx, raw: unknown): number {
	const body = requireObject(ctx.opts.edition, raw);
	const p: PaymentType = { Id: 0, Name: '', Primary: false, Deadline: -1, Type: -1 };
	applyPaymentType(ctx, p, body);
	p.Id = ctx.store.nextId('paymentType');
	ctx.store.paymentTypes.set(p.Id, p);
	demoteOthers(ctx.store.paymentTypes, p);
	return p.Id;
}

export function updatePaymentType(ctx: Ctx, raw: unknown): void {
	const body = requireObject(ctx.opts.edition, raw);
	const cur = existing(ctx, ctx.store.paymentTypes, body, 'PaymentType');
	const next = { ...cur };
	if (ctx.opts.putSemantics === 'replace') Object.assign(next, { Name: '', Primary: false, Deadline: -1, Type: -1 });
	applyPaymentType(ctx, next, body);
	ctx.store.paymentTypes.set(next.Id, next);
	demoteOthers(ctx.store.paymentTypes, next);
}

export function deletePaymentType(ctx: Ctx, id: number): void {
	getOr404(ctx, ctx.store.paymentTypes, id, 'PaymentType');
	refuseIfReferenced(ctx, 'paymentType', id, 'PaymentType');
	ctx.store.paymentTypes.delete(id);
}

// ---------------------------------------------------------------- bank accounts

export function renderBankAccount(b: BankAccount): Json {
	return { AccountNumber: b.AccountNumber, BankName: b.BankName, Symbol: b.Symbol, ReportingPeriod: b.ReportingPeriod, Primary: b.Primary, Id: b.Id };
}

function applyBankAccount(ctx: Ctx, b: BankAccount, body: Body): void {
	const ed = ctx.opts.edition;
	if (has(body, 'AccountNumber')) b.AccountNumber = asString(ed, 'AccountNumber', body.AccountNumber).replace(/\s+/g, '');
	if (has(body, 'BankName')) b.BankName = asString(ed, 'BankName', body.BankName);
	if (has(body, 'Symbol')) b.Symbol = asString(ed, 'Symbol', body.Symbol);
	if (has(body, 'ReportingPeriod')) b.ReportingPeriod = body.ReportingPeriod === null ? null : asEnum(ed, 'ReportingPeriod', body.ReportingPeriod, [1, 2, 3, 4]);
	if (has(body, 'Primary')) b.Primary = asBool(ed, 'Primary', body.Primary);
	if (!b.AccountNumber) required(ed, 'AccountNumber');
	if (!b.Symbol.trim()) required(ed, 'Symbol');
	if (b.ReportingPeriod === null) required(ed, 'ReportingPeriod');
}

export function createBankAccount(ctx: Ctx, raw: unknown): number {
	const body = requireObject(ctx.opts.edition, raw);
	const b: BankAccount = { Id: 0, AccountNumber: '', BankName: '', Symbol: '', ReportingPeriod: null, Primary: false };
	applyBankAccount(ctx, b, body);
	b.Id = ctx.store.nextId('bankAccount');
	ctx.store.bankAccounts.set(b.Id, b);
	demoteOthers(ctx.store.bankAccounts, b);
	return b.Id;
}

export function updateBankAccount(ctx: Ctx, raw: unknown): void {
	const body = requireObject(ctx.opts.edition, raw);
	const cur = existing(ctx, ctx.store.bankAccounts, body, 'BankAccount');
	const next = { ...cur };
	if (ctx.opts.putSemantics === 'replace') Object.assign(next, { AccountNumber: '', BankName: '', Symbol: '', ReportingPeriod: null, Primary: false });
	applyBankAccount(ctx, next, body);
	ctx.store.bankAccounts.set(next.Id, next);
	demoteOthers(ctx.store.bankAccounts, next);
}

export function deleteBankAccount(ctx: Ctx, id: number): void {
	getOr404(ctx, ctx.store.bankAccounts, id, 'BankAccount');
	refuseIfReferenced(ctx, 'bankAccount', id, 'BankAccount');
	ctx.store.bankAccounts.delete(id);
}

// ---------------------------------------------------------------- print templates, OSS dictionaries

export function renderCustomPrint(p: { Name: string; Language: string; Type: number; Id: number }): Json {
	return { Name: p.Name, Language: p.Language, Type: p.Type, Id: p.Id };
}

export const EU_COUNTRIES = [
	'PL', 'AT', 'BE', 'BG', 'CY', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'EL', 'ES', 'NL', 'IE', 'LT', 'LV', 'LU', 'MT', 'DE',
	'PT', 'RO', 'SK', 'SI', 'SE', 'HU', 'IT', 'XI',
];
