import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { correctionOperations } from '../document';
import { correctiveFields } from '../document/fields';
import { DOCUMENT_FILTER_FIELDS } from '../invoice/Invoice.resource';
import { buildResource } from '../resource';

/** Corrective invoices ("korekty faktur sprzedaży"), Poland and Betterfly. */
export const correctiveInvoice: ResourceDefinition = {
	value: 'correctiveInvoice',
	noun: 'corrective invoice',
	api: API_FAMILIES.correctiveInvoices,
	titleKey: 'Number',
	numberKey: 'Number',
	correction: true,
	fields: correctiveFields,
	simplify: ['Id', 'Number', 'Status', 'IssueDate', 'CorrectedId', 'CorrectionReasonText', 'PurchasingPartyId', 'PaymentStatus', 'NetTotal', 'GrossTotal'],
	filterFields: [...DOCUMENT_FILTER_FIELDS, { name: 'Corrected Document ID', value: 'CorrectedId', type: 'number' }],
};

export const correctiveInvoiceResource = buildResource(correctiveInvoice, correctionOperations);
