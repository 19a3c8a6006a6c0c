import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import type { ResourceDefinition } from '../helpers/interfaces';
import { apiPath, erpApiRequestAllItems, getConnection, resolveVersion } from '../transport';
import { plural } from '../helpers/text';

/** Dropdowns read at most this many records; larger tenants search or map IDs. */
export const DROPDOWN_LIMIT = 1000;

export async function listRecords(this: ILoadOptionsFunctions, resource: ResourceDefinition): Promise<IDataObject[]> {
	const connection = await getConnection.call(this);
	const version = resolveVersion.call(this, resource.api, connection, undefined, resource.noun);
	return await erpApiRequestAllItems.call(this, apiPath(resource.api, version), {
		qs: { $orderby: 'Id desc' },
		limit: DROPDOWN_LIMIT,
		subject: `the list of ${plural(resource.noun)}`,
	});
}

/** What a dropdown shows for a record: its name or number, plus the code or tax number that tells twins apart. */
export function recordLabel(resource: ResourceDefinition, record: IDataObject): string {
	const title = String(record[resource.titleKey] ?? record.Name ?? record.Number ?? `#${String(record.Id)}`);
	const detail = [record.ProductCode, record.CustomerCode, record.CustomerTaxNumber, record.Symbol, record.Language]
		.filter((value) => value !== undefined && value !== null && value !== '')
		.join(', ');
	return detail ? `${title} (${detail})` : title;
}
