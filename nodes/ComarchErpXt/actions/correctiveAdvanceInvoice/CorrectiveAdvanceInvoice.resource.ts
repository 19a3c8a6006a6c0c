import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { correctionOperations } from '../document';
import { correctiveFields } from '../document/fields';
import { DOCUMENT_FILTER_FIELDS } from '../invoice/Invoice.resource';
import { buildResource } from '../resource';

/** Corrections of advance invoices ("korekty faktur zaliczkowych"), Poland and Betterfly. */
export const correctiveAdvanceInvoice: ResourceDefinition = {
	value: 'correctiveAdvanceInvoice',
	noun: 'corrective advance invoice',
	api: API_FAMILIES.correctiveAdvanceInvoices,
	titleKey: 'Number',
	numberKey: 'Number',
	correction: true,
	fields: correctiveFields,
	simplify: ['Id', 'Number', 'Status', 'IssueDate', 'CorrectedId', 'CorrectionReasonText', 'PurchasingPartyId', 'PaymentStatus', 'NetTotal', 'GrossTotal'],
	filterFields: [...DOCUMENT_FILTER_FIELDS, { name: 'Corrected Document ID', value: 'CorrectedId', type: 'number' }],
};

export const correctiveAdvanceInvoiceResource = buildResource(correctiveAdvanceInvoice, correctionOperations);
