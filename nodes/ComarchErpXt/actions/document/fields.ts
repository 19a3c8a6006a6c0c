import type { ErpField } from '../../helpers/interfaces';

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
		description: 'Whether line prices are net or gross. API 1.1 and later; 1.0 always uses net prices.',
	},
	{ key: 'Description', param: 'description', displayName: 'Description', type: 'string', since: '1.1' },
	{ key: 'IsOSSProcedure', param: 'ossProcedure', displayName: 'OSS Procedure', type: 'boolean', since: '1.2', description: 'Whether the document falls under the EU One-Stop-Shop procedure' },
	{ key: 'OSSProcedureCountryCode', param: 'ossCountryCode', displayName: 'OSS Country Code', type: 'string', since: '1.2', placeholder: 'e.g. AT' },
];

export const invoiceFields: ErpField[] = [
	...commonDocumentFields,
	{ key: 'SalesDate', param: 'saleDate', displayName: 'Sale Date', type: 'date', description: 'Date of sale or delivery; defaults to today in ERP XT' },
	{
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
	},
	{ key: 'PaymentDeadline', param: 'paymentDeadline', displayName: 'Payment Due Date', type: 'date', since: '1.3' },
];
