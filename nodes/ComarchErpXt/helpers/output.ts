import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ResourceDefinition } from './interfaces';

const ISO_LOCAL_MIDNIGHT = /^\d{4}-\d{2}-\d{2}T00:00:00(\.0+)?([+-]\d{2}:\d{2}|Z)?$/;

/** At most ten useful fields, flattened; ERP dates (local midnight with offset) become YYYY-MM-DD. */
export function simplifyRecord(resource: ResourceDefinition, record: IDataObject): IDataObject {
	const simple: IDataObject = {};
	for (const path of resource.simplify) {
		const keys = path.split('.');
		let value: unknown = record;
		for (const key of keys) value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
		if (value === undefined) continue;
		simple[keys[keys.length - 1]] =
			typeof value === 'string' && ISO_LOCAL_MIDNIGHT.test(value) ? value.slice(0, 10) : (value as IDataObject);
	}
	return simple;
}

export function toItems(records: IDataObject[], itemIndex: number): INodeExecutionData[] {
	return records.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
