import type { INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toId } from '../../helpers/validation';
import { show } from '../common.descriptions';
import { createDocument, description as documentCreateDescription, option } from '../document/create.operation';

export { option };

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [
		...documentCreateDescription(resource),
		{
			displayName: 'Linked Advance Invoice ID',
			name: 'linkedAdvanceInvoiceId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 2760801',
			description:
				'A further advance payment for the same order: the ID of the earlier advance invoice to link to. Empty for the first advance.',
			displayOptions: show(resource, ['create']),
		},
	];
}

/** POST …/advanceInvoices, with ?advanceId= when the advance continues an earlier one. */
export const execute: OperationExecute = async function (itemIndex, context) {
	const linked = String(this.getNodeParameter('linkedAdvanceInvoiceId', itemIndex, '') ?? '').trim();
	const qs = linked ? { advanceId: toId.call(this, linked, 'Linked Advance Invoice ID', itemIndex) } : undefined;
	return await createDocument.call(this, itemIndex, context, qs);
};
