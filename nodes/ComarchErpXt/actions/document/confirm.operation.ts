import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';
import { recordLocator } from '../common.descriptions';
import { fetchRecord, readRecordId, subjectOf } from '../records';
import { article } from '../../helpers/text';

export const option = (resource: ResourceDefinition) => ({
	name: 'Confirm',
	value: 'confirm',
	description: `Confirm ${article(resource.noun)} permanently (it leaves the buffer and can no longer be changed)`,
	action: `Confirm ${article(resource.noun)}`,
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['confirm'])];
}

/**
 * PUT {collection}/confirm. ERP XT does not document the body; one public client sends {"Id": n}
 * and the bulk methods use IdCollection, so both are sent (ASP.NET binders ignore what they do not
 * know). Returns the document as confirmed.
 */
export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	await erpApiRequest.call(this, 'PUT', `${context.path}/confirm`, {
		body: { Id: id, IdCollection: [id] },
		itemIndex,
		subject: subjectOf(context.resource, id),
	});
	return toItems([await fetchRecord.call(this, itemIndex, context, id)], itemIndex);
};
