import type { INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { apiPath, asArray, erpApiRequest } from '../../transport';
import { recordLocator, show } from '../common.descriptions';
import { readLocatorId } from '../records';

export const option = () => ({
	name: 'Update Status',
	value: 'updateStatus',
	description: 'Mark a payment as settled or not settled',
	action: 'Update the status of a payment',
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	const where = show(resource, ['updateStatus']);
	return [
		recordLocator(resource, ['updateStatus'], {
			name: 'paymentId',
			displayName: 'Payment',
			description: 'The payment to update (its PaymentId)',
		}),
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
	const paymentId = await readLocatorId.call(this, itemIndex, 'paymentId', { ...context.resource, path: context.path }, 'Payment');
	if (paymentId === undefined) throw new NodeOperationError(this.getNode(), 'Payment is empty', { itemIndex });
	const settled = this.getNodeParameter('settled', itemIndex, true) as boolean;
	const subject = `payment ${paymentId}`;
	await erpApiRequest.call(this, 'PUT', apiPath(API_FAMILIES.payments, '1.4'), {
		body: { PaymentId: paymentId, Payable: !settled },
		itemIndex,
		subject,
	});
	const listed = asArray(
		await erpApiRequest.call(this, 'GET', context.path, { qs: { $filter: `PaymentId eq ${paymentId}` }, itemIndex, subject }),
	).find((record) => Number(record.PaymentId) === paymentId);
	// The status was sent; if the list does not show the payment, say so rather than invent its state.
	return toItems(
		[listed ?? { PaymentId: paymentId, requestedPayable: !settled, readBackError: `ERP XT did not list payment ${paymentId} after the update` }],
		itemIndex,
	);
};
