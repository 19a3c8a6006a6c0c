import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { recordLocator } from '../common.descriptions';
import { singleOption } from '../resource';
import { fetchRecord, readRecordId } from '../records';

export const option = (resource: ResourceDefinition) => singleOption('Get', 'get', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['get'])];
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	return toItems([await fetchRecord.call(this, itemIndex, context, id)], itemIndex);
};
