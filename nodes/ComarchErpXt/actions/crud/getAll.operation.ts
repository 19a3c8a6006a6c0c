import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import type { DateLiteralStyle, FilterCondition } from '../../helpers/odata';
import { buildFilter, buildOrderBy, combineFilters, listQuery } from '../../helpers/odata';
import { simplifyRecord, toItems } from '../../helpers/output';
import { erpApiRequestAllItems } from '../../transport';
import { show, simplifyProperty } from '../common.descriptions';
import { plural } from '../../helpers/text';

export const option = (resource: ResourceDefinition): INodePropertyOptions => ({
	name: 'Get Many',
	value: 'getAll',
	description: `Get many ${plural(resource.noun)}`,
	action: `Get many ${plural(resource.noun)}`,
});

/** A field dropdown of the filter or sort builder, defaulting to the resource's first field. */
function fieldSelector(resource: ResourceDefinition, description: string): INodeProperties {
	const options = resource.filterFields
		.map((field) => ({ name: field.name, value: field.value }))
		.sort((a, b) => a.name.localeCompare(b.name));
	const property: INodeProperties = {
		displayName: 'Field',
		name: 'field',
		type: 'options',
		options,
		default: '',
		description,
	};
	property.default = options[0]?.value ?? '';
	return property;
}

export function description(resource: ResourceDefinition): INodeProperties[] {
	const where = show(resource, ['getAll']);
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: where,
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...where.show, returnAll: [false] } },
		},
		simplifyProperty(resource, ['getAll']),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Condition',
			default: {},
			displayOptions: where,
			options: [
				{
					displayName: 'Condition',
					name: 'conditions',
					values: [
						fieldSelector(
							resource,
							'ERP XT field to compare. Any other field name (e.g. Address/City) can be given with an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						),
						{
							displayName: 'Operator',
							name: 'operator',
							type: 'options',
							options: [
								{ name: 'Equals', value: 'eq' },
								{ name: 'Greater Than', value: 'gt' },
								{ name: 'Greater Than or Equal', value: 'ge' },
								{ name: 'Is Empty', value: 'isEmpty' },
								{ name: 'Is Not Empty', value: 'isNotEmpty' },
								{ name: 'Less Than', value: 'lt' },
								{ name: 'Less Than or Equal', value: 'le' },
								{ name: 'Not Equals', value: 'ne' },
							],
							default: 'eq',
						},
						{
							displayName: 'Value',
							name: 'value',
							type: 'string',
							default: '',
							placeholder: "e.g. O'Brien GmbH, 199.99 or 2024-06-01",
							displayOptions: { hide: { operator: ['isEmpty', 'isNotEmpty'] } },
						},
					],
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: where,
			options: [
				{
					displayName: 'Date Literal Style',
					name: 'dateLiteralStyle',
					type: 'options',
					options: [
						{ name: 'Date and Time With Offset', value: 'offset', description: 'Like 2024-06-01T00:00:00+02:00 (OData 4)' },
						{ name: 'Date Only', value: 'iso', description: 'Like 2024-06-01 (OData 4 Edm.Date)' },
						{ name: 'OData V3 Datetime', value: 'datetime', description: "Like datetime'2024-06-01T00:00:00'" },
					],
					default: 'offset',
					description: 'How dates are written in filter conditions. Switch only if ERP XT rejects date filters.',
				},
				{
					displayName: 'Match',
					name: 'combine',
					type: 'options',
					options: [
						{ name: 'All Conditions', value: 'and' },
						{ name: 'Any Condition', value: 'or' },
					],
					default: 'and',
					description: 'Whether a record must meet all filter conditions or any of them',
				},
				{
					displayName: 'Raw Filter',
					name: 'rawFilter',
					type: 'string',
					default: '',
					placeholder: "e.g. Name eq 'Comarch' or Mail eq 'demo@comarch.pl'",
					description:
						'An OData $filter expression passed to ERP XT as it is. Combined with the conditions above: both must hold.',
				},
			],
		},
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Sort Rule',
			default: {},
			displayOptions: where,
			options: [
				{
					displayName: 'Rule',
					name: 'rules',
					values: [
						fieldSelector(
							resource,
							'ERP XT field to sort by. Any other field name can be given with an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						),
						{
							displayName: 'Direction',
							name: 'direction',
							type: 'options',
							options: [
								{ name: 'Ascending', value: 'asc' },
								{ name: 'Descending', value: 'desc' },
							],
							default: 'asc',
						},
					],
				},
			],
		},
	];
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const { resource } = context;
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? undefined : (this.getNodeParameter('limit', itemIndex, 50) as number);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const filters = this.getNodeParameter('filters', itemIndex, {}) as { conditions?: FilterCondition[] };
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const sort = this.getNodeParameter('sort', itemIndex, {}) as {
		rules?: Array<{ field: string; direction: 'asc' | 'desc' }>;
	};

	const filter = combineFilters(
		buildFilter.call(
			this,
			itemIndex,
			resource,
			filters.conditions ?? [],
			(options.combine as 'and' | 'or') ?? 'and',
			(options.dateLiteralStyle as DateLiteralStyle) ?? 'offset',
		),
		options.rawFilter as string | undefined,
	);
	const orderBy = buildOrderBy.call(this, itemIndex, sort.rules ?? []);
	const records = await erpApiRequestAllItems.call(this, context.path, {
		qs: listQuery(filter, orderBy),
		limit,
		itemIndex,
		subject: `the list of ${plural(resource.noun)}`,
	});
	return toItems(simplify ? records.map((record) => simplifyRecord(resource, record)) : records, itemIndex);
};
