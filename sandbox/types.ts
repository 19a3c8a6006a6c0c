/** Shared types of the sandbox: editions, options, stored records. */

export type Edition = 'de' | 'pl' | 'betterfly';
export type PutSemantics = 'merge' | 'replace';

/** Fault settings; all mutable at runtime (programmatically or via PATCH /__sandbox/options). */
export interface FaultOptions {
	/** Fixed delay added to every API request, in ms. */
	latencyMs: number;
	/** Extra uniformly distributed random delay 0..jitterMs, in ms. */
	jitterMs: number;
	/** Share (0..1) of requests answered 500 or 503. */
	faultRate: number;
	/** Share (0..1) of requests answered 429 with a Retry-After header. */
	rateLimitRate: number;
	/** Retry-After value (seconds) sent with random 429s. */
	retryAfterSeconds: number;
	/** Share (0..1) of writes whose connection is destroyed before the write is applied. */
	resetBeforeRate: number;
	/** Share (0..1) of writes that are applied, then the connection is destroyed without a response. */
	resetAfterRate: number;
	/** When > 0, response bodies are trickled out over this many ms. */
	slowBodyMs: number;
	/** Whether random faults and latency also hit POST /api2/public/token. */
	faultsOnTokenRoute: boolean;
}

export interface SandboxOptions extends Partial<FaultOptions> {
	port?: number;
	host?: string;
	edition?: Edition;
	clientId?: string;
	clientSecret?: string;
	tokenTtlSeconds?: number;
	putSemantics?: PutSemantics;
	/** Emit Json.NET "$id" on unversioned (v1.0) and v1.1 responses. Default false. */
	legacyIds?: boolean;
	seed?: number;
	seedData?: boolean;
	/** Ring-buffer size of the request recorder (default 10000). */
	maxRecordedRequests?: number;
}

/** The resolved, mutable settings of a running sandbox. */
export interface RuntimeOptions extends FaultOptions {
	edition: Edition;
	clientId: string;
	clientSecret: string;
	tokenTtlSeconds: number;
	putSemantics: PutSemantics;
	legacyIds: boolean;
	seed: number;
	seedData: boolean;
	maxRecordedRequests: number;
}

export interface RecordedRequest {
	seq: number;
	method: string;
	path: string;
	/** Normalised route, e.g. "GET /api2/public/v1.4/invoices/{id}"; null when nothing matched. */
	route: string | null;
	query: Record<string, string>;
	headers: {
		contentType?: string;
		accept?: string;
		userAgent?: string;
		/** Only the scheme ("Basic" / "Bearer"), never the secret. */
		authorization?: string;
	};
	body: unknown;
	/** 0 when the connection was destroyed without a response. */
	status: number;
	/** Name of the injected fault, if any. */
	fault?: string;
	timestamp: string;
	durationMs: number;
}

export interface Address {
	Id: number;
	Street: string;
	BuildingNumber: string;
	FlatNumber: string;
	PostalCode: string;
	City: string;
}

export interface Product {
	Id: number;
	Name: string;
	Description: string;
	ItemCode: string;
	ProductCode: string;
	UnitOfMeasurment: string;
	Rate: number;
	SaleNetPrice: number;
	SaleGrossPrice: number;
	Quantity: number;
	ProductType: number;
}

export interface Customer {
	Id: number;
	Name: string;
	CountryCode: string;
	CustomerTaxNumber: string;
	CustomerCode: string;
	Mail: string;
	PhoneNumber: string;
	CustomerType: number;
	/** DE only on the wire: 1 customer, 2 supplier, 3 both. */
	CustomerKind: number;
	CustomerStatus: number;
	RepresentativeFirstName: string;
	RepresentativeLastName: string;
	BankName: string;
	BankAccountNumber: string;
	Address: Address;
}

export interface PaymentType {
	Id: number;
	Name: string;
	Primary: boolean;
	Deadline: number;
	Type: number;
}

export interface BankAccount {
	Id: number;
	AccountNumber: string;
	BankName: string;
	Symbol: string;
	ReportingPeriod: number | null;
	Primary: boolean;
}

export interface CustomPrint {
	Id: number;
	Name: string;
	Language: string;
	Type: number;
}

export interface VatRate {
	RateId: number;
	Rate: string;
	Symbol: string;
	CountryCode: string;
}

export type DocKind = 'invoice' | 'proforma' | 'advance' | 'corrective' | 'correctiveAdvance' | 'margin';

export interface DocItem {
	Id: number;
	ProductId: number;
	Quantity: number;
	/** Unit price in document currency; net when the document's InvoiceType is 0, gross when 1. */
	Price: number;
	ProductName: string;
	ProductDescription: string;
	UnitOfMeasurement: string;
	/** What the wire calls VatRateId: the domestic percentage or an OSS RateId. */
	VatRateId: number | null;
	/** Percentage used for the computation (0 for exempt / not subject). */
	VatPercent: number;
}

export interface PartySnapshot {
	Name: string;
	NipPrefix: string;
	Nip: string;
	Country: string;
	City: string;
	Street: string;
	BuildingNumber: string;
	FlatNumber: string;
	BankName: string;
	BankAccountNumber: string;
	CustomerType: number;
}

/** One canonical record for every sales-side document kind; versions are views over it. */
export interface Doc {
	kind: DocKind;
	Id: number;
	Number: string;
	Status: number;
	PaymentStatus: number;
	PurchasingPartyId: number;
	PurchasingParty: PartySnapshot | null;
	ReceivingPartyId: number | null;
	ReceivingParty: PartySnapshot | null;
	PaymentTypeId: number;
	BankAccountId: number | null;
	/** Calendar dates as YYYY-MM-DD; offsets are added on output. */
	SalesDate: string;
	IssueDate: string;
	PaymentDeadline: string;
	/** True once a client set PaymentDeadline explicitly (then it no longer follows IssueDate). */
	deadlineExplicit: boolean;
	InvoiceType: number;
	Description: string | null;
	IsOSSProcedure: boolean;
	OSSProcedureCountryCode: string;
	CurrencyCode: string;
	CurrencyRateType: number;
	CurrencyRateDate: string | null;
	CurrencyConverter: number;
	CurrencyRate: number;
	Items: DocItem[];
	IsFinal: boolean;
	/** Proformas: id of the sales document created from it. */
	InvoiceDocIdNum: number | null;
	/** Corrections: the corrected document. */
	CorrectedId: number | null;
	CorrectionReasonText: string;
	/** Advance invoices: root of the linked advance chain (own id for the first one). */
	AdvanceGroupId: number | null;
	CurrencyAdvance: number;
	/** Advance invoices: the final invoice they were converted into. */
	FinalInvoiceId: number | null;
	PaymentId: number | null;
	DocumentCreatedByTaxPayer: boolean;
	ProfitMarginInvoiceProcedureType: number;
	ProfitMarginTotal: number;
}

export interface PartyAddress {
	Street: string;
	HouseNumber: string;
	ApartmentNumbe: string;
	ZipCode: string;
	City: string;
	Region: string;
}

export interface PurchaseInvoice {
	Id: number;
	Number: string;
	PaymentStatus: number;
	SellingPartyId: number;
	ReceivingPartyId: number | null;
	PaymentTypeId: number;
	SellingPartyBankAccountNumber: string;
	SellingPartyBankAccountName: string;
	BankAccountId: number | null;
	PurchaseDate: string;
	IssueDate: string;
	PaymentDeadline: string;
	InvoiceType: number;
	CurrencyCode: string;
	Items: DocItem[];
	Description: string;
}

export interface VatPurchaseBookEntry {
	Id: number;
	PaymentStatus: number;
	CustomerId: number;
	PaymentTypeId: number;
	PaymentDeadline: string;
	CustomerBankAccountNumber: string;
	CustomerBankAccountName: string;
	BankAccountId: number | null;
	PurchaseDate: string;
	NetTotal: number;
	VatTotal: number;
	CurrencyCode: string;
	Description: string;
	IssueDate: string;
	ReceiptDate: string;
	Number: string;
	Correction: boolean;
	CorrectedDocumentNumber: string;
	InternalDocument: boolean;
	IncludedInJPKV7: boolean;
	VATDeclatationDate: string | null;
	IncludedInVATUE: boolean;
	VATUEDeclarationDate: string | null;
	VatRateId: number;
}

export interface PaymentDetail {
	PaymentId: number;
	PaymentType: string;
	/** Sales-side or purchase-side document this payment belongs to (null for taxes). */
	DocumentId: number | null;
	DocumentType: string;
	DocumentNumber: string;
	CorrectedDocumentId: number | null;
	CorrectedDocumentType: string | null;
	CorrectionReason: string | null;
	CreationDate: string;
	UpdateDate: string;
	IssueDate: string;
	DueDate: string;
	SenderTaxId: string;
	SenderName: string;
	SenderAddress: PartyAddress;
	SenderAccountNumber: string;
	RecipientTaxId: string;
	RecipientName: string;
	RecipientAddress: PartyAddress;
	RecipientAccountNumber: string;
	Amount: number;
	VatAmount: number;
	Balance: number;
	SplitPayment: boolean;
	CashAccounting: boolean;
	/** 0 unpaid, 1 settled, 2 partially settled, 3 cancelled (sandbox choice). */
	PaymentStatus: number;
	Currency: string;
	ExchangeRate: number;
	Title: string;
	ExportStatus: number;
}
