import type {
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ApiFamily, ApiVersion, Connection, Edition, ErpContext } from '../helpers/interfaces';
import { EDITION_NAMES } from '../helpers/interfaces';
import { capitalise, plural } from '../helpers/text';

export const CREDENTIAL_TYPE = 'comarchErpXtOAuth2Api';

/** Records per page for Return All. ERP XT documents no maximum $top; 500 keeps round trips low. */
export const PAGE_SIZE = 500;

const connections = new WeakMap<object, Promise<Connection>>();

/** Reads base URL and edition from the credential once per node run. */
export async function getConnection(this: ErpContext): Promise<Connection> {
	let connection = connections.get(this);
	if (!connection) {
		connection = readConnection.call(this);
		connections.set(this, connection);
	}
	return await connection;
}

async function readConnection(this: ErpContext): Promise<Connection> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const region = String(credentials.region ?? 'de');
	const edition = (region === 'custom' ? String(credentials.edition ?? 'de') : region) as Edition;
	const baseUrl = String(credentials.baseUrl ?? '').replace(/\/+$/, '');
	let url: URL;
	try {
		url = new URL(baseUrl);
	} catch {
		throw new NodeOperationError(this.getNode(), `The credential's base URL "${baseUrl}" is not a valid URL`, {
			description: 'Open the Comarch ERP XT credential and check Region and Base URL.',
		});
	}
	const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
		throw new NodeOperationError(this.getNode(), `The credential's base URL must use https: ${baseUrl}`, {
			description: 'Plain http is accepted only for localhost, for example a local ERP XT sandbox.',
		});
	}
	if (!(edition in EDITION_NAMES)) {
		throw new NodeOperationError(this.getNode(), `Unknown ERP XT edition "${edition}" in the credential`);
	}
	return { baseUrl, edition };
}

/**
 * The version a resource is called with: the node's override when set, else the edition's current
 * one. A resource the edition does not have is refused here, before any request.
 */
export function resolveVersion(
	this: ErpContext,
	family: ApiFamily,
	connection: Connection,
	override?: string,
	noun = family.segment,
): ApiVersion {
	const editionDefault = family.defaults[connection.edition];
	const offeredIn = (Object.keys(family.defaults) as Edition[]).map((edition) => EDITION_NAMES[edition]).join(' and ');
	if (!editionDefault) {
		throw new NodeOperationError(
			this.getNode(),
			`ERP XT offers no ${plural(noun)} in the ${EDITION_NAMES[connection.edition]} edition`,
			{
				description: `${capitalise(plural(noun))} exist in the ${offeredIn} editions. Use a credential with one of those regions, or another resource.`,
			},
		);
	}
	const version = (override || editionDefault) as ApiVersion;
	if (!family.versions.includes(version)) {
		throw new NodeOperationError(this.getNode(), `ERP XT has no API version ${version} for ${plural(noun)}`, {
			description: `Choose one of ${family.versions.join(', ')} under API Version, or "Default for the Region".`,
		});
	}
	return version;
}

/** '1.0' is the unversioned legacy path (/api2/public/invoices), later ones carry their version. */
export function apiPath(family: ApiFamily, version: ApiVersion): string {
	return version === '1.0' ? family.segment : `v${version}/${family.segment}`;
}

export interface ErpRequest {
	qs?: IDataObject;
	body?: IDataObject | IDataObject[] | number | number[];
	itemIndex?: number;
	/** Names the record in error messages, e.g. "invoice 2760795". */
	subject?: string;
}

/**
 * The one place that talks HTTP to ERP XT. n8n's OAuth2 client-credentials flow supplies and reuses
 * the token and renews it once on 401; this function adds paths, cleans responses and turns failures
 * into messages that name the record and carry the ERP's own explanation.
 */
export async function erpApiRequest(
	this: ErpContext,
	method: IHttpRequestMethods,
	path: string,
	request: ErpRequest = {},
): Promise<unknown> {
	const { baseUrl } = await getConnection.call(this);
	const options: IHttpRequestOptions = {
		method,
		url: `${baseUrl}/api2/public/${path}`,
		qs: request.qs,
		body: request.body as IHttpRequestOptions['body'],
		json: true,
		headers: { Accept: 'application/json' },
	};
	try {
		const response = await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options);
		return cleanResponse(response);
	} catch (error) {
		throw toErpError.call(this, error as JsonObject & { message?: string }, method, request);
	}
}

/**
 * Every record of a list, or the first `limit`, paging with $top/$skip. ERP XT documents neither a
 * default nor a maximum page size, so a short page is confirmed with one more request: if the next
 * page has the same length, the server caps pages at that size and paging goes on. A server that
 * repeats records instead of honouring $skip is reported rather than read forever or cut short.
 */
export async function erpApiRequestAllItems(
	this: ErpContext,
	path: string,
	request: ErpRequest & { limit?: number } = {},
): Promise<IDataObject[]> {
	const { limit } = request;
	const results: IDataObject[] = [];
	const seen = new Set<unknown>();
	let cap: number | undefined;
	for (let skip = 0; ; ) {
		const top = limit === undefined ? PAGE_SIZE : Math.min(PAGE_SIZE, limit - results.length);
		const { records, complete } = await readPage.call(this, path, request, top, skip);
		for (const record of records) {
			const key = recordKey(record);
			if (seen.has(key)) continue;
			seen.add(key);
			results.push(record);
		}
		if (complete || records.length > top) break; // paging refused or ignored: the server sent everything
		if (records.length > 0 && results.length === skip) {
			// Only repeats after a short page: that page was the whole rest of the list.
			if (cap !== undefined) break;
			throw new NodeOperationError(
				this.getNode(),
				`ERP XT ignored paging and sent the same records again after ${skip}; the list is incomplete`,
				{ itemIndex: request.itemIndex, description: 'Narrow the list with Filters, or turn off Return All and use Limit.' },
			);
		}
		if (limit !== undefined && results.length >= limit) break;
		const fullPage = Math.min(top, cap ?? top);
		if (records.length < fullPage) {
			if (cap !== undefined || records.length === 0) break; // the end of the list
			cap = records.length; // the end, or the server's page size: the next page tells
		}
		skip += records.length;
	}
	return limit === undefined ? results : results.slice(0, limit);
}

/**
 * One page. Some list endpoints may refuse paging parameters (ERP XT answered 400 to $top on one
 * collection); then the first page is asked for once more without them, which returns the whole list.
 */
async function readPage(
	this: ErpContext,
	path: string,
	request: ErpRequest,
	top: number,
	skip: number,
): Promise<{ records: IDataObject[]; complete: boolean }> {
	try {
		const page = await erpApiRequest.call(this, 'GET', path, { ...request, qs: { ...request.qs, $top: top, $skip: skip } });
		return { records: asArray(page), complete: false };
	} catch (error) {
		if (skip > 0 || (error as { httpCode?: string }).httpCode !== '400') {
			throw new NodeApiError(this.getNode(), error as JsonObject);
		}
		return { records: asArray(await erpApiRequest.call(this, 'GET', path, request)), complete: true };
	}
}

/** What identifies a record in a list: its Id, PaymentId (payments) or RateId (VAT rates), else its content. */
function recordKey(record: IDataObject): unknown {
	return record.Id ?? record.PaymentId ?? record.RateId ?? JSON.stringify(record);
}

/** Lists are bare arrays; lookups may answer an object, an array or nothing (all are accepted). */
export function asArray(response: unknown): IDataObject[] {
	if (Array.isArray(response)) return response as IDataObject[];
	if (response && typeof response === 'object') return [response as IDataObject];
	return [];
}

/**
 * Older ERP XT versions serialise with Json.NET reference handling: every object carries "$id"
 * and repeated objects may appear as {"$ref": "n"}. Resolve the references, then drop the markers.
 */
export function cleanResponse(data: unknown): unknown {
	if (data === null || typeof data !== 'object') return data;
	const byId = new Map<string, unknown>();
	const collect = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') {
			const id = (value as IDataObject).$id;
			if (typeof id === 'string') byId.set(id, value);
			Object.values(value).forEach(collect);
		}
	};
	collect(data);
	const strip = (value: unknown, depth: number): unknown => {
		if (Array.isArray(value)) return value.map((entry) => strip(entry, depth + 1));
		if (!value || typeof value !== 'object') return value;
		const ref = (value as IDataObject).$ref;
		if (typeof ref === 'string') {
			// A reference to an ancestor would recurse forever; such a reference becomes null.
			return depth > 50 ? null : strip(byId.get(ref) ?? null, depth + 1);
		}
		const result: IDataObject = {};
		for (const [key, entry] of Object.entries(value)) {
			if (key !== '$id') result[key] = strip(entry, depth + 1) as IDataObject;
		}
		return result;
	};
	return strip(data, 0);
}

interface HttpFailure {
	status?: number;
	body?: unknown;
	retryAfter?: string;
	code?: string;
	message: string;
}

function describeFailure(error: JsonObject & { message?: string }): HttpFailure {
	const cause = (error.cause ?? {}) as JsonObject & {
		response?: { status?: number; data?: unknown; headers?: IDataObject };
		code?: string;
	};
	const context = (error.context ?? {}) as IDataObject;
	const status = Number(error.httpCode ?? cause.response?.status) || undefined;
	const retryAfter = cause.response?.headers?.['retry-after'];
	return {
		status,
		body: context.data ?? cause.response?.data,
		retryAfter: retryAfter === undefined ? undefined : String(retryAfter),
		code: typeof cause.code === 'string' ? cause.code : undefined,
		message: String(error.message ?? ''),
	};
}

/** The explanation ERP XT sent: {Code, Message} on business errors, OAuth fields on token errors. */
export function erpMessageOf(body: unknown): string | undefined {
	if (typeof body === 'string') {
		// Proxies answer HTML pages; those are no message for a bookkeeper.
		const text = body.trim();
		return text && text.length <= 500 && !/^<|<html|<body/i.test(text) ? text : undefined;
	}
	if (!body || typeof body !== 'object') return undefined;
	const data = body as IDataObject;
	const modelState = data.ModelState as IDataObject | undefined;
	const details = modelState
		? Object.values(modelState)
				.flat()
				.map(String)
				.join(' ')
		: '';
	const message = [data.Message, data.message, data.error_description, data.error].find(
		(value) => typeof value === 'string' && value,
	) as string | undefined;
	return [message, details].filter(Boolean).join(' ') || undefined;
}

function toErpError(
	this: ErpContext,
	error: JsonObject & { message?: string },
	method: IHttpRequestMethods,
	request: ErpRequest,
): NodeApiError {
	const failure = describeFailure(error);
	const erpMessage = erpMessageOf(failure.body);
	const subject = request.subject ?? 'the request';
	const Subject = capitalise(subject);
	const itemIndex = request.itemIndex;
	const because = erpMessage ? `: ${erpMessage}` : '';
	let message: string;
	let description: string;

	if (/acquire OAuth2 access token/i.test(failure.message)) {
		message = `ERP XT refused to issue an access token${because || `: ${failure.message}`}`;
		description =
			'Check Client ID, Client Secret and Region in the Comarch ERP XT credential. Keys are issued in ERP XT under My Account → Manage Account → Public API.';
	} else
		switch (failure.status) {
			case 400:
				message = `ERP XT rejected ${subject}${because || ' (400 Bad Request)'}`;
				description =
					method === 'GET'
						? 'Check the filter, IDs and options of this operation.'
						: 'Correct the fields named in the message and run the node again. Nothing was changed in ERP XT.';
				break;
			case 401:
				message = `ERP XT did not accept the credentials${because}`;
				description =
					'A fresh token was requested and still refused. Check Client ID, Client Secret and Region in the credential, and that API access is enabled for the account.';
				break;
			case 403:
				message = `ERP XT blocked access to ${subject}${because}`;
				description = 'Ask the account administrator to enable Public API access for this client.';
				break;
			case 404:
				message = `${Subject} was not found in ERP XT${erpMessage ? ` (${erpMessage})` : ''}`;
				description =
					'Check the ID or number. The record may have been deleted, or it belongs to another ERP XT account or edition.';
				break;
			case 405:
				message = `This ERP XT server does not offer this operation on ${subject} (405 Method Not Allowed)`;
				description =
					'Check the edition (region) in the credential and the API Version option: the operation may not exist in that version.';
				break;
			case 429:
				message = `ERP XT is limiting the request rate${failure.retryAfter ? `; it asks to wait ${failure.retryAfter} s` : ''}`;
				description = 'Run fewer requests at once, or enable Retry On Fail in the node settings.';
				break;
			default:
				if (failure.status && failure.status >= 500) {
					message = `ERP XT could not process ${subject} (server error ${failure.status})${because}`;
					description =
						method === 'POST'
							? 'The record may or may not have been created. Check ERP XT before running the node again.'
							: 'This is usually temporary. Try again later.';
				} else if (failure.status) {
					message = `ERP XT answered ${failure.status} for ${subject}${because}`;
					description = 'See the details below.';
				} else {
					// The low-level code stays out of the message: n8n would replace a message naming it.
					message = `Could not reach ERP XT for ${subject}`;
					description = `${failure.code ?? failure.message}. ${
						method === 'POST'
							? 'The connection broke. The record may or may not have been created: check ERP XT before running the node again.'
							: 'Check the Region / Base URL in the credential and the network connection.'
					}`;
				}
		}
	const bodyObject =
		failure.body && typeof failure.body === 'object' ? (failure.body as JsonObject) : {};
	return new NodeApiError(
		this.getNode(),
		{ ...bodyObject, message } as JsonObject,
		{
			message,
			description,
			httpCode: failure.status ? String(failure.status) : undefined,
			itemIndex,
			...(failure.status === 429
				? {
						failure: {
							cause: 'rate-limited' as const,
							...(Number(failure.retryAfter) > 0 ? { retryAfterMs: Number(failure.retryAfter) * 1000 } : {}),
						},
					}
				: {}),
		},
	);
}
