import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { createFieldsDescription, readFields } from '../../helpers/fields';
import type { OperationContext, OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { fillProductPrices, lineItemsDescription, readLineItems } from '../../helpers/lineItems';
import { toItems } from '../../helpers/output';
import { createRecord, returnRecordOption } from '../crud/create.operation';
import { singleOption } from '../resource';

export const option = (resource: ResourceDefinition) => singleOption('Create', 'create', resource);

export function description(resource: ResourceDefinition): INodeProperties[] {
	const fields = createFieldsDescription(resource);
	const required = fields.filter((property) => property.name !== 'additionalFields');
	const additional = fields.filter((property) => property.name === 'additionalFields');
	return [...required, ...lineItemsDescription(resource.value, 'create'), ...additional, returnRecordOption(resource, ['create'])];
}

/** Creates a document in the buffer (draft, Status 0) with its line items. */
export async function createDocument(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	qs?: IDataObject,
): Promise<INodeExecutionData[]> {
	const header = readFields.call(this, itemIndex, context, 'create');
	const lines = readLineItems.call(this, itemIndex, context, 'create') ?? [];
	const items = await fillProductPrices.call(this, itemIndex, context, lines, {
		gross: header.InvoiceType === 1,
		currencyCode: header.CurrencyCode,
	});
	const body = { ...header, Items: items };
	return toItems([await createRecord.call(this, itemIndex, context, body, qs)], itemIndex);
}

export const execute: OperationExecute = async function (itemIndex, context) {
	return await createDocument.call(this, itemIndex, context);
};
