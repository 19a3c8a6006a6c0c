import { API_FAMILIES } from '../../helpers/apiFamilies';
import { correctionDefinition, correctionOperations } from '../document';
import { buildResource } from '../resource';

/** Corrections of advance invoices ("korekty faktur zaliczkowych"), Poland and Betterfly. */
export const correctiveAdvanceInvoice = correctionDefinition(
	'correctiveAdvanceInvoice',
	'corrective advance invoice',
	API_FAMILIES.correctiveAdvanceInvoices,
	{ value: 'advanceInvoice', noun: 'advance invoice', api: API_FAMILIES.advanceInvoices, numberKey: 'Number' },
);

export const correctiveAdvanceInvoiceResource = buildResource(correctiveAdvanceInvoice, correctionOperations);
