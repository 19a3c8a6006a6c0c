import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import type { ResourceDefinition } from '../helpers/interfaces';
import { apiPath, erpApiRequestAllItems, getConnection, resolveVersion } from '../transport';
import { plural } from '../helpers/text';

/** Dropdowns read at most this many records; larger tenants search or map IDs. */
export const DROPDOWN_LIMIT = 1000;

export async function listRecords(this: ILoadOptionsFunctions, resource: ResourceDefinition): Promise<IDataObject[]> {
	const connection = await getConnection.call(this);
	// The node's API Version override applies when the list is of the node's own resource.
	const ownResource = this.getCurrentNodeParameter('resource') === resource.value;
	const override = ownResource ? (this.getCurrentNodeParameter('apiVersion') as string | undefined) : undefined;
	const version = resolveVersion.call(this, resource.api, connection, override, resource.noun);
	return await erpApiRequestAllItems.call(this, apiPath(resource.api, version), {
		qs: { $orderby: `${resource.idKey ?? 'Id'} desc` },
		limit: DROPDOWN_LIMIT,
		subject: `the list of ${plural(resource.noun)}`,
	});
}

/** What a dropdown shows for a record: its name or number, plus the code or tax number that tells twins apart. */
export function recordLabel(resource: ResourceDefinition, record: IDataObject): string {
	const title = String(record[resource.titleKey] ?? record.Name ?? record.Number ?? `#${String(recordId(resource, record))}`);
	const detail = [record.ProductCode, record.CustomerCode, record.CustomerTaxNumber, record.Symbol, record.Language]
		.filter((value) => value !== undefined && value !== null && value !== '')
		.join(', ');
	return detail ? `${title} (${detail})` : title;
}

export function recordId(resource: ResourceDefinition, record: IDataObject): string {
	return String(record[resource.idKey ?? 'Id']);
}
