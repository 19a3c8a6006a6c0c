import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { bankAccount } from '../actions/bankAccount/BankAccount.resource';
import { customer } from '../actions/customer/Customer.resource';
import { invoice } from '../actions/invoice/Invoice.resource';
import { paymentType } from '../actions/paymentType/PaymentType.resource';
import { product } from '../actions/product/Product.resource';
import { proforma } from '../actions/proforma/Proforma.resource';
import type { ResourceDefinition } from '../helpers/interfaces';
import { listRecords, recordLabel } from './records';

/**
 * ERP XT has no documented text search, so the newest records are read once and matched here
 * on name, number, code and tax number, ignoring case.
 */
async function search(this: ILoadOptionsFunctions, resource: ResourceDefinition, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const records = await listRecords.call(this, resource);
	const results = records
		.map((record) => ({ name: recordLabel(resource, record), value: String(record.Id) }))
		.filter((entry) => !needle || entry.name.toLowerCase().includes(needle) || entry.value === needle);
	return { results };
}

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string) {
	return await search.call(this, customer, filter);
}

export async function searchProducts(this: ILoadOptionsFunctions, filter?: string) {
	return await search.call(this, product, filter);
}

export async function searchPaymentTypes(this: ILoadOptionsFunctions, filter?: string) {
	return await search.call(this, paymentType, filter);
}

export async function searchBankAccounts(this: ILoadOptionsFunctions, filter?: string) {
	return await search.call(this, bankAccount, filter);
}

export async function searchInvoices(this: ILoadOptionsFunctions, filter?: string) {
	return await search.call(this, invoice, filter);
}

export async function searchProformas(this: ILoadOptionsFunctions, filter?: string) {
	return await search.call(this, proforma, filter);
}
