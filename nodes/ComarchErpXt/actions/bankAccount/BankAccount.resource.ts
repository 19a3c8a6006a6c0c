import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { masterDataOperations } from '../crud';
import { buildResource } from '../resource';

export const bankAccount: ResourceDefinition = {
	value: 'bankAccount',
	noun: 'bank account',
	api: API_FAMILIES.bankAccounts,
	titleKey: 'AccountNumber',
	// Field names follow the public client library; ERP XT's own page for bank accounts was not published.
	fields: [
		{
			key: 'AccountNumber',
			param: 'accountNumber',
			displayName: 'Account Number',
			type: 'string',
			required: true,
			placeholder: 'e.g. DE89370400440532013000',
		},
		{ key: 'Symbol', param: 'symbol', displayName: 'Symbol', type: 'string', required: true, placeholder: 'e.g. BANK-EUR' },
		{
			key: 'ReportingPeriod',
			param: 'reportingPeriod',
			displayName: 'Statement Period',
			type: 'options',
			required: true,
			options: [
				{ name: 'Daily', value: 1 },
				{ name: 'Indefinite', value: 4 },
				{ name: 'Monthly', value: 3 },
				{ name: 'Weekly', value: 2 },
			],
			default: 3,
			description: 'How often the bank sends statements (ERP XT field ReportingPeriod)',
		},
		{ key: 'BankName', param: 'bankName', displayName: 'Bank Name', type: 'string' },
		{
			key: 'Primary',
			param: 'primary',
			displayName: 'Default',
			type: 'boolean',
			description: 'Whether this is the default bank account for new documents (ERP XT field Primary)',
		},
	],
	simplify: ['Id', 'AccountNumber', 'BankName', 'Symbol', 'ReportingPeriod', 'Primary'],
	filterFields: [
		{ name: 'Account Number', value: 'AccountNumber', type: 'string' },
		{ name: 'Bank Name', value: 'BankName', type: 'string' },
		{ name: 'Default', value: 'Primary', type: 'boolean' },
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Symbol', value: 'Symbol', type: 'string' },
	],
};

export const bankAccountResource = buildResource(bankAccount, masterDataOperations);
