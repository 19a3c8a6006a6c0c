import type { INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readFields, updateFieldsDescription } from '../../helpers/fields';
import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { fillProductPrices, lineItemsDescription, readLineItems, writableLines } from '../../helpers/lineItems';
import { toItems } from '../../helpers/output';
import { assertChanges, updateRecord } from '../crud/update.operation';
import { recordLocator } from '../common.descriptions';
import { fetchRecord, readRecordId, subjectOf } from '../records';
import { singleOption } from '../resource';
import { capitalise } from '../../helpers/text';

export const option = (resource: ResourceDefinition) => singleOption('Update', 'update', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [recordLocator(resource, ['update']), ...updateFieldsDescription(resource), ...lineItemsDescription(resource.value, 'update')];
}

/** Changes a document still in the buffer: header fields, and optionally its lines (replaced as a whole). */
export const execute: OperationExecute = async function (itemIndex, context) {
	const { resource, version } = context;
	const changes = readFields.call(this, itemIndex, context, 'update');
	const lines = readLineItems.call(this, itemIndex, context, 'update');
	if (!lines) assertChanges.call(this, itemIndex, changes, resource.noun);

	const id = await readRecordId.call(this, itemIndex, context);
	const current = await fetchRecord.call(this, itemIndex, context, id);
	if (Number(current.Status) === 1) {
		throw new NodeOperationError(
			this.getNode(),
			`${capitalise(subjectOf(resource, String(current.Number ?? id)))} cannot be changed: it is ${resource.value === 'proforma' ? 'already converted into an invoice' : 'confirmed'}`,
			{ itemIndex, description: 'ERP XT only changes documents that are still in the buffer (drafts).' },
		);
	}
	const switchesAmounts = 'InvoiceType' in changes && Number(changes.InvoiceType) !== Number(current.InvoiceType ?? 0);
	if (switchesAmounts && !lines) {
		throw new NodeOperationError(this.getNode(), `Amounts Are changes only together with new line prices`, {
			itemIndex,
			description: 'The current line prices would be read the other way (net as gross or gross as net). Replace the lines too.',
		});
	}
	const items = lines
		? await fillProductPrices.call(this, itemIndex, context, lines, {
				gross: Number(changes.InvoiceType ?? current.InvoiceType) === 1,
				currencyCode: changes.CurrencyCode ?? current.CurrencyCode,
			})
		: writableLines(current.Items, version);
	return toItems([await updateRecord.call(this, itemIndex, context, id, { ...changes, Items: items }, current)], itemIndex);
};
