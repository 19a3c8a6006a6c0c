import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ApiVersion, Connection, ErpField, OperationContext, ResourceDefinition } from './interfaces';
import { EDITION_NAMES } from './interfaces';
import { requireErpDate, requireNumber, toId } from './validation';

export function versionAtLeast(version: ApiVersion, since: ApiVersion | undefined): boolean {
	return !since || Number(version.split('.')[1]) >= Number(since.split('.')[1]);
}

export function fieldAvailable(field: ErpField, connection: Connection, version: ApiVersion): boolean {
	return versionAtLeast(version, field.since) && (!field.editions || field.editions.includes(connection.edition));
}

const ADDRESS_PARTS: Array<[string, string, string]> = [
	['BuildingNumber', 'buildingNumber', 'Building Number'],
	['City', 'city', 'City'],
	['FlatNumber', 'flatNumber', 'Flat Number'],
	['PostalCode', 'postalCode', 'Postal Code'],
	['Street', 'street', 'Street'],
];

/** The UI parameter for one ERP field (used at top level and inside collections). */
function toProperty(field: ErpField, topLevel: boolean): INodeProperties {
	const base = {
		displayName: field.displayName,
		name: field.param,
		description: field.description,
		placeholder: field.placeholder,
		required: topLevel && field.required ? true : undefined,
	};
	switch (field.type) {
		case 'number':
			return { ...base, type: 'number', default: field.default ?? 0, typeOptions: field.typeOptions };
		case 'boolean':
			return { ...base, type: 'boolean', default: field.default ?? false };
		case 'options':
			return { ...base, type: 'options', options: field.options ?? [], default: field.default ?? field.options?.[0]?.value ?? '' };
		case 'date':
			return { ...base, type: 'dateTime', default: '' };
		case 'reference':
			return {
				...base,
				displayName: `${field.displayName} Name or ID`,
				description:
					'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
				type: 'options',
				typeOptions: { loadOptionsMethod: field.loadOptionsMethod },
				default: '',
			};
		case 'address':
			return {
				...base,
				type: 'collection',
				placeholder: 'Add Address Field',
				default: {},
				options: ADDRESS_PARTS.map(([, name, displayName]) => ({
					displayName,
					name,
					type: 'string',
					default: '',
				})),
			};
		default:
			return { ...base, type: 'string', default: field.default ?? '' };
	}
}

function byDisplayName(a: INodeProperties, b: INodeProperties) {
	return a.displayName.localeCompare(b.displayName);
}

/** Create: required fields as parameters, the rest under Additional Fields. */
export function createFieldsDescription(
	resource: ResourceDefinition,
	fields: ErpField[] = resource.fields,
	operation = 'create',
): INodeProperties[] {
	const show = { resource: [resource.value], operation: [operation] };
	const required = fields.filter((field) => field.required).map((field) => ({ ...toProperty(field, true), displayOptions: { show } }));
	const optional = fields.filter((field) => !field.required);
	return [
		...required,
		...(optional.length
			? [
					{
						displayName: 'Additional Fields',
						name: 'additionalFields',
						type: 'collection',
						placeholder: 'Add Field',
						default: {},
						displayOptions: { show },
						options: optional.map((field) => toProperty(field, false)).sort(byDisplayName),
					} as INodeProperties,
				]
			: []),
	];
}

/** Update: every writable field under Update Fields; only what the user adds is changed. */
export function updateFieldsDescription(
	resource: ResourceDefinition,
	fields: ErpField[] = resource.fields,
): INodeProperties[] {
	return [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show: { resource: [resource.value], operation: ['update'] } },
			options: fields
				.filter((field) => !field.createOnly)
				.map((field) => toProperty({ ...field, required: false }, false))
				.sort(byDisplayName),
		},
	];
}

/** Converts one UI value to what ERP XT expects, validating it first. */
function toErpValue(
	this: IExecuteFunctions,
	field: ErpField,
	value: unknown,
	itemIndex: number,
): unknown {
	const problem = field.validate?.(value);
	if (problem) {
		throw new NodeOperationError(this.getNode(), `${field.displayName}: ${problem}`, { itemIndex });
	}
	switch (field.type) {
		case 'number':
			return requireNumber.call(this, value, field.displayName, itemIndex);
		case 'reference':
			return toId.call(this, value, field.displayName, itemIndex);
		case 'date':
			return requireErpDate.call(this, value, field.displayName, itemIndex);
		case 'address': {
			const address: IDataObject = {};
			for (const [key, name] of ADDRESS_PARTS) {
				const part = (value as IDataObject)[name];
				if (part !== undefined) address[key] = part;
			}
			return address;
		}
		default:
			return value;
	}
}

function isEmpty(value: unknown) {
	return value === undefined || value === null || value === '' || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0);
}

/** Says why a field cannot be sent: the edition lacks it, or the chosen API version is too old. */
function unavailableMessage(field: ErpField, context: OperationContext): string {
	const { connection, version, resource } = context;
	const edition = EDITION_NAMES[connection.edition];
	if (field.editions && !field.editions.includes(connection.edition)) {
		const others = field.editions.map((name) => EDITION_NAMES[name]).join(' and ');
		return `${field.displayName} exists only in the ${others} edition, not in ${edition}`;
	}
	const reachable = resource.api.versions.some((candidate) => versionAtLeast(candidate, field.since));
	const editionCanReach =
		reachable && versionAtLeast(resource.api.defaults[connection.edition] ?? version, field.since);
	return editionCanReach
		? `${field.displayName} needs API version ${String(field.since)} or later; this node uses ${version}`
		: `${field.displayName} is not available in the ${edition} edition (it needs API version ${String(field.since)})`;
}

/**
 * Reads the fields of one item into an ERP body. Fields that this edition or API version does not
 * know are refused before anything is sent, naming what to choose instead.
 */
export function readFields(this: IExecuteFunctions, itemIndex: number, context: OperationContext, mode: 'create' | 'update'): IDataObject {
	const { connection, version, resource } = context;
	const fields = resource.fields;
	const body: IDataObject = {};
	const collection =
		mode === 'create'
			? (this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject)
			: (this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject);
	for (const field of fields) {
		const value =
			mode === 'create' && field.required
				? this.getNodeParameter(field.param, itemIndex)
				: collection[field.param];
		if (isEmpty(value) && field.type !== 'number' && field.type !== 'boolean') {
			if (mode === 'create' && field.required) {
				throw new NodeOperationError(this.getNode(), `${field.displayName} is required`, { itemIndex });
			}
			continue;
		}
		if (value === undefined) continue;
		if (!fieldAvailable(field, connection, version)) {
			throw new NodeOperationError(this.getNode(), unavailableMessage(field, context), {
				itemIndex,
				description: 'Remove the field from the node, or use a credential and API version that have it.',
			});
		}
		body[field.key] = toErpValue.call(this, field, value, itemIndex) as IDataObject;
		for (const alias of field.aliases ?? []) body[alias] = body[field.key];
	}
	return body;
}

/**
 * The writable part of a record as read from ERP XT, so that an update can send it back whole:
 * whether ERP XT's PUT merges or replaces is undocumented, and sending every writable field keeps
 * untouched values intact under both. Read-back dates (2024-06-05T00:00:00+02:00) become YYYY-MM-DD.
 */
export function writableSnapshot(record: IDataObject, fields: ErpField[]): IDataObject {
	const snapshot: IDataObject = {};
	for (const field of fields) {
		const readKey = [field.key, ...(field.aliases ?? [])].find((key) => key in record);
		if (!readKey) continue;
		const value = record[readKey];
		// A create-only field (PaymentStatus) is sent back only while it holds a value ERP XT accepts on
		// write, so a replacing PUT cannot reset it, and a partly paid invoice (2) is not refused.
		if (field.createOnly && field.validate?.(value) !== undefined) continue;
		snapshot[field.key] =
			field.type === 'date' && typeof value === 'string' ? value.slice(0, 10) : (value as IDataObject);
		for (const alias of field.aliases ?? []) snapshot[alias] = snapshot[field.key];
	}
	return snapshot;
}
