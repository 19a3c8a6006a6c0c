/**
 * The in-memory data store: one map per record type (id → record, insertion order = id order),
 * a number → id index per document kind, and the id / number / code counters.
 * Every API version is a view over these canonical records.
 */
import type {
	BankAccount, Customer, CustomPrint, Doc, DocKind, Edition, PaymentDetail, PaymentType, Product,
	PurchaseInvoice, RuntimeOptions, VatPurchaseBookEntry, VatRate,
} from './types';

export const DOC_KINDS: DocKind[] = ['invoice', 'proforma', 'advance', 'corrective', 'correctiveAdvance', 'margin'];

/** Number prefixes per document kind (only FS and PF are documented). */
export const NUMBER_PREFIX: Record<DocKind, string> = {
	invoice: 'FS',
	proforma: 'PF',
	advance: 'FZAL',
	corrective: 'KOR',
	correctiveAdvance: 'KZAL',
	margin: 'FM',
};

type Sequence = 'product' | 'customer' | 'address' | 'paymentType' | 'bankAccount' | 'doc' | 'item' | 'customPrint' | 'payment' | 'purchase';

/** Id bases chosen to look like the documented ids (10951199, 529611, 10260089, 2760795, …). */
const ID_BASE: Record<Sequence, number> = {
	product: 10951199,
	customer: 529611,
	address: 529657,
	paymentType: 10260089,
	bankAccount: 2015301,
	doc: 2760795,
	item: 4463601,
	customPrint: 80541,
	payment: 7300101,
	purchase: 3100201,
};

export class Store {
	readonly products = new Map<number, Product>();
	readonly customers = new Map<number, Customer>();
	readonly paymentTypes = new Map<number, PaymentType>();
	readonly bankAccounts = new Map<number, BankAccount>();
	readonly customPrints = new Map<number, CustomPrint>();
	vatRates: VatRate[] = [];
	readonly docs: Record<DocKind, Map<number, Doc>> = {
		invoice: new Map(), proforma: new Map(), advance: new Map(), corrective: new Map(), correctiveAdvance: new Map(), margin: new Map(),
	};
	readonly numberIndex: Record<DocKind, Map<string, number>> = {
		invoice: new Map(), proforma: new Map(), advance: new Map(), corrective: new Map(), correctiveAdvance: new Map(), margin: new Map(),
	};
	readonly purchaseInvoices = new Map<number, PurchaseInvoice>();
	readonly vatPurchaseBooks = new Map<number, VatPurchaseBookEntry>();
	readonly paymentDetails = new Map<number, PaymentDetail>();

	private readonly seq = new Map<Sequence, number>();
	private readonly numberCounters = new Map<string, number>();
	private productCodeCounter = 0;
	private customerCodeCounter = 0;

	constructor(readonly edition: Edition) {}

	nextId(kind: Sequence): number {
		const n = this.seq.get(kind) ?? ID_BASE[kind];
		this.seq.set(kind, n + 1);
		return n;
	}

	/** `FS/24/6/1`: prefix / two-digit year / month without padding / running number within the month. */
	nextNumber(kind: DocKind, issueDate: string): string {
		const yy = issueDate.slice(2, 4);
		const m = String(Number(issueDate.slice(5, 7)));
		const key = `${NUMBER_PREFIX[kind]}/${yy}/${m}`;
		let n = (this.numberCounters.get(key) ?? 0) + 1;
		while (this.numberIndex[kind].has(`${key}/${n}`)) n++;
		this.numberCounters.set(key, n);
		return `${key}/${n}`;
	}

	nextProductCode(): string {
		const taken = new Set([...this.products.values()].map((p) => p.ProductCode));
		let code: string;
		do code = `P/${String(++this.productCodeCounter).padStart(6, '0')}`;
		while (taken.has(code));
		return code;
	}

	nextCustomerCode(): string {
		const taken = new Set([...this.customers.values()].map((c) => c.CustomerCode));
		let code: string;
		do code = `K/${String(++this.customerCodeCounter).padStart(6, '0')}`;
		while (taken.has(code));
		return code;
	}

	putDoc(doc: Doc): void {
		this.docs[doc.kind].set(doc.Id, doc);
		this.numberIndex[doc.kind].set(doc.Number, doc.Id);
	}

	deleteDoc(doc: Doc): void {
		this.docs[doc.kind].delete(doc.Id);
		this.numberIndex[doc.kind].delete(doc.Number);
	}

	findDocByNumber(kind: DocKind, number: string): Doc | undefined {
		const id = this.numberIndex[kind].get(number);
		return id === undefined ? undefined : this.docs[kind].get(id);
	}

	/** Whether any sales or purchase document references the record (used to refuse deletes). */
	isReferenced(field: 'customer' | 'product' | 'paymentType' | 'bankAccount', id: number): boolean {
		for (const kind of DOC_KINDS) {
			for (const d of this.docs[kind].values()) {
				if (field === 'customer' && (d.PurchasingPartyId === id || d.ReceivingPartyId === id)) return true;
				if (field === 'paymentType' && d.PaymentTypeId === id) return true;
				if (field === 'bankAccount' && d.BankAccountId === id) return true;
				if (field === 'product' && d.Items.some((i) => i.ProductId === id)) return true;
			}
		}
		for (const p of this.purchaseInvoices.values()) {
			if (field === 'customer' && p.SellingPartyId === id) return true;
			if (field === 'product' && p.Items.some((i) => i.ProductId === id)) return true;
		}
		return false;
	}

	/** Counts per collection, for the admin state summary. */
	summary(): Record<string, number> {
		return {
			products: this.products.size,
			customers: this.customers.size,
			paymentTypes: this.paymentTypes.size,
			bankAccounts: this.bankAccounts.size,
			customPrints: this.customPrints.size,
			vatRates: this.vatRates.length,
			invoices: this.docs.invoice.size,
			proformas: this.docs.proforma.size,
			advanceInvoices: this.docs.advance.size,
			correctiveInvoices: this.docs.corrective.size,
			correctiveAdvanceInvoices: this.docs.correctiveAdvance.size,
			marginInvoices: this.docs.margin.size,
			purchaseInvoices: this.purchaseInvoices.size,
			vatPurchaseBooks: this.vatPurchaseBooks.size,
			paymentDetails: this.paymentDetails.size,
		};
	}

	dump(): Record<string, unknown> {
		const vals = <T>(m: Map<number, T>): T[] => [...m.values()];
		return {
			edition: this.edition,
			summary: this.summary(),
			products: vals(this.products),
			customers: vals(this.customers),
			paymentTypes: vals(this.paymentTypes),
			bankAccounts: vals(this.bankAccounts),
			customPrints: vals(this.customPrints),
			vatRates: this.vatRates,
			invoices: vals(this.docs.invoice),
			proformas: vals(this.docs.proforma),
			advanceInvoices: vals(this.docs.advance),
			correctiveInvoices: vals(this.docs.corrective),
			correctiveAdvanceInvoices: vals(this.docs.correctiveAdvance),
			marginInvoices: vals(this.docs.margin),
			purchaseInvoices: vals(this.purchaseInvoices),
			vatPurchaseBooks: vals(this.vatPurchaseBooks),
			paymentDetails: vals(this.paymentDetails),
		};
	}
}

/** What every handler receives. */
export interface Ctx {
	store: Store;
	opts: RuntimeOptions;
}

export function baseCurrency(edition: Edition): string {
	return edition === 'de' ? 'EUR' : 'PLN';
}
