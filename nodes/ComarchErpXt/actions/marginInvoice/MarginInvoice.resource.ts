import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { document } from '../document';
import { DOCUMENT_FILTER_FIELDS } from '../document/fields';
import { buildResource } from '../resource';

/** VAT margin invoices ("faktury VAT marża"); ERP XT offers them read-only. Poland and Betterfly. */
export const marginInvoice: ResourceDefinition = {
	value: 'marginInvoice',
	noun: 'margin invoice',
	api: API_FAMILIES.marginInvoices,
	titleKey: 'Number',
	numberKey: 'Number',
	fields: [],
	simplify: [
		'Id',
		'Number',
		'Status',
		'IssueDate',
		'PurchasingPartyId',
		'ProfitMarginInvoiceProcedureType',
		'ProfitMarginTotal',
		'GrossTotal',
		'CurrencyCode',
		'PaymentStatus',
	],
	filterFields: DOCUMENT_FILTER_FIELDS,
};

export const marginInvoiceResource = buildResource(marginInvoice, [crud.get, crud.getAll, document.downloadPdf]);
