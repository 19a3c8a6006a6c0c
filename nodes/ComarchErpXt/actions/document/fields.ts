import type { ErpField, ResourceDefinition } from '../../helpers/interfaces';

/** Header fields shared by sales documents (erpxt-api.md §10, §11); `since` marks the API version that added them. */
export const customerField: ErpField = {
	key: 'PurchasingPartyId',
	param: 'customerId',
	displayName: 'Customer',
	type: 'reference',
	required: true,
	loadOptionsMethod: 'getCustomers',
};

export const paymentTypeField: ErpField = {
	key: 'PaymentTypeId',
	param: 'paymentTypeId',
	displayName: 'Payment Type',
	type: 'reference',
	required: true,
	loadOptionsMethod: 'getPaymentTypes',
};

export const commonDocumentFields: ErpField[] = [
	customerField,
	paymentTypeField,
	{ key: 'BankAccountId', param: 'bankAccountId', displayName: 'Bank Account', type: 'reference', loadOptionsMethod: 'getBankAccounts' },
	{ key: 'IssueDate', param: 'issueDate', displayName: 'Issue Date', type: 'date', description: 'Defaults to today in ERP XT' },
	{
		key: 'ReceivingPartyId',
		param: 'recipientId',
		displayName: 'Recipient',
		type: 'reference',
		loadOptionsMethod: 'getCustomers',
		since: '1.1',
	},
	{
		key: 'InvoiceType',
		param: 'amountsAre',
		displayName: 'Amounts Are',
		type: 'options',
		options: [
			{ name: 'Gross', value: 1, description: 'Line prices include VAT' },
			{ name: 'Net', value: 0, description: 'Line prices exclude VAT' },
		],
		default: 0,
		since: '1.1',
		description: 'Whether line prices are net or gross (ERP XT field InvoiceType). API 1.1 and later; 1.0 always uses net prices.',
	},
	{ key: 'Description', param: 'description', displayName: 'Description', type: 'string', since: '1.1' },
	{ key: 'IsOSSProcedure', param: 'ossProcedure', displayName: 'OSS Procedure', type: 'boolean', since: '1.2', description: 'Whether the document falls under the EU One-Stop-Shop procedure' },
	{ key: 'OSSProcedureCountryCode', param: 'ossCountryCode', displayName: 'OSS Country Code', type: 'string', since: '1.2', placeholder: 'e.g. AT' },
];

/** Foreign-currency block of the 1.4 document family (Poland, Betterfly). Whether ERP XT accepts it on write is undocumented. */
export const currencyFields: ErpField[] = [
	{ key: 'CurrencyCode', param: 'currencyCode', displayName: 'Currency', type: 'string', since: '1.4', placeholder: 'e.g. EUR', description: 'Document currency; PLN when empty. API 1.4 and later.' },
	{
		key: 'CurrencyRateType',
		param: 'currencyRateType',
		displayName: 'Exchange Rate Type',
		type: 'options',
		since: '1.4',
		options: [
			{ name: 'Manual', value: 1 },
			{ name: 'NBP Average Rate', value: 0 },
		],
		default: 0,
	},
	{ key: 'CurrencyRate', param: 'currencyRate', displayName: 'Exchange Rate', type: 'number', since: '1.4', typeOptions: { numberPrecision: 4 }, description: 'PLN per Exchange Rate Unit units of the currency (manual rate)' },
	{ key: 'CurrencyConverter', param: 'currencyConverter', displayName: 'Exchange Rate Unit', type: 'number', since: '1.4', default: 1, description: 'How many units of the currency the rate refers to (usually 1)' },
	{ key: 'CurrencyRateDate', param: 'currencyRateDate', displayName: 'Exchange Rate Date', type: 'date', since: '1.4' },
];

export const paymentStatusField: ErpField = {
	key: 'PaymentStatus',
	param: 'paymentStatus',
	displayName: 'Payment Status',
	type: 'options',
	createOnly: true,
	options: [
		{ name: 'Paid', value: 1 },
		{ name: 'Unpaid', value: 0 },
	],
	default: 0,
	description: 'ERP XT accepts only Unpaid or Paid when creating; partial payments are recorded in the app',
	validate: (value) => ([0, 1].includes(Number(value)) ? undefined : 'must be 0 (unpaid) or 1 (paid)'),
};

export const saleDateField: ErpField = {
	key: 'SalesDate',
	param: 'saleDate',
	displayName: 'Sale Date',
	type: 'date',
	description: 'Date of sale or delivery; defaults to today in ERP XT',
};

export const paymentDeadlineField: ErpField = {
	key: 'PaymentDeadline',
	param: 'paymentDeadline',
	displayName: 'Payment Due Date',
	type: 'date',
	since: '1.3',
};

export const proformaFields: ErpField[] = [...commonDocumentFields, ...currencyFields];

export const invoiceFields: ErpField[] = [
	...commonDocumentFields,
	saleDateField,
	paymentStatusField,
	paymentDeadlineField,
	...currencyFields,
];

export const advanceInvoiceFields: ErpField[] = [
	...invoiceFields,
	{
		key: 'CurrencyAdvance',
		param: 'advanceAmount',
		displayName: 'Advance Amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		description: 'Amount of this advance payment in the document currency',
	},
];

/** A correction starts as a copy of its source document; what can be changed afterwards. */
export const correctiveFields: ErpField[] = [
	{ key: 'CorrectionReasonText', param: 'correctionReason', displayName: 'Correction Reason', type: 'string', placeholder: 'e.g. Price reduction agreed on 2024-06-10' },
	{ key: 'IssueDate', param: 'issueDate', displayName: 'Issue Date', type: 'date' },
	saleDateField,
	paymentDeadlineField,
	{ key: 'PaymentTypeId', param: 'paymentTypeId', displayName: 'Payment Type', type: 'reference', loadOptionsMethod: 'getPaymentTypes' },
	{ key: 'BankAccountId', param: 'bankAccountId', displayName: 'Bank Account', type: 'reference', loadOptionsMethod: 'getBankAccounts' },
	{ key: 'Description', param: 'description', displayName: 'Description', type: 'string' },
];

/** Filter and sort fields every sales document has. */
export const DOCUMENT_FILTER_FIELDS: ResourceDefinition['filterFields'] = [
	{ name: 'Customer ID', value: 'PurchasingPartyId', type: 'number' },
	{ name: 'ID', value: 'Id', type: 'number' },
	{ name: 'Issue Date', value: 'IssueDate', type: 'date' },
	{ name: 'Number', value: 'Number', type: 'string' },
	{ name: 'Payment Type ID', value: 'PaymentTypeId', type: 'number' },
	{ name: 'Status (0 Buffer, 1 Confirmed)', value: 'Status', type: 'number' },
];
