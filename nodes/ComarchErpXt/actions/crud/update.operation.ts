import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readFields, updateFieldsDescription, writableSnapshot } from '../../helpers/fields';
import type { OperationContext, OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';
import { recordLocator } from '../common.descriptions';
import { singleOption } from '../resource';
import { fetchRecord, readRecordId, subjectOf } from '../records';

export const option = (resource: ResourceDefinition) => singleOption('Update', 'update', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['update']), ...updateFieldsDescription(resource)];
}

/**
 * Read, merge, write: ERP XT's PUT goes to the collection URL with Id in the body, and whether it
 * merges or replaces is undocumented. Sending the current writable values plus the changes leaves
 * fields the user did not touch as they were under either behaviour. Returns the record as saved.
 */
export async function updateRecord(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	id: number,
	changes: IDataObject,
	current?: IDataObject,
): Promise<IDataObject> {
	const { resource } = context;
	current ??= await fetchRecord.call(this, itemIndex, context, id);
	const snapshot = writableSnapshot(current, resource.fields);
	const merged = resource.mergeUpdate ? resource.mergeUpdate(snapshot, changes) : mergeChanges(snapshot, changes);
	const body = { Id: id, ...merged };
	await erpApiRequest.call(this, 'PUT', context.path, { body, itemIndex, subject: subjectOf(resource, id) });
	// The change is saved; a failed read-back must not look like a failed update (and invite a rerun).
	try {
		return await fetchRecord.call(this, itemIndex, context, id);
	} catch (error) {
		return { ...body, readBackError: (error as Error).message };
	}
}

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Changes win; nested objects such as Address are merged part by part, so one changed city keeps the street. */
export function mergeChanges(current: IDataObject, changes: IDataObject): IDataObject {
	const merged: IDataObject = { ...current };
	for (const [key, value] of Object.entries(changes)) {
		merged[key] = isPlainObject(value) && isPlainObject(current[key]) ? { ...current[key], ...value } : value;
	}
	return merged;
}

/** Refuses an update without changes before anything is sent. */
export function assertChanges(this: IExecuteFunctions, itemIndex: number, changes: IDataObject, noun: string) {
	if (Object.keys(changes).length === 0) {
		throw new NodeOperationError(this.getNode(), `Nothing to update on the ${noun}`, {
			itemIndex,
			description: 'Add at least one field under Update Fields.',
		});
	}
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const changes = readFields.call(this, itemIndex, context, 'update');
	assertChanges.call(this, itemIndex, changes, context.resource.noun);
	const id = await readRecordId.call(this, itemIndex, context);
	return toItems([await updateRecord.call(this, itemIndex, context, id, changes)], itemIndex);
};
