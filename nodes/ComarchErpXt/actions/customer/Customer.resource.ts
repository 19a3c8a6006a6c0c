import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { masterDataOperations } from '../crud';
import { buildResource } from '../resource';
import * as getByTaxNumber from './getByTaxNumber.operation';

/** Customers and suppliers ("Kunden/Lieferanten", "kontrahenci"). */
export const customer: ResourceDefinition = {
	value: 'customer',
	noun: 'customer',
	api: API_FAMILIES.customers,
	titleKey: 'Name',
	fields: [
		{ key: 'Name', param: 'name', displayName: 'Name', type: 'string', required: true, placeholder: 'e.g. Müller Bau GmbH' },
		{
			key: 'CustomerTaxNumber',
			param: 'taxNumber',
			displayName: 'Tax Number',
			type: 'string',
			placeholder: 'e.g. DE811907980 or 6770065406',
			description: 'VAT ID / tax number (USt-IdNr., NIP; PESEL for private persons in Poland)',
		},
		{
			key: 'CustomerType',
			param: 'customerType',
			displayName: 'Customer Type',
			type: 'options',
			options: [
				{ name: 'Business', value: 1 },
				{ name: 'Private Person', value: 0 },
			],
			default: 1,
		},
		{
			key: 'CustomerKind',
			param: 'customerKind',
			displayName: 'Customer Kind',
			type: 'options',
			editions: ['de'],
			options: [
				{ name: 'Customer', value: 1 },
				{ name: 'Customer and Supplier', value: 3 },
				{ name: 'Supplier', value: 2 },
			],
			default: 1,
			description:
				'Germany only. ERP XT documents 1 and 2; the value 3 for "customer and supplier" is an assumption (see README).',
		},
		{ key: 'CustomerCode', param: 'customerCode', displayName: 'Customer Code', type: 'string', placeholder: 'e.g. K/000369', description: 'Left empty, ERP XT assigns the next code' },
		{ key: 'Mail', param: 'email', displayName: 'Email', type: 'string', placeholder: 'e.g. name@email.com' },
		{ key: 'PhoneNumber', param: 'phoneNumber', displayName: 'Phone Number', type: 'string' },
		{ key: 'Address', param: 'address', displayName: 'Address', type: 'address' },
		{
			key: 'CountryCode',
			param: 'countryCode',
			displayName: 'Country Code',
			type: 'string',
			since: '1.2',
			placeholder: 'e.g. DE',
			description: 'Country prefix of the tax number; required for EU and OSS customers. API 1.2 (Poland, Betterfly).',
		},
		{
			key: 'CustomerStatus',
			param: 'customerStatus',
			displayName: 'Customer Status',
			type: 'options',
			since: '1.2',
			options: [
				{ name: 'Domestic', value: 0 },
				{ name: 'Intra-EU', value: 1 },
				{ name: 'Intra-EU Triangular', value: 3 },
				{ name: 'Non-EU', value: 2 },
				{ name: 'OSS Procedure', value: 10 },
			],
			default: 0,
			description: 'VAT status of the customer. API 1.2 (Poland, Betterfly).',
		},
		{ key: 'RepresentativeFirstName', param: 'representativeFirstName', displayName: 'Representative First Name', type: 'string', since: '1.2' },
		{ key: 'RepresentativeLastName', param: 'representativeLastName', displayName: 'Representative Last Name', type: 'string', since: '1.2' },
	],
	simplify: [
		'Id',
		'Name',
		'CustomerCode',
		'CustomerTaxNumber',
		'CountryCode',
		'Mail',
		'PhoneNumber',
		'Address.PostalCode',
		'Address.City',
		'CustomerType',
	],
	filterFields: [
		{ name: 'City', value: 'Address/City', type: 'string' },
		{ name: 'Customer Code', value: 'CustomerCode', type: 'string' },
		{ name: 'Customer Type', value: 'CustomerType', type: 'number' },
		{ name: 'Email', value: 'Mail', type: 'string' },
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Name', value: 'Name', type: 'string' },
		{ name: 'Phone Number', value: 'PhoneNumber', type: 'string' },
		{ name: 'Tax Number', value: 'CustomerTaxNumber', type: 'string' },
	],
};

export const customerResource = buildResource(customer, [...masterDataOperations, getByTaxNumber]);
