import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationExecute, RecordTarget, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { apiPath, resolveVersion } from '../../transport';
import { recordLocator, show } from '../common.descriptions';
import { readLocatorId } from '../records';
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
		recordLocator(resource, ['createFromDocument'], {
			target: resource.source,
			name: 'sourceDocumentId',
			displayName: 'Document to Correct',
			description: `The confirmed ${resource.source?.noun ?? 'document'} this correction is made from`,
		}),
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
	const source = context.resource.source as RecordTarget;
	const sourcePath = apiPath(source.api, resolveVersion.call(this, source.api, context.connection, undefined, source.noun));
	const sourceId = await readLocatorId.call(this, itemIndex, 'sourceDocumentId', { ...source, path: sourcePath }, 'Document to Correct');
	if (sourceId === undefined) {
		throw new NodeOperationError(this.getNode(), 'Document to Correct is empty', { itemIndex });
	}
	const reason = String(this.getNodeParameter('correctionReason', itemIndex, '') ?? '').trim();
	// Always a non-empty body: n8n drops an empty object, and a model-bound POST may refuse having none.
	const body: IDataObject = { CorrectionReasonText: reason };
	return toItems([await createRecord.call(this, itemIndex, context, body, { documentId: sourceId })], itemIndex);
};
