import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { buildResource } from '../resource';

/** The VAT purchase register ("rejestr VAT zakupu"), where accountants book costs; read-only. Poland and Betterfly. */
export const vatPurchaseRegister: ResourceDefinition = {
	value: 'vatPurchaseRegister',
	noun: 'VAT purchase register entry',
	api: API_FAMILIES.vatPurchaseRegister,
	titleKey: 'Number',
	fields: [],
	simplify: ['Id', 'Number', 'CustomerId', 'IssueDate', 'ReceiptDate', 'PurchaseDate', 'NetTotal', 'VatTotal', 'GrossTotal', 'VATDeclatationDate'],
	filterFields: [
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Issue Date', value: 'IssueDate', type: 'date' },
		{ name: 'Receipt Date', value: 'ReceiptDate', type: 'date' },
		{ name: 'Supplier Document Number', value: 'Number', type: 'string' },
		{ name: 'Supplier ID', value: 'CustomerId', type: 'number' },
	],
};

export const vatPurchaseRegisterResource = buildResource(vatPurchaseRegister, [crud.get, crud.getAll]);
