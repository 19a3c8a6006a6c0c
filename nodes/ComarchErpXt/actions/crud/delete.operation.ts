import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';
import { recordLocator } from '../common.descriptions';
import { singleOption } from '../resource';
import { readRecordId, subjectOf } from '../records';

export const option = (resource: ResourceDefinition) => singleOption('Delete', 'delete', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['delete'])];
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	await erpApiRequest.call(this, 'DELETE', `${context.path}/${id}`, {
		itemIndex,
		subject: subjectOf(context.resource, id),
	});
	return toItems([{ deleted: true, id }], itemIndex);
};
