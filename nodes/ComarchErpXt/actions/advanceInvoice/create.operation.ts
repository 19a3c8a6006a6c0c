import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { recordLocator } from '../common.descriptions';
import { readLocatorId } from '../records';
import { createDocument, description as documentCreateDescription, option } from '../document/create.operation';

export { option };

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [
		...documentCreateDescription(resource),
		recordLocator(resource, ['create'], {
			name: 'linkedAdvanceInvoiceId',
			displayName: 'Linked Advance Invoice',
			required: false,
			description: 'For a further advance payment on the same order: the earlier advance invoice to link to. Empty for the first advance.',
		}),
	];
}

/** POST …/advanceInvoices, with ?advanceId= when the advance continues an earlier one. */
export const execute: OperationExecute = async function (itemIndex, context) {
	const linked = await readLocatorId.call(
		this,
		itemIndex,
		'linkedAdvanceInvoiceId',
		{ ...context.resource, path: context.path },
		'Linked Advance Invoice',
	);
	const qs = linked === undefined ? undefined : { advanceId: linked };
	return await createDocument.call(this, itemIndex, context, qs);
};
