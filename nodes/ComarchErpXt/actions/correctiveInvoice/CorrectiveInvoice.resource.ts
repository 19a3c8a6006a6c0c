import { API_FAMILIES } from '../../helpers/apiFamilies';
import { correctionDefinition, correctionOperations } from '../document';
import { buildResource } from '../resource';

/** Corrective invoices ("korekty faktur sprzedaży"), Poland and Betterfly. */
export const correctiveInvoice = correctionDefinition('correctiveInvoice', 'corrective invoice', API_FAMILIES.correctiveInvoices, { value: 'invoice', noun: 'invoice', api: API_FAMILIES.invoices, numberKey: 'Number' });

export const correctiveInvoiceResource = buildResource(correctiveInvoice, correctionOperations);
