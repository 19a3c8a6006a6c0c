import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { masterDataOperations } from '../crud';
import { buildResource } from '../resource';

export const PAYMENT_KIND_OPTIONS = [
	{ name: 'Bank Transfer', value: 1 },
	{ name: 'Card', value: 2 },
	{ name: 'Cash', value: 0 },
];

export const paymentType: ResourceDefinition = {
	value: 'paymentType',
	noun: 'payment type',
	api: API_FAMILIES.paymentTypes,
	titleKey: 'Name',
	fields: [
		{ key: 'Name', param: 'name', displayName: 'Name', type: 'string', required: true, placeholder: 'e.g. Transfer 14 days' },
		{
			key: 'Deadline',
			param: 'deadline',
			displayName: 'Payment Term (Days)',
			type: 'number',
			required: true,
			default: 14,
			typeOptions: { minValue: 0, maxValue: 366 },
			description: 'Days until payment is due, 0 to 366',
			validate: (value) =>
				Number.isInteger(Number(value)) && Number(value) >= 0 && Number(value) <= 366
					? undefined
					: `must be a whole number of days from 0 to 366, not ${String(value)}`,
		},
		{
			key: 'Type',
			param: 'type',
			displayName: 'Kind',
			type: 'options',
			required: true,
			options: PAYMENT_KIND_OPTIONS,
			default: 1,
			description: 'How the customer pays (ERP XT field Type)',
		},
		{
			key: 'Primary',
			param: 'primary',
			displayName: 'Default',
			type: 'boolean',
			description: 'Whether this is the default payment type for new documents (ERP XT field Primary)',
		},
	],
	simplify: ['Id', 'Name', 'Type', 'Deadline', 'Primary'],
	filterFields: [
		{ name: 'Default', value: 'Primary', type: 'boolean' },
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Kind', value: 'Type', type: 'number' },
		{ name: 'Name', value: 'Name', type: 'string' },
		{ name: 'Payment Term (Days)', value: 'Deadline', type: 'number' },
	],
};

export const paymentTypeResource = buildResource(paymentType, masterDataOperations);
