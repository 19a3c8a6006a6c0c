import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { toId } from '../../helpers/validation';
import { apiPath, asArray, erpApiRequest } from '../../transport';
import { show } from '../common.descriptions';

export const option = () => ({
	name: 'Update Status',
	value: 'updateStatus',
	description: 'Mark a payment as settled or not settled',
	action: 'Update the status of a payment',
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	const where = show(resource, ['updateStatus']);
	return [
		{
			displayName: 'Payment ID',
			name: 'paymentId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 7300101',
			description: 'The PaymentId from Payment → Get Many',
			displayOptions: where,
		},
		{
			displayName: 'Status',
			name: 'settled',
			type: 'options',
			options: [
				{ name: 'Settled', value: true, description: 'Fully paid; no longer payable' },
				{ name: 'Not Settled', value: false, description: 'Still payable' },
			],
			default: true,
			displayOptions: where,
		},
	];
}

/**
 * PUT v1.4/payments. ERP XT documents the method but not its body; the payment details expose
 * "Payable" (true = not or partly settled, false = settled or cancelled), so the node sends
 * {PaymentId, Payable} and then reads the payment back.
 */
export const execute: OperationExecute = async function (itemIndex, context) {
	const paymentId = toId.call(this, this.getNodeParameter('paymentId', itemIndex), 'Payment ID', itemIndex);
	const settled = this.getNodeParameter('settled', itemIndex, true) as boolean;
	const subject = `payment ${paymentId}`;
	await erpApiRequest.call(this, 'PUT', apiPath(API_FAMILIES.payments, '1.4'), {
		body: { PaymentId: paymentId, Payable: !settled },
		itemIndex,
		subject,
	});
	const [payment] = asArray(
		await erpApiRequest.call(this, 'GET', context.path, { qs: { $filter: `PaymentId eq ${paymentId}` }, itemIndex, subject }),
	);
	return toItems([(payment as IDataObject) ?? { PaymentId: paymentId, Payable: !settled }], itemIndex);
};
