import type { IDataObject, IExecuteFunctions, INodeParameterResourceLocator } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationContext, RecordTarget, ResourceDefinition } from '../helpers/interfaces';
import { quote } from '../helpers/odata';
import { toId } from '../helpers/validation';
import { asArray, erpApiRequest } from '../transport';
import { locatorName } from './common.descriptions';
import { capitalise, plural } from '../helpers/text';

/** "invoice 2760795", "invoice FS/24/6/1": how messages name a record. */
export function subjectOf(resource: RecordTarget, idOrNumber: string | number): string {
	return `${resource.noun} ${idOrNumber}`;
}

/** Records of one kind at one path: the resource being worked on, or another one a locator points to. */
export type TargetAtPath = RecordTarget & { path: string };

/**
 * Finds documents by their number. A $filter on Number works in every API version (the
 * /number/{n} and ?number= lookups differ per version, and numbers such as FS/24/6/1 contain
 * slashes that not every server accepts in a path).
 */
export async function findByNumber(
	this: IExecuteFunctions,
	itemIndex: number,
	target: TargetAtPath,
	number: string,
): Promise<IDataObject[]> {
	const key = target.numberKey ?? 'Number';
	const wanted = number.trim();
	const response = await erpApiRequest.call(this, 'GET', target.path, {
		qs: { $filter: `${key} eq ${quote(wanted)}` },
		itemIndex,
		subject: subjectOf(target, wanted),
	});
	// Checked here too: a server that ignores $filter would hand back the whole list.
	return asArray(response).filter((record) => String(record[key] ?? '').trim() === wanted);
}

/**
 * The numeric ID picked in a record locator (From List, By ID, or By Number), or undefined when an
 * optional locator is left empty.
 */
export async function readLocatorId(
	this: IExecuteFunctions,
	itemIndex: number,
	parameterName: string,
	target: TargetAtPath,
	label = capitalise(target.noun),
): Promise<number | undefined> {
	const locator = this.getNodeParameter(parameterName, itemIndex, '') as INodeParameterResourceLocator | string | number;
	const value = typeof locator === 'object' ? locator.value : locator;
	if (value === '' || value === undefined || value === null) return undefined;
	if (typeof locator !== 'object' || locator.mode !== 'number') return toId.call(this, value, `${label} ID`, itemIndex);

	const number = String(value).trim();
	const matches = await findByNumber.call(this, itemIndex, target, number);
	if (matches.length !== 1) {
		throw new NodeOperationError(
			this.getNode(),
			matches.length
				? `${matches.length} ${plural(target.noun)} have the number ${number}`
				: `No ${target.noun} with the number ${number} was found in ERP XT`,
			{ itemIndex, description: 'Check the number, or pick the document by ID.' },
		);
	}
	return Number(matches[0][target.idKey ?? 'Id']);
}

/** The ID of the record the operation works on (its required locator). */
export async function readRecordId(this: IExecuteFunctions, itemIndex: number, context: OperationContext): Promise<number> {
	const { resource } = context;
	const id = await readLocatorId.call(this, itemIndex, locatorName(resource), { ...resource, path: context.path });
	if (id === undefined) {
		throw new NodeOperationError(this.getNode(), `${capitalise(resource.noun)} is empty`, {
			itemIndex,
			description: `Pick the ${resource.noun} from the list, or enter its ID or number.`,
		});
	}
	return id;
}

/** One record by ID; an answer that is not a record (null, empty) counts as "not found". */
export async function fetchRecord(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	id: number,
): Promise<IDataObject> {
	const subject = subjectOf(context.resource, id);
	const record = await erpApiRequest.call(this, 'GET', `${context.path}/${id}`, { itemIndex, subject });
	const found = record !== null && typeof record === 'object' && !Array.isArray(record) && Object.keys(record).length > 0;
	// An empty answer must not pass for the record: an update built on it could blank the real one.
	if (!found) {
		const message = `${capitalise(subject)} was not found in ERP XT`;
		throw new NodeApiError(this.getNode(), { message }, {
			message,
			description: 'ERP XT answered without a record. Check the ID; the record may have been deleted.',
			httpCode: '404',
			itemIndex,
		});
	}
	return record as IDataObject;
}

/** ERP XT answers a create with the new ID as a bare JSON number (some servers quote it). */
export function createdId(
	this: IExecuteFunctions,
	response: unknown,
	itemIndex: number,
	resource: ResourceDefinition,
): number {
	const candidate =
		response && typeof response === 'object' ? (response as IDataObject).Id ?? (response as IDataObject).id : response;
	const id = Number(candidate);
	if (!Number.isSafeInteger(id) || id <= 0) {
		throw new NodeOperationError(
			this.getNode(),
			`ERP XT created the ${resource.noun} but answered without a usable ID: ${JSON.stringify(response)}`,
			{ itemIndex, description: `Check ERP XT for the new ${resource.noun} before running the node again.` },
		);
	}
	return id;
}
