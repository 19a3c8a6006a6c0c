import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';
import { recordLocator, show } from '../common.descriptions';
import { readRecordId, subjectOf } from '../records';

export const option = () => ({
	name: 'Finalize',
	value: 'finalize',
	description: 'Turn an advance invoice, or it and all advances linked to it, into the final invoice',
	action: 'Finalize an advance invoice',
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [
		recordLocator(resource, ['finalize']),
		{
			displayName: 'Convert',
			name: 'convertAll',
			type: 'options',
			options: [
				{ name: 'This Advance Invoice Only', value: false },
				{ name: 'All Linked Advance Invoices', value: true, description: 'One final invoice for the whole chain of advances' },
			],
			default: false,
			displayOptions: show(resource, ['finalize']),
		},
	];
}

/** Finalize exists only as v1.2 (erpxt-api.md §12.2) and answers the final invoice itself. */
export const execute: OperationExecute = async function (itemIndex, context) {
	const id = await readRecordId.call(this, itemIndex, context);
	const convertAll = this.getNodeParameter('convertAll', itemIndex, false) as boolean;
	const finalInvoice = (await erpApiRequest.call(this, 'POST', `v1.2/advanceInvoices/${id}/finalize`, {
		qs: { convertAll },
		itemIndex,
		subject: subjectOf(context.resource, id),
	})) as IDataObject;
	return toItems([finalInvoice], itemIndex);
};
