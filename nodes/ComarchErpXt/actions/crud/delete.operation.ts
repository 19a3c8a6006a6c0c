import type { INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

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

/**
 * DELETE {collection}/{id}. The proforma page documents delete on the unversioned path even for
 * v1.4, so a versioned path that answers 405 is retried once on the unversioned one.
 */
export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	const request = { itemIndex, subject: subjectOf(context.resource, id) };
	try {
		await erpApiRequest.call(this, 'DELETE', `${context.path}/${id}`, request);
	} catch (error) {
		const legacy = apiPath(context.resource.api, '1.0');
		const canRetry = context.version !== '1.0' && context.resource.api.versions.includes('1.0');
		if (!canRetry || (error as { httpCode?: string }).httpCode !== '405') {
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
		await erpApiRequest.call(this, 'DELETE', `${legacy}/${id}`, request);
	}
	return toItems([{ deleted: true, id }], itemIndex);
};
