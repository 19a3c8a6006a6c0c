import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationExecute } from '../../helpers/interfaces';
import { toItems } from '../../helpers/output';
import { erpApiRequest } from '../../transport';

export const option = () => ({
	name: 'Get EU Countries',
	value: 'getCountries',
	description: 'Get the EU country codes ERP XT knows for OSS (Greece is EL, Northern Ireland XI)',
	action: 'Get EU countries',
});

export const description = (): INodeProperties[] => [];

/** GET v1.2/vatrates/countries answers an array of country codes; one item per country. */
export const execute: OperationExecute = async function (itemIndex, context) {
	const countries = await erpApiRequest.call(this, 'GET', `${context.path}/countries`, {
		itemIndex,
		subject: 'the list of EU countries',
	});
	if (!Array.isArray(countries)) {
		throw new NodeOperationError(this.getNode(), 'ERP XT answered the EU country list with something other than a list', {
			itemIndex,
			description: `Received: ${JSON.stringify(countries).slice(0, 200)}`,
		});
	}
	const codes = countries.map((entry) => (typeof entry === 'string' ? { CountryCode: entry } : (entry as IDataObject)));
	return toItems(codes, itemIndex);
};
