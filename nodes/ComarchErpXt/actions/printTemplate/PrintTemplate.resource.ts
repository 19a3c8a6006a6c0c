import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { buildResource } from '../resource';

/** User-defined print layouts ("customprints"); Type 0 = sales invoice, 7 = proforma. */
export const printTemplate: ResourceDefinition = {
	value: 'printTemplate',
	noun: 'print template',
	api: API_FAMILIES.printTemplates,
	titleKey: 'Name',
	fields: [],
	simplify: ['Id', 'Name', 'Language', 'Type'],
	filterFields: [
		{ name: 'Document Type', value: 'Type', type: 'number' },
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Language', value: 'Language', type: 'string' },
		{ name: 'Name', value: 'Name', type: 'string' },
	],
};

export const printTemplateResource = buildResource(printTemplate, [crud.getAll], 'getAll');
