import type { IDataObject } from 'n8n-workflow';

import { API_FAMILIES } from '../../helpers/apiFamilies';
import type { ResourceDefinition } from '../../helpers/interfaces';
import { masterDataOperations } from '../crud';
import { mergeChanges } from '../crud/update.operation';
import { buildResource } from '../resource';

/** VAT rate keys (erpxt-api.md §5.1). Polish percentages are documented; German ones are assumed. */
export const VAT_RATE_OPTIONS = [
	{ name: 'Exempt (1)', value: 1 },
	{ name: 'Not Subject to VAT (0)', value: 0 },
	{ name: 'Reduced: PL 4 % (6)', value: 6 },
	{ name: 'Reduced: PL 5 % (7)', value: 7 },
	{ name: 'Reduced: PL 8 %, DE 7 % (8)', value: 8 },
	{ name: 'Standard: PL 23 %, DE 19 % (9)', value: 9 },
	{ name: 'Zero Rate 0 % (2)', value: 2 },
];

export const product: ResourceDefinition = {
	value: 'product',
	noun: 'product',
	api: API_FAMILIES.products,
	titleKey: 'Name',
	fields: [
		{ key: 'Name', param: 'name', displayName: 'Name', type: 'string', required: true, placeholder: 'e.g. Wireless Mouse' },
		{
			key: 'UnitOfMeasurement',
			// Requests are documented with this spelling, responses and the public client use "UnitOfMeasurment".
			aliases: ['UnitOfMeasurment'],
			param: 'unitOfMeasurement',
			displayName: 'Unit of Measurement',
			type: 'string',
			required: true,
			placeholder: 'e.g. pcs',
		},
		{
			key: 'Rate',
			param: 'rate',
			displayName: 'VAT Rate',
			type: 'options',
			required: true,
			options: VAT_RATE_OPTIONS,
			default: 9,
			description: 'ERP XT VAT rate key. The number in brackets is what ERP XT stores.',
		},
		{ key: 'Description', param: 'description', displayName: 'Description', type: 'string', default: '' },
		{
			key: 'ProductCode',
			param: 'productCode',
			displayName: 'Product Code',
			type: 'string',
			placeholder: 'e.g. P/000001',
			description: 'Left empty, ERP XT assigns the next code',
		},
		{
			key: 'SaleNetPrice',
			param: 'saleNetPrice',
			displayName: 'Sale Net Price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: 'ERP XT computes the gross price from it and the VAT rate',
		},
		{
			key: 'SaleGrossPrice',
			param: 'saleGrossPrice',
			displayName: 'Sale Gross Price',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			description: 'Used when no net price is given: ERP XT computes the net price from it',
		},
		{
			key: 'ItemCode',
			param: 'itemCode',
			displayName: 'PKWiU Classification',
			type: 'string',
			editions: ['pl', 'betterfly'],
			description: 'Polish statistical classification (PKWiU). Poland and Betterfly only.',
		},
	],
	// ERP XT recomputes gross from net when both are sent, so a gross-only change must not carry the old net.
	mergeUpdate: (current: IDataObject, changes: IDataObject) => {
		const merged = mergeChanges(current, changes);
		if ('UnitOfMeasurement' in changes) merged.UnitOfMeasurment = changes.UnitOfMeasurement;
		if ('SaleGrossPrice' in changes && !('SaleNetPrice' in changes)) delete merged.SaleNetPrice;
		if ('SaleNetPrice' in changes && !('SaleGrossPrice' in changes)) delete merged.SaleGrossPrice;
		return merged;
	},
	simplify: [
		'Id',
		'Name',
		'ProductCode',
		'UnitOfMeasurment',
		'Rate',
		'SaleNetPrice',
		'SaleGrossPrice',
		'Quantity',
		'ProductType',
		'Description',
	],
	filterFields: [
		{ name: 'ID', value: 'Id', type: 'number' },
		{ name: 'Name', value: 'Name', type: 'string' },
		{ name: 'Product Code', value: 'ProductCode', type: 'string' },
		{ name: 'Product Type', value: 'ProductType', type: 'number' },
		{ name: 'Sale Gross Price', value: 'SaleGrossPrice', type: 'number' },
		{ name: 'Sale Net Price', value: 'SaleNetPrice', type: 'number' },
		{ name: 'Stock Quantity', value: 'Quantity', type: 'number' },
		{ name: 'VAT Rate Key', value: 'Rate', type: 'number' },
	],
};

export const productResource = buildResource(product, masterDataOperations);
