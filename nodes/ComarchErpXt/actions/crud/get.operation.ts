import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';
import { recordLocator } from '../common.descriptions';
import { singleOption } from '../resource';
import { readRecordId, subjectOf } from '../records';

export const option = (resource: ResourceDefinition) => singleOption('Get', 'get', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['get'])];
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	const record = await erpApiRequest.call(this, 'GET', `${context.path}/${id}`, {
		itemIndex,
		subject: subjectOf(context.resource, id),
	});
	return toItems([record as never], itemIndex);
};
