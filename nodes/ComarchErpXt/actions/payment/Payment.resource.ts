import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import { buildResource } from '../resource';
import * as updateStatus from './updateStatus.operation';

/** Payments to make and to receive ("płatności", payment details), Poland and Betterfly. */
export const payment: ResourceDefinition = {
	value: 'payment',
	noun: 'payment',
	api: API_FAMILIES.paymentDetails,
	idKey: 'PaymentId',
	titleKey: 'DocumentNumber',
	fields: [],
	simplify: ['PaymentId', 'PaymentType', 'DocumentNumber', 'IssueDate', 'DueDate', 'Amount', 'Currency', 'Payable', 'SenderName', 'RecipientName'],
	filterFields: [
		{ name: 'Amount', value: 'Amount', type: 'number' },
		{ name: 'Document Number', value: 'DocumentNumber', type: 'string' },
		{ name: 'Due Date', value: 'DueDate', type: 'date' },
		{ name: 'Issue Date', value: 'IssueDate', type: 'date' },
		{ name: 'Payable (Not Settled)', value: 'Payable', type: 'boolean' },
		{ name: 'Payment ID', value: 'PaymentId', type: 'number' },
		{ name: 'Type (INCOME, OUTCOME, VAT, …)', value: 'PaymentType', type: 'string' },
	],
};

export const paymentResource = buildResource(payment, [crud.getAll, updateStatus], 'getAll');
