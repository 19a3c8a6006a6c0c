/**
 * Helpers for the Polish and Betterfly edition tests: the editions with the paths they must reach,
 * the print answer, and the PDF check.
 */
import type { INodeExecutionData } from 'n8n-workflow';

import type { Edition } from './setup';
import { API, fixture, PDF, PDF_DATA_URI } from './setup';

export type Json = Record<string, unknown>;

export interface EditionCase {
	edition: Extract<Edition, 'pl' | 'betterfly'>;
	label: string;
	/** The document family version the edition uses by default (advance, corrective, purchase, payment details). */
	current: '1.4' | '1.5';
}

/** Both editions with the API version their versioned document families default to. */
export const EDITIONS: EditionCase[] = [
	{ edition: 'pl', label: 'Poland', current: '1.4' },
	{ edition: 'betterfly', label: 'Betterfly', current: '1.5' },
];

/** Full request path of a versioned collection, e.g. /api2/public/v1.5/advanceInvoices. */
export const pathOf = (version: string, segment: string) => `${API}/v${version}/${segment}`;

/** A fresh copy of a fixture from fixtures/pl-*.json. */
export const plFixture = <T = Json>(name: string): T => fixture<T>(`pl-${name}`);

/** What ERP XT's print endpoint answers: a JSON string holding a data URI. */
export const PRINT_ANSWER = JSON.stringify(PDF_DATA_URI);
export const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** The output file: metadata of an n8n binary and the exact PDF bytes. */
export function expectPdf(output: INodeExecutionData[], fileName: string, property = 'data') {
	expect(Object.keys(output[0].binary ?? {})).toEqual([property]);
	const binary = output[0].binary![property];
	expect(binary).toMatchObject({ mimeType: 'application/pdf', fileName, fileExtension: 'pdf' });
	expect(Buffer.from(binary.data, 'base64').equals(PDF)).toBe(true);
}

/** n8n items as the node hands them on: json and pairedItem only. */
export const paired = (json: unknown, item = 0) => ({ json, pairedItem: { item } });
