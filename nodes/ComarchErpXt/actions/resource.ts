import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Edition, OperationExecute, ResourceDefinition, ResourceModule } from '../helpers/interfaces';
import { EDITION_NAMES } from '../helpers/interfaces';
import { article } from '../helpers/text';

/** One operation: its dropdown entry, its parameters and its behaviour, for any resource it serves. */
export interface OperationSpec {
	option(resource: ResourceDefinition): INodePropertyOptions;
	description(resource: ResourceDefinition): INodeProperties[];
	execute: OperationExecute;
}


/** Dropdown entry for an operation on one record ("Get" → "Get an invoice"). */
export function singleOption(name: string, value: string, resource: ResourceDefinition, verb = name): INodePropertyOptions {
	const text = `${verb} ${article(resource.noun)}`;
	return { name, value, description: text, action: text };
}

/**
 * Overrides the API version for tenants on an older or newer API, offered only where the resource
 * has more than one version. Most users never touch it: the credential's region picks the current one.
 */
function apiVersionProperty(definition: ResourceDefinition): INodeProperties[] {
	const { versions, defaults } = definition.api;
	if (versions.length < 2) return [];
	const regions = (version: string) =>
		(Object.entries(defaults) as Array<[Edition, string]>)
			.filter(([, current]) => current === version)
			.map(([edition]) => EDITION_NAMES[edition].replace(/ \(.*\)$/, ''));
	return [
		{
			displayName: 'API Version',
			name: 'apiVersion',
			type: 'options',
			options: [
				...versions.map((version) => {
					const current = regions(version);
					return {
						name: version === '1.0' ? '1.0 (Unversioned)' : version,
						value: version,
						description: current.length ? `Current in ${current.join(', ')}` : undefined,
					};
				}),
				{ name: 'Default for the Region', value: '' },
			],
			default: '',
			description: 'The ERP XT API version to call. Change it only for a tenant on an older or newer API.',
			displayOptions: { show: { resource: [definition.value] } },
		},
	];
}

/**
 * A resource's UI and behaviour from its table entry and the operations it offers. Plain master
 * data uses only the generic operations in crud/; documents add their own (documents/).
 */
export function buildResource(definition: ResourceDefinition, operations: OperationSpec[], defaultOperation = 'get'): ResourceModule {
	const options = operations.map((operation) => operation.option(definition));
	const values = options.map((option) => String(option.value));
	const operation: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [definition.value] } },
		options: [...options].sort((a, b) => a.name.localeCompare(b.name)),
		default: '',
	};
	operation.default = values.includes(defaultOperation) ? defaultOperation : values[0];
	return {
		definition,
		description: [
			operation,
			...operations.flatMap((operation) => operation.description(definition)),
			...apiVersionProperty(definition),
		],
		operations: Object.fromEntries(operations.map((operation, index) => [values[index], operation.execute])),
	};
}
