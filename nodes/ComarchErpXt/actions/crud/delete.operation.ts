import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { apiPath, erpApiRequest } from '../../transport';
import { recordLocator } from '../common.descriptions';
import { readRecordId, subjectOf } from '../records';
import { singleOption } from '../resource';

export const option = (resource: ResourceDefinition) => singleOption('Delete', 'delete', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['delete'])];
}

/** DELETE {collection}/{id}, on the path the resource documents for deleting. */
export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	const { deleteVersion } = context.resource;
	const path = deleteVersion ? apiPath(context.resource.api, deleteVersion) : context.path;
	await erpApiRequest.call(this, 'DELETE', `${path}/${id}`, { itemIndex, subject: subjectOf(context.resource, id) });
	return toItems([{ deleted: true, id }], itemIndex);
};
