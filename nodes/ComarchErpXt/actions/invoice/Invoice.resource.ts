import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { document, salesDocumentOperations } from '../document';
import { DOCUMENT_FILTER_FIELDS, invoiceFields } from '../document/fields';
import { buildResource } from '../resource';

/** Sales invoices ("Ausgangsrechnungen", "faktury sprzedaży"). */
export const invoice: ResourceDefinition = {
	value: 'invoice',
	noun: 'invoice',
	api: API_FAMILIES.invoices,
	titleKey: 'Number',
	numberKey: 'Number',
	fields: invoiceFields,
	simplify: [
		'Id',
		'Number',
		'Status',
		'IssueDate',
		'SalesDate',
		'PurchasingPartyId',
		'PaymentStatus',
		'PaymentDeadline',
		'NetTotal',
		'GrossTotal',
	],
	filterFields: [
		...DOCUMENT_FILTER_FIELDS,
		{ name: 'Payment Status (0 Unpaid, 1 Paid, 2 Partly)', value: 'PaymentStatus', type: 'number' },
		{ name: 'Sale Date', value: 'SalesDate', type: 'date' },
	],
};

export const invoiceResource = buildResource(invoice, [...salesDocumentOperations, document.confirm]);
