import type { INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { show } from '../common.descriptions';
import { findByNumber } from '../records';
import { article } from '../../helpers/text';

export const option = (resource: ResourceDefinition) => ({
	name: 'Get by Number',
	value: 'getByNumber',
	description: `Get ${article(resource.noun)} by its document number`,
	action: `Get ${article(resource.noun)} by number`,
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	return [
		{
			displayName: 'Document Number',
			name: 'documentNumber',
			type: 'string',
			required: true,
			default: '',
			placeholder: resource.value === 'proforma' ? 'e.g. PF/24/6/1' : 'e.g. FS/24/6/1',
			displayOptions: show(resource, ['getByNumber']),
		},
	];
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const number = String(this.getNodeParameter('documentNumber', itemIndex) ?? '').trim();
	if (!number) throw new NodeOperationError(this.getNode(), 'Document Number is empty', { itemIndex });
	const matches = await findByNumber.call(this, itemIndex, { ...context.resource, path: context.path }, number);
	if (!matches.length) {
		throw new NodeOperationError(this.getNode(), `No ${context.resource.noun} with the number ${number} was found in ERP XT`, {
			itemIndex,
			description: 'Check the number (including slashes, e.g. FS/24/6/1).',
		});
	}
	return toItems(matches, itemIndex);
};
