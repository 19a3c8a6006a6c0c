import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchMethodName } from '../actions/common.descriptions';
import { resources } from '../actions/resources';
import type { ResourceDefinition } from '../helpers/interfaces';
import { listRecords, recordId, recordLabel } from './records';

/**
 * ERP XT has no documented text search, so the newest records are read once and matched here
 * on name, number, code and tax number, ignoring case.
 */
async function search(this: ILoadOptionsFunctions, resource: ResourceDefinition, filter?: string): Promise<INodeListSearchResult> {
	const needle = (filter ?? '').trim().toLowerCase();
	const records = await listRecords.call(this, resource);
	const results = records
		.map((record) => ({ name: recordLabel(resource, record), value: recordId(resource, record) }))
		.filter((entry) => !needle || entry.name.toLowerCase().includes(needle) || entry.value === needle);
	return { results };
}

/** One search method per resource (searchInvoices, searchCustomers, …), as the record locators name them. */
export const listSearch = Object.fromEntries(
	Object.values(resources).map(({ definition }) => [
		searchMethodName(definition),
		async function (this: ILoadOptionsFunctions, filter?: string) {
			return await search.call(this, definition, filter);
		},
	]),
);
