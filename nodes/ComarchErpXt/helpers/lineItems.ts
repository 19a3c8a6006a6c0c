import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, jsonParse } from 'n8n-workflow';

import { apiPath, erpApiRequest } from '../transport';
import { API_FAMILIES } from './apiFamilies';
import type { ApiVersion, Edition, OperationContext } from './interfaces';
import { versionAtLeast } from './fields';
import { requireNumber, toId } from './validation';

/** v1.0 calls the line price ProductCurrencyNetPrice; from v1.1 it is ProductCurrencyPrice (net or gross per InvoiceType). */
export function priceKey(version: ApiVersion): string {
	return version === '1.0' ? 'ProductCurrencyNetPrice' : 'ProductCurrencyPrice';
}

const LINE_VALUES: INodeProperties[] = [
	{
		displayName: 'Product Name or ID',
		name: 'productId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getProducts' },
		default: '',
		description:
			'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{ displayName: 'Quantity', name: 'quantity', type: 'number', default: 1, typeOptions: { numberPrecision: 4 } },
	{
		// Text, not a number field: an empty price must differ from a price of 0 (a free line).
		displayName: 'Unit Price',
		name: 'unitPrice',
		type: 'string',
		default: '',
		placeholder: "e.g. 49.90 (empty: the product's sale price)",
		description:
			"Price per unit in the document currency: net, or gross when Amounts Are is Gross. Left empty, the product's current sale price is used.",
	},
	{ displayName: 'Line Description', name: 'description', type: 'string', default: '' },
	{
		displayName: 'VAT Rate ID',
		name: 'vatRateId',
		type: 'number',
		default: 0,
		description:
			'Poland and Betterfly (API 1.2 and later): ID of an EU VAT rate from VAT Rate → Get Many, for OSS documents. 0 keeps the product\'s rate.',
	},
];

/**
 * Line items as parameters (one row per product) or as JSON built upstream. `operations` decides
 * where they show; on update a mode "Keep Current" leaves the document's lines untouched.
 */
export function lineItemsDescription(resourceValue: string, operation: 'create' | 'update'): INodeProperties[] {
	const modes = [
		{ name: 'Define Below', value: 'fields', description: 'One row per line item' },
		{ name: 'JSON', value: 'json', description: 'An array of line items built by earlier nodes' },
	];
	const show = { resource: [resourceValue], operation: [operation] };
	const modeProperty: INodeProperties =
		operation === 'create'
			? {
					displayName: 'Line Items',
					name: 'itemsInputMode',
					type: 'options',
					options: modes,
					default: 'fields',
					displayOptions: { show },
				}
			: {
					displayName: 'Line Items Change',
					name: 'itemsUpdateMode',
					type: 'options',
					options: [
						{ name: 'Keep Current', value: 'keep', description: 'Leave the lines as they are' },
						{ name: 'Replace: Define Below', value: 'fields', description: 'New lines, one row per line item' },
						{ name: 'Replace: JSON', value: 'json', description: 'New lines as an array built by earlier nodes' },
					],
					default: 'keep',
					displayOptions: { show },
				};
	const whenMode = (mode: string) => ({ show: { ...show, [modeProperty.name]: [mode] } });
	return [
		modeProperty,
		{
			displayName: 'Items',
			name: 'items',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, sortable: true },
			placeholder: 'Add Item',
			default: {},
			displayOptions: whenMode('fields'),
			options: [{ displayName: 'Item', name: 'item', values: LINE_VALUES }],
		},
		{
			displayName: 'Items (JSON)',
			name: 'itemsJson',
			type: 'json',
			default: '[\n  { "productId": 123, "quantity": 1, "unitPrice": 10.5, "description": "" }\n]',
			description:
				"Array of line items. Keys: productId (or ProductId), quantity, unitPrice (or ProductCurrencyPrice / ProductCurrencyNetPrice; leave it out for the product's sale price), description, vatRateId.",
			displayOptions: whenMode('json'),
		},
	];
}

interface RawLine {
	productId?: unknown;
	quantity?: unknown;
	unitPrice?: unknown;
	description?: unknown;
	vatRateId?: unknown;
}

const JSON_KEYS: Record<keyof RawLine, string[]> = {
	productId: ['productId', 'ProductId'],
	quantity: ['quantity', 'Quantity'],
	unitPrice: ['unitPrice', 'price', 'ProductCurrencyPrice', 'ProductCurrencyNetPrice'],
	description: ['description', 'ProductDescription'],
	vatRateId: ['vatRateId', 'VatRateId'],
};

/** A JSON line in the node's or ERP XT's own key names; a misspelt key is refused, not ignored. */
function fromJson(this: IExecuteFunctions, entry: IDataObject, index: number, itemIndex: number): RawLine {
	const known = new Set(Object.values(JSON_KEYS).flat().concat('Id'));
	const unknown = Object.keys(entry).filter((key) => !known.has(key));
	if (unknown.length) {
		throw new NodeOperationError(this.getNode(), `Line ${index + 1}: unknown key "${unknown[0]}" in Items (JSON)`, {
			itemIndex,
			description: `Use ${Object.values(JSON_KEYS).map((keys) => keys[0]).join(', ')}.`,
		});
	}
	const line: RawLine = {};
	for (const [field, keys] of Object.entries(JSON_KEYS) as Array<[keyof RawLine, string[]]>) {
		const key = keys.find((candidate) => candidate in entry);
		if (key === undefined) continue;
		// A key that is present but null (e.g. a price that failed to convert upstream) is an error, not "missing".
		if (entry[key] === null && field !== 'description') {
			throw new NodeOperationError(this.getNode(), `Line ${index + 1}: ${key} is null in Items (JSON)`, { itemIndex });
		}
		line[field] = entry[key];
	}
	if (line.quantity === undefined) {
		throw new NodeOperationError(this.getNode(), `Line ${index + 1}: quantity is missing in Items (JSON)`, { itemIndex });
	}
	return line;
}

function readRawLines(this: IExecuteFunctions, itemIndex: number, mode: string): RawLine[] {
	if (mode === 'json') {
		const value = this.getNodeParameter('itemsJson', itemIndex) as unknown;
		let parsed: unknown = value;
		if (typeof value === 'string') {
			try {
				parsed = jsonParse(value);
			} catch {
				throw new NodeOperationError(this.getNode(), 'Items (JSON) is not valid JSON', { itemIndex });
			}
		}
		if (!Array.isArray(parsed)) {
			throw new NodeOperationError(this.getNode(), 'Items (JSON) must be an array of line items', { itemIndex });
		}
		return parsed.map((entry, index) => fromJson.call(this, (entry ?? {}) as IDataObject, index, itemIndex));
	}
	const items = this.getNodeParameter('items', itemIndex, {}) as { item?: RawLine[] };
	return items.item ?? [];
}

/** A product's current sale price, read once per run and product. */
async function productPrice(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	productId: number,
	gross: boolean,
): Promise<number> {
	const key = `product:${productId}`;
	let request = context.cache.get(key) as Promise<IDataObject> | undefined;
	if (!request) {
		request = erpApiRequest.call(this, 'GET', `${apiPath(API_FAMILIES.products, '1.0')}/${productId}`, {
			itemIndex,
			subject: `product ${productId}`,
		}) as Promise<IDataObject>;
		context.cache.set(key, request);
	}
	// A failed read is not kept: the next item must get its own answer and its own error.
	const product = await request.catch((error: unknown) => {
		context.cache.delete(key);
		throw error;
	});
	return Number((gross ? product.SaleGrossPrice : product.SaleNetPrice) ?? 0);
}

/** The currency product prices are kept in, per edition. */
const HOME_CURRENCY: Record<Edition, string> = { de: 'EUR', pl: 'PLN', betterfly: 'PLN' };

/**
 * Validated ERP line items for the selected API version, or undefined when the user keeps the
 * current lines. Sends nothing: every line is checked before any request.
 */
export function readLineItems(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	operation: 'create' | 'update',
): IDataObject[] | undefined {
	const correction = context.resource.correction === true;
	const mode = this.getNodeParameter(operation === 'create' ? 'itemsInputMode' : 'itemsUpdateMode', itemIndex, operation === 'create' ? 'fields' : 'keep') as string;
	if (mode === 'keep') return undefined;
	return readRawLines.call(this, itemIndex, mode).map((line, index) => {
		const label = `Line ${index + 1}`;
		const productId = toId.call(this, line.productId, `${label}: Product`, itemIndex);
		const quantity = requireNumber.call(this, line.quantity ?? 1, `${label}: Quantity`, itemIndex, 4);
		// A correction may bring a line down to zero; a sale needs a positive quantity.
		if (correction ? quantity < 0 : quantity <= 0) {
			throw new NodeOperationError(
				this.getNode(),
				`${label}: Quantity must be ${correction ? 'zero or more' : 'greater than 0'}, not ${quantity}`,
				{ itemIndex },
			);
		}
		// No price (undefined or empty) means "the product's sale price", filled in later; 0 is a free line.
		const entered =
			line.unitPrice === undefined || line.unitPrice === ''
				? undefined
				: requireNumber.call(this, line.unitPrice, `${label}: Unit Price`, itemIndex, 2);
		if (entered !== undefined && entered < 0) {
			throw new NodeOperationError(this.getNode(), `${label}: Unit Price must not be negative`, { itemIndex });
		}
		if (entered === undefined && correction) {
			throw new NodeOperationError(this.getNode(), `${label}: a correction needs a Unit Price`, { itemIndex });
		}
		const entry: IDataObject = { ProductId: productId, Quantity: quantity, [priceKey(context.version)]: entered };
		if (line.description) entry.ProductDescription = String(line.description);
		if (line.vatRateId !== undefined && line.vatRateId !== '' && line.vatRateId !== 0) {
			if (!versionAtLeast(context.version, '1.2')) {
				throw new NodeOperationError(this.getNode(), `${label}: a VAT rate ID needs API version 1.2 or later`, { itemIndex });
			}
			entry.VatRateId = toId.call(this, line.vatRateId, `${label}: VAT Rate ID`, itemIndex);
		}
		return entry;
	});
}

/**
 * Fills unit prices left empty with the product's current sale price (net, or gross when the
 * document's amounts are gross), reading each product once per run. Product prices are in the
 * home currency, so a foreign-currency document needs prices.
 */
export async function fillProductPrices(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	lines: IDataObject[],
	document: { gross: boolean; currencyCode?: unknown },
): Promise<IDataObject[]> {
	const key = priceKey(context.version);
	const home = HOME_CURRENCY[context.connection.edition];
	const currency = String(document.currencyCode ?? '').trim().toUpperCase();
	for (const [index, entry] of lines.entries()) {
		if (entry[key] !== undefined) continue;
		if (currency && currency !== home) {
			throw new NodeOperationError(
				this.getNode(),
				`Line ${index + 1}: enter a Unit Price; product prices are in ${home}, the document is in ${currency}`,
				{ itemIndex },
			);
		}
		entry[key] = await productPrice.call(this, itemIndex, context, entry.ProductId as number, document.gross && context.version !== '1.0');
	}
	return lines;
}

/** The writable part of lines read back from ERP XT (keeps their Id so the server can match them). */
export function writableLines(lines: unknown, version: ApiVersion): IDataObject[] {
	if (!Array.isArray(lines)) return [];
	const key = priceKey(version);
	return (lines as IDataObject[]).map((line) => {
		const entry: IDataObject = {
			ProductId: line.ProductId,
			Quantity: line.Quantity,
			[key]: line[key] ?? line.ProductCurrencyPrice ?? line.ProductCurrencyNetPrice,
		};
		for (const optional of ['ProductDescription', 'VatRateId', 'Id']) {
			if (line[optional] !== undefined && line[optional] !== null) entry[optional] = line[optional];
		}
		return entry;
	});
}
