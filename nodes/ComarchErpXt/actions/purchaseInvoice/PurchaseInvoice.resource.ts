import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { buildResource } from '../resource';

/** Purchase invoices ("faktury zakupu"), read-only. Poland and Betterfly. */
export const purchaseInvoice: ResourceDefinition = {
	value: 'purchaseInvoice',
	noun: 'purchase invoice',
	api: API_FAMILIES.purchaseInvoices,
	titleKey: 'Number',
	fields: [],
	simplify: ['Id', 'Number', 'SellingPartyId', 'PurchaseDate', 'PaymentDeadline', 'PaymentStatus', 'NetTotal', 'VatTotal', 'GrossTotal', 'CurrencyCode'],
	filterFields: [
		{ name: 'Due Date', value: 'PaymentDeadline', type: 'date' },
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Payment Status (0 Unpaid, 1 Paid, 2 Partly)', value: 'PaymentStatus', type: 'number' },
		{ name: 'Purchase Date', value: 'PurchaseDate', type: 'date' },
		{ name: 'Supplier ID', value: 'SellingPartyId', type: 'number' },
	],
};

export const purchaseInvoiceResource = buildResource(purchaseInvoice, [crud.get, crud.getAll]);
