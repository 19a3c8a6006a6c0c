import type { INodeProperties } from 'n8n-workflow';

import type { RecordTarget, ResourceDefinition } from '../helpers/interfaces';
import { titleCase } from '../helpers/text';

export function show(resource: ResourceDefinition, operations: string[]) {
	return { show: { resource: [resource.value], operation: operations } };
}

/** Name of the locator parameter that picks one record, e.g. invoiceId. */
export function locatorName(resource: RecordTarget): string {
	return `${resource.value}Id`;
}

/** Name of the list-search method for a resource, e.g. searchInvoices (see methods/listSearch.ts). */
export function searchMethodName(resource: RecordTarget): string {
	return `search${resource.value.charAt(0).toUpperCase()}${resource.value.slice(1)}s`;
}

/**
 * Picks one record: from a searchable list, by ID, or (documents) by number. By default the record
 * of the resource itself; `options.target` picks another kind (the invoice a correction is made from).
 */
export function recordLocator(
	resource: ResourceDefinition,
	operations: string[],
	options: { target?: RecordTarget; name?: string; displayName?: string; description?: string; required?: boolean } = {},
): INodeProperties {
	const target = options.target ?? resource;
	return {
		displayName: options.displayName ?? titleCase(target.noun),
		name: options.name ?? locatorName(target),
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description ?? `The ${target.noun} to use`,
		displayOptions: show(resource, operations),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${target.noun}...`,
				typeOptions: { searchListMethod: searchMethodName(target), searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 2760795',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'An ERP XT ID is a number' } }],
			},
			...(target.numberKey
				? [
						{
							displayName: 'By Number',
							name: 'number',
							type: 'string' as const,
							placeholder: 'e.g. FS/24/6/1',
						},
					]
				: []),
		],
	};
}

export function simplifyProperty(resource: ResourceDefinition, operations: string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
		displayOptions: show(resource, operations),
	};
}
