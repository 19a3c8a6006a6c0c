/* eslint-disable @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-restricted-imports -- test code, not node code */
/**
 * Shared helpers for the node's unit tests: nock set-up that fails on any unexpected request,
 * the token answer, documented fixtures, and a thin wrapper around the n8n-core harness.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import nock from 'nock';
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { NodeRun } from '../helpers/n8nHarness';
import { credentialData, MemoryCredentialsHelper, runNode } from '../helpers/n8nHarness';

export const BASE = 'http://127.0.0.1:18787';
export const API = '/api2/public';
export const TOKEN_PATH = `${API}/token`;
export const CLIENT = { user: 'sandbox-client', pass: 'sandbox-secret' };

export type Edition = 'de' | 'pl' | 'betterfly';

/** A documented response example from fixtures/, as a fresh copy. */
export function fixture<T = IDataObject>(name: string): T {
	return JSON.parse(readFileSync(join(__dirname, 'fixtures', `${name}.json`), 'utf8')) as T;
}

/** The same value without Json.NET "$id" markers (what the node must output). */
export function withoutIds<T>(value: T): T {
	return JSON.parse(JSON.stringify(value), (key, entry: unknown) => (key === '$id' ? undefined : entry)) as T;
}

/** A tiny but real PDF and its two wire encodings (data URI and bare Base64). */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
export const PDF_BASE64 = PDF.toString('base64');
export const PDF_DATA_URI = `data:application/pdf;base64,${PDF_BASE64}`;

/**
 * Blocks the network, records any request no interceptor matched, and after each test fails it
 * when an unexpected request was made or a declared interceptor was not used.
 */
export function useNock(): { unmatched: string[] } {
	const unmatched: string[] = [];
	const onNoMatch = (request: { method?: string; path?: string; options?: { method?: string; path?: string } }) => {
		unmatched.push(`${request.method ?? request.options?.method} ${request.path ?? request.options?.path}`);
	};
	beforeAll(() => {
		nock.disableNetConnect();
		nock.emitter.on('no match', onNoMatch);
	});
	afterEach(() => {
		const pending = nock.pendingMocks();
		const unexpected = [...unmatched];
		nock.cleanAll();
		unmatched.length = 0;
		expect({ unexpected, pending }).toEqual({ unexpected: [], pending: [] });
	});
	afterAll(() => {
		nock.emitter.removeListener('no match', onNoMatch);
		nock.enableNetConnect();
		// Each test file loads its own nock; release this one's HTTP interceptor.
		nock.restore();
	});
	return { unmatched };
}

/** The token endpoint: Basic auth with the client id/secret, form body, and ERP XT's `expires`. */
export function tokenScope(accessToken = 'tok-1', times = 1): nock.Scope {
	return nock(BASE)
		.post(TOKEN_PATH, 'grant_type=client_credentials')
		.basicAuth(CLIENT)
		.times(times)
		.reply(200, { access_token: accessToken, token_type: 'bearer', expires: 600 });
}

/** An API scope that only matches requests carrying the bearer token. */
export function erp(accessToken = 'tok-1'): nock.Scope {
	return nock(BASE, { reqheaders: { authorization: `Bearer ${accessToken}` } });
}

/** Records JSON request bodies so that tests can compare them exactly. */
export class BodyLog {
	bodies: unknown[] = [];

	/** A nock reply callback: logs the body, answers `status` with `answer`. */
	reply(status: number, answer?: unknown) {
		return (_uri: string, body: unknown): [number, unknown] => {
			this.bodies.push(typeof body === 'string' && body !== '' ? JSON.parse(body) : body);
			return [status, answer ?? ''];
		};
	}
}

export function newCredentials(edition: Edition = 'de', extra: IDataObject = {}): MemoryCredentialsHelper {
	return new MemoryCredentialsHelper(credentialData(BASE, edition, extra));
}

export interface RunOptions {
	edition?: Edition;
	items?: IDataObject[];
	continueOnFail?: boolean;
	credentials?: MemoryCredentialsHelper;
}

/** Runs the node once with the given workflow parameters. */
export async function run(parameters: IDataObject, options: RunOptions = {}): Promise<NodeRun> {
	return await runNode({
		parameters,
		credentials: options.credentials ?? newCredentials(options.edition ?? 'de'),
		items: options.items,
		continueOnFail: options.continueOnFail,
	});
}

/** Runs the node and fails with the node's own error message when it did not succeed. */
export async function runOk(parameters: IDataObject, options: RunOptions = {}): Promise<INodeExecutionData[]> {
	const result = await run(parameters, options);
	if (result.error) throw new Error(`node failed: ${result.error.message} (${result.error.description ?? ''})`);
	return result.output;
}

/** Resource locator values as a workflow JSON holds them. */
export const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
export const fromList = (value: string | number) => ({ __rl: true, mode: 'list', value: String(value) });
export const byNumber = (value: string) => ({ __rl: true, mode: 'number', value });

/** Output items as plain { json, pairedItem } (binary checked separately). */
export function jsonItems(output: INodeExecutionData[]) {
	return output.map(({ json, pairedItem }) => ({ json, pairedItem }));
}
