import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { buildResource } from '../resource';
import * as getCountries from './getCountries.operation';

/** EU VAT rates for the OSS procedure; their RateId is what document lines send as VatRateId. Poland and Betterfly. */
export const vatRate: ResourceDefinition = {
	value: 'vatRate',
	noun: 'VAT rate',
	api: API_FAMILIES.vatRates,
	idKey: 'RateId',
	titleKey: 'Symbol',
	fields: [],
	simplify: ['RateId', 'Rate', 'Symbol', 'CountryCode'],
	filterFields: [
		{ name: 'Country Code', value: 'CountryCode', type: 'string' },
		{ name: 'Rate ID', value: 'RateId', type: 'number' },
	],
};

export const vatRateResource = buildResource(vatRate, [crud.getAll, getCountries], 'getAll');
