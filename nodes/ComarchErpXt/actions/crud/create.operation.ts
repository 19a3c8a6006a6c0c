import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { createFieldsDescription, readFields } from '../../helpers/fields';
import type { OperationContext, OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';
import { singleOption } from '../resource';
import { show } from '../common.descriptions';
import { createdId, fetchRecord } from '../records';

export function returnRecordOption(resource: ResourceDefinition, operations: string[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'createOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: show(resource, operations),
		options: [
			{
				displayName: 'Return Full Record',
				name: 'returnFullRecord',
				type: 'boolean',
				default: true,
				description: `Whether to read the ${resource.noun} back after saving it (one more request) instead of returning only its ID`,
			},
		],
	};
}

export const option = (resource: ResourceDefinition) => singleOption('Create', 'create', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [...createFieldsDescription(resource), returnRecordOption(resource, ['create'])];
}

/**
 * Sends a create and returns the new record. ERP XT answers only the new ID; reading the record
 * back is optional. If that read fails the record still exists, so the ID is returned rather
 * than an error that would invite a second (duplicate) create.
 */
export async function createRecord(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	body: IDataObject | undefined,
	qs?: IDataObject,
): Promise<IDataObject> {
	const { resource } = context;
	const response = await erpApiRequest.call(this, 'POST', context.path, {
		body,
		qs,
		itemIndex,
		subject: `the new ${resource.noun}`,
	});
	const id = createdId.call(this, response, itemIndex, resource);
	const options = this.getNodeParameter('createOptions', itemIndex, {}) as IDataObject;
	if (options.returnFullRecord === false) return { Id: id };
	try {
		return await fetchRecord.call(this, itemIndex, context, id);
	} catch (error) {
		return { Id: id, readBackError: (error as Error).message };
	}
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const body = readFields.call(this, itemIndex, context, 'create');
	return toItems([await createRecord.call(this, itemIndex, context, body)], itemIndex);
};
