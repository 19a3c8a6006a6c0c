import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { document } from '../document';
import { DOCUMENT_FILTER_FIELDS, advanceInvoiceFields } from '../document/fields';
import { buildResource } from '../resource';
import * as create from './create.operation';
import * as finalize from './finalize.operation';

/** Advance invoices ("faktury zaliczkowe"), Poland and Betterfly. */
export const advanceInvoice: ResourceDefinition = {
	value: 'advanceInvoice',
	noun: 'advance invoice',
	api: API_FAMILIES.advanceInvoices,
	titleKey: 'Number',
	numberKey: 'Number',
	fields: advanceInvoiceFields,
	simplify: ['Id', 'Number', 'Status', 'IssueDate', 'PurchasingPartyId', 'PaymentStatus', 'CurrencyAdvance', 'CurrencyCode', 'NetTotal', 'GrossTotal'],
	filterFields: DOCUMENT_FILTER_FIELDS,
};

export const advanceInvoiceResource = buildResource(advanceInvoice, [
	create,
	document.confirm,
	crud.delete,
	finalize,
	crud.get,
	crud.getAll,
	document.update,
	document.downloadPdf,
]);
