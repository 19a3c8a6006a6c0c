import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationContext, OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { quote } from '../../helpers/odata';
import { toItems } from '../../helpers/output';
import { asArray, erpApiRequest } from '../../transport';
import { show } from '../common.descriptions';

export const option = (): INodePropertyOptions => ({
	name: 'Get by Tax Number',
	value: 'getByTaxNumber',
	description: 'Find customers by their tax number (NIP, USt-IdNr.)',
	action: 'Get customers by tax number',
});

export const description = (resource: ResourceDefinition): INodeProperties[] => [
	{
		displayName: 'Tax Number',
		name: 'taxNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. DE811907980 or 677-006-54-06',
		description:
			'Spaces, dashes and dots are ignored. Returns every matching customer, or no item when none matches (enable Always Output Data in the node settings to continue anyway).',
		displayOptions: show(resource, ['getByTaxNumber']),
	},
];

/**
 * The spellings a tax number may be stored in: as typed, without separators, and without an EU
 * country prefix (ERP XT keeps the prefix in CountryCode from API 1.2 on, so NIPs are stored bare).
 */
export function taxNumberVariants(input: string): string[] {
	const typed = input.trim();
	const compact = typed.replace(/[\s.-]/g, '').toUpperCase();
	const withoutPrefix = /^[A-Z]{2}\d/.test(compact) ? compact.slice(2) : compact;
	return [...new Set([typed, compact, withoutPrefix])].filter(Boolean);
}

const compact = (text: unknown) => String(text ?? '').replace(/[\s.-]/g, '').toUpperCase();

/** Whether a customer really carries the tax number (a server that ignores the lookup returns everyone). */
function hasTaxNumber(record: IDataObject, variants: string[]): boolean {
	const wanted = new Set(variants.map(compact));
	const stored = compact(record.CustomerTaxNumber);
	return stored !== '' && (wanted.has(stored) || wanted.has(compact(record.CountryCode) + stored));
}

/**
 * Looks a tax number up. API 1.2 has a dedicated ?nip= lookup whose answer is documented neither as
 * object nor array, and may be 404 when nothing matches: all three are accepted. API 1.0 filters the list.
 */
export async function findCustomersByTaxNumber(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	taxNumber: string,
): Promise<IDataObject[]> {
	const variants = taxNumberVariants(taxNumber);
	if (!variants.length) {
		throw new NodeOperationError(this.getNode(), 'Tax Number is empty', { itemIndex });
	}
	const subject = `customer with tax number ${taxNumber.trim()}`;
	if (context.version === '1.2') {
		try {
			const response = await erpApiRequest.call(this, 'GET', context.path, {
				qs: { nip: variants[variants.length - 1] },
				itemIndex,
				subject,
			});
			return asArray(response).filter((record) => hasTaxNumber(record, variants));
		} catch (error) {
			if ((error as { httpCode?: string }).httpCode === '404') return [];
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
	}
	const filter = variants.map((variant) => `CustomerTaxNumber eq ${quote(variant)}`).join(' or ');
	const response = await erpApiRequest.call(this, 'GET', context.path, { qs: { $filter: filter }, itemIndex, subject });
	return asArray(response).filter((record) => hasTaxNumber(record, variants));
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const taxNumber = this.getNodeParameter('taxNumber', itemIndex) as string;
	return toItems(await findCustomersByTaxNumber.call(this, itemIndex, context, taxNumber), itemIndex);
};
