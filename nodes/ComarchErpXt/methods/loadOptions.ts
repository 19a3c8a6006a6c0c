import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { bankAccount } from '../actions/bankAccount/BankAccount.resource';
import { customer } from '../actions/customer/Customer.resource';
import { paymentType } from '../actions/paymentType/PaymentType.resource';
import { printTemplate } from '../actions/printTemplate/PrintTemplate.resource';
import { product } from '../actions/product/Product.resource';
import type { ResourceDefinition } from '../helpers/interfaces';
import { listRecords, recordLabel } from './records';

async function options(this: ILoadOptionsFunctions, resource: ResourceDefinition): Promise<INodePropertyOptions[]> {
	const records = await listRecords.call(this, resource);
	return records
		.map((record) => ({ name: recordLabel(resource, record), value: Number(record.Id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getCustomers(this: ILoadOptionsFunctions) {
	return await options.call(this, customer);
}

export async function getProducts(this: ILoadOptionsFunctions) {
	return await options.call(this, product);
}

export async function getPaymentTypes(this: ILoadOptionsFunctions) {
	return await options.call(this, paymentType);
}

export async function getBankAccounts(this: ILoadOptionsFunctions) {
	return await options.call(this, bankAccount);
}

const PRINT_TYPES: Record<number, string> = { 0: 'sales invoice', 7: 'proforma' };

/** Print templates, led by an empty choice meaning "the template set on the customer". */
export async function getPrintTemplates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const records = await listRecords.call(this, printTemplate);
	const templates = records
		.map((record) => ({
			name: `${String(record.Name)} (${[PRINT_TYPES[Number(record.Type)], record.Language].filter(Boolean).join(', ')})`,
			value: String(record.Id),
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
	return [{ name: "Customer's Default Template", value: '' }, ...templates];
}
