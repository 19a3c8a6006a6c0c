/**
 * Purchase side and payments: purchase invoices and the VAT purchase register (read-only),
 * payment details (v1.4 documented shape, v1.5 live key list) and the status update `PUT v1.4/payments`.
 */
import { formatDate } from '../dates';
import { badRequest, ErrorCode } from '../http';
import { msg } from '../messages';
import type { Ctx } from '../store';
import type { Doc, PartyAddress, PaymentDetail, PurchaseInvoice, VatPurchaseBookEntry } from '../types';
import { documentTotals, round2 } from '../vat';
import { asBool, asEnum, asInt, Body, has, required } from './input';

type Json = Record<string, unknown>;

function emptyAddress(): PartyAddress {
	return { Street: '', HouseNumber: '', ApartmentNumbe: '', ZipCode: '', City: '', Region: '' };
}

/** Called when a sales document is confirmed: the receivable appears in paymentdetails. */
export function createIncomePayment(ctx: Ctx, d: Doc): number {
	const s = ctx.store;
	const buyer = s.customers.get(d.PurchasingPartyId);
	const own = d.BankAccountId === null ? undefined : s.bankAccounts.get(d.BankAccountId);
	const t = documentTotals(d.Items, d.InvoiceType);
	const now = new Date().toISOString();
	const p: PaymentDetail = {
		PaymentId: s.nextId('payment'), PaymentType: 'INCOME', DocumentId: d.Id, DocumentType: d.kind === 'corrective' ? 'CORRECTIVE_INVOICE' : 'SALES_INVOICE',
		DocumentNumber: d.Number, CorrectedDocumentId: d.CorrectedId, CorrectedDocumentType: d.CorrectedId ? 'SALES_INVOICE' : null,
		CorrectionReason: d.CorrectedId ? d.CorrectionReasonText : null, CreationDate: now, UpdateDate: now,
		IssueDate: d.IssueDate, DueDate: d.PaymentDeadline,
		SenderTaxId: buyer?.CustomerTaxNumber ?? '', SenderName: buyer?.Name ?? '',
		SenderAddress: buyer ? { Street: buyer.Address.Street, HouseNumber: buyer.Address.BuildingNumber, ApartmentNumbe: buyer.Address.FlatNumber, ZipCode: buyer.Address.PostalCode, City: buyer.Address.City, Region: '' } : emptyAddress(),
		SenderAccountNumber: buyer?.BankAccountNumber ?? '',
		RecipientTaxId: ownTaxId(ctx), RecipientName: ownName(ctx), RecipientAddress: ownAddress(ctx),
		RecipientAccountNumber: own ? withCountryPrefix(ctx, own.AccountNumber) : '',
		Amount: t.gross, VatAmount: t.vat, Balance: d.PaymentStatus === 1 ? 0 : t.gross, SplitPayment: false, CashAccounting: false,
		PaymentStatus: d.PaymentStatus === 1 ? 1 : 0, Currency: d.CurrencyCode, ExchangeRate: d.CurrencyRate,
		Title: d.Number, ExportStatus: 0,
	};
	s.paymentDetails.set(p.PaymentId, p);
	return p.PaymentId;
}

/** The sandbox tenant's own company (payee of INCOME payments). */
export function ownName(ctx: Ctx): string {
	return ctx.opts.edition === 'de' ? 'Sandbox Handels GmbH' : 'Sandbox Handel Sp. z o.o.';
}
export function ownTaxId(ctx: Ctx): string {
	return ctx.opts.edition === 'de' ? 'DE811907980' : '5260250995';
}
export function ownAddress(ctx: Ctx): PartyAddress {
	return ctx.opts.edition === 'de'
		? { Street: 'Hauptstraße', HouseNumber: '12', ApartmentNumbe: '', ZipCode: '10115', City: 'Berlin', Region: 'Berlin' }
		: { Street: 'ul. Marszałkowska', HouseNumber: '84', ApartmentNumbe: '5', ZipCode: '00-514', City: 'Warszawa', Region: 'mazowieckie' };
}
export function withCountryPrefix(ctx: Ctx, account: string): string {
	return /^[A-Z]{2}/.test(account) ? account : `${ctx.opts.edition === 'de' ? 'DE' : 'PL'}${account}`;
}

export function renderPaymentDetail(p: PaymentDetail, version: string): Json {
	if (version === '1.5') {
		// Live key list of v1.5 (alphabetical, as observed).
		return {
			Amount: p.Amount, Balance: p.Balance, CashAccounting: p.CashAccounting, CreationDate: p.CreationDate, Currency: p.Currency,
			DocumentId: p.DocumentId, DocumentNumber: p.DocumentNumber, DocumentType: p.DocumentType, DueDate: formatDate(p.DueDate),
			ExchangeRate: p.ExchangeRate, ExportStatus: p.ExportStatus, IssueDate: formatDate(p.IssueDate), Payable: isPayable(p),
			PaymentDirection: p.PaymentType === 'INCOME' ? 'IN' : 'OUT', PaymentId: p.PaymentId, PaymentStatus: p.PaymentStatus,
			PaymentType: p.PaymentType, RecipientAccountNumber: p.RecipientAccountNumber, RecipientAddress: p.RecipientAddress,
			RecipientName: p.RecipientName, RecipientTaxId: p.RecipientTaxId, SenderAccountNumber: p.SenderAccountNumber,
			SenderAddress: p.SenderAddress, SenderName: p.SenderName, SenderTaxId: p.SenderTaxId, SplitPayment: p.SplitPayment,
			Title: p.Title, UpdateDate: p.UpdateDate, VatAmount: p.VatAmount,
		};
	}
	return {
		PaymentId: p.PaymentId, PaymentType: p.PaymentType, DocumentNumber: p.DocumentNumber, CorrectedDocumentId: p.CorrectedDocumentId,
		CorrectedDocumentType: p.CorrectedDocumentType, CorrectionReason: p.CorrectionReason, CreationDate: p.CreationDate,
		UpdateDate: p.UpdateDate, IssueDate: formatDate(p.IssueDate), DueDate: formatDate(p.DueDate), SenderTaxId: p.SenderTaxId,
		SenderName: p.SenderName, SenderAddress: p.SenderAddress, RecipientTaxId: p.RecipientTaxId, RecipientName: p.RecipientName,
		RecipientAddress: p.RecipientAddress, RecipientAccountNumber: p.RecipientAccountNumber, Amount: p.Amount, VatAmount: p.VatAmount,
		SplitPayment: p.SplitPayment, Payable: isPayable(p), Currency: p.Currency,
	};
}

/** Payable = not settled or partially settled (status 0/2); settled (1) and cancelled (3) are not. */
function isPayable(p: PaymentDetail): boolean {
	return p.PaymentStatus === 0 || p.PaymentStatus === 2;
}

/**
 * `PUT v1.4/payments`. Body shape is undocumented; accepted: one object or an array of objects (also
 * wrapped as `{Payments:[…]}`), each with `PaymentId` and either `Payable` (bool) or `PaymentStatus`
 * (0 unpaid, 1 settled, 2 partially settled, 3 cancelled). Linked sales documents follow the status.
 */
export function updatePayments(ctx: Ctx, raw: unknown): void {
	const ed = ctx.opts.edition;
	let list: unknown[];
	if (Array.isArray(raw)) list = raw;
	else if (raw && typeof raw === 'object' && Array.isArray((raw as Body).Payments)) list = (raw as Body).Payments as unknown[];
	else if (raw && typeof raw === 'object') list = [raw];
	else throw badRequest(msg(ed, 'badBody'));
	if (list.length === 0) required(ed, 'PaymentId');
	const changes = list.map((entry) => {
		if (!entry || typeof entry !== 'object') throw badRequest(msg(ed, 'badBody'));
		const b = entry as Body;
		if (!has(b, 'PaymentId')) required(ed, 'PaymentId');
		const id = asInt(ed, 'PaymentId', b.PaymentId);
		const p = ctx.store.paymentDetails.get(id);
		if (!p) throw badRequest(msg(ed, 'refMissing', 'PaymentId', id), ErrorCode.Reference);
		let status: number;
		if (has(b, 'PaymentStatus') && b.PaymentStatus !== null) status = asEnum(ed, 'PaymentStatus', b.PaymentStatus, [0, 1, 2, 3]);
		else if (has(b, 'Payable') && b.Payable !== null) status = asBool(ed, 'Payable', b.Payable) ? 0 : 1;
		else return required(ed, 'Payable');
		return { p, status };
	});
	for (const { p, status } of changes) {
		const next: PaymentDetail = { ...p, PaymentStatus: status, Balance: status === 1 || status === 3 ? 0 : p.Amount, UpdateDate: new Date().toISOString() };
		ctx.store.paymentDetails.set(p.PaymentId, next);
		if (p.DocumentId !== null) {
			for (const kind of ['invoice', 'corrective'] as const) {
				const d = ctx.store.docs[kind].get(p.DocumentId);
				if (d && status <= 2) ctx.store.putDoc({ ...d, PaymentStatus: status });
			}
		}
	}
}

export function renderPurchaseInvoice(ctx: Ctx, p: PurchaseInvoice): Json {
	const t = documentTotals(p.Items, p.InvoiceType);
	const own = p.BankAccountId === null ? undefined : ctx.store.bankAccounts.get(p.BankAccountId);
	return {
		PaymentStatus: p.PaymentStatus, SellingPartyId: p.SellingPartyId, ReceivingPartyId: p.ReceivingPartyId,
		PaymentTypeId: p.PaymentTypeId, PaymentType: ctx.store.paymentTypes.get(p.PaymentTypeId)?.Type ?? null,
		PaymentDeadline: formatDate(p.PaymentDeadline), SellingPartyBankAccountNumber: p.SellingPartyBankAccountNumber,
		SellingPartyBankAccountName: p.SellingPartyBankAccountName, BankAccountId: p.BankAccountId,
		BankAccountNumber: own?.AccountNumber ?? null, PurchaseDate: formatDate(p.PurchaseDate), InvoiceType: p.InvoiceType,
		NetTotal: t.net, CurrencyNetTotal: t.net, GrossTotal: t.gross, CurrencyGrossTotal: t.gross, VatTotal: t.vat, CurrencyVatTotal: t.vat,
		CurrencyCode: p.CurrencyCode, CurrencyRateType: 0, CurrencyRateDate: null, CurrencyConverter: 1, CurrencyRate: 1,
		Items: p.Items.map((i) => ({
			ProductId: i.ProductId, Quantity: i.Quantity, ProductCurrencyPrice: i.Price, ProductPrice: i.Price, ProductName: i.ProductName,
			ProductDescription: i.ProductDescription, UnitOfMeasurement: i.UnitOfMeasurement, VatRateId: i.VatRateId, Id: i.Id,
		})),
		Description: p.Description, IssueDate: formatDate(p.IssueDate), Number: p.Number, Id: p.Id,
	};
}

export function renderVatPurchaseBook(ctx: Ctx, e: VatPurchaseBookEntry): Json {
	const own = e.BankAccountId === null ? undefined : ctx.store.bankAccounts.get(e.BankAccountId);
	const gross = round2(e.NetTotal + e.VatTotal);
	return {
		PaymentStatus: e.PaymentStatus, CustomerId: e.CustomerId, PaymentTypeId: e.PaymentTypeId,
		PaymentType: ctx.store.paymentTypes.get(e.PaymentTypeId)?.Type ?? null, PaymentDeadline: formatDate(e.PaymentDeadline),
		CustomerBankAccountNumber: e.CustomerBankAccountNumber, CustomerBankAccountName: e.CustomerBankAccountName,
		BankAccountId: e.BankAccountId, BankAccountNumber: own?.AccountNumber ?? null, PurchaseDate: formatDate(e.PurchaseDate),
		NetTotal: e.NetTotal, CurrencyNetTotal: e.NetTotal, GrossTotal: gross, CurrencyGrossTotal: gross, VatTotal: e.VatTotal,
		CurrencyVatTotal: e.VatTotal, CurrencyCode: e.CurrencyCode, CurrencyRateType: 0, CurrencyRateDate: null, CurrencyConverter: 1,
		CurrencyRate: 1, Description: e.Description, IssueDate: formatDate(e.IssueDate), ReceiptDate: formatDate(e.ReceiptDate),
		Number: e.Number, Correction: e.Correction, CorrectedDocumentNumber: e.CorrectedDocumentNumber, InternalDocument: e.InternalDocument,
		IncludedInJPKV7: e.IncludedInJPKV7, VATDeclatationDate: formatDate(e.VATDeclatationDate), IncludedInVATUE: e.IncludedInVATUE,
		VATUEDeclarationDate: formatDate(e.VATUEDeclarationDate), Id: e.Id,
		Items: [{ VatRateId: e.VatRateId, NetValue: e.NetTotal, VatValue: e.VatTotal, GrossValue: gross }],
	};
}

