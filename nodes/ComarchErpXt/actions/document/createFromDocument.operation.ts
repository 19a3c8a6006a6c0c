import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { toId } from '../../helpers/validation';
import { show } from '../common.descriptions';
import { createRecord, returnRecordOption } from '../crud/create.operation';

export const option = (resource: ResourceDefinition) => ({
	name: 'Create From Document',
	value: 'createFromDocument',
	description: `Create a draft ${resource.noun} from the document it corrects`,
	action: `Create a ${resource.noun} from a document`,
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	const where = show(resource, ['createFromDocument']);
	return [
		{
			displayName: 'Source Document ID',
			name: 'sourceDocumentId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2760795',
			description:
				resource.value === 'correctiveAdvanceInvoice'
					? 'ID of the advance invoice to correct'
					: 'ID of the sales invoice to correct',
			displayOptions: where,
		},
		{
			displayName: 'Correction Reason',
			name: 'correctionReason',
			type: 'string',
			default: '',
			placeholder: 'e.g. Price reduction agreed on 2024-06-10',
			displayOptions: where,
		},
		returnRecordOption(resource, ['createFromDocument']),
	];
}

/**
 * POST …/correctiveinvoices?documentId={source}: ERP XT copies the source into a draft correction,
 * which Update then changes and Confirm makes permanent.
 */
export const execute: OperationExecute = async function (itemIndex, context) {
	const sourceId = toId.call(this, this.getNodeParameter('sourceDocumentId', itemIndex), 'Source Document ID', itemIndex);
	const reason = String(this.getNodeParameter('correctionReason', itemIndex, '') ?? '').trim();
	// Always a non-empty body: n8n drops an empty object, and a model-bound POST may refuse having none.
	const body: IDataObject = { CorrectionReasonText: reason };
	return toItems([await createRecord.call(this, itemIndex, context, body, { documentId: sourceId })], itemIndex);
};
