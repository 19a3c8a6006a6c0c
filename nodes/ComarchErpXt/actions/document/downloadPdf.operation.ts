import type { IDataObject, IExecuteFunctions, INodeProperties, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationContext, OperationExecute, ResourceDefinition } from '../../helpers/interfaces';
import { apiPath, erpApiRequest } from '../../transport';
import { recordLocator, show } from '../common.descriptions';
import { fetchRecord, readRecordId, subjectOf } from '../records';
import { article } from '../../helpers/text';

export const option = (resource: ResourceDefinition) => ({
	name: 'Download PDF',
	value: 'downloadPdf',
	description: `Print ${article(resource.noun)} to PDF and return it as a file`,
	action: `Download ${article(resource.noun)} as PDF`,
});

export function description(resource: ResourceDefinition): INodeProperties[] {
	const where = show(resource, ['downloadPdf']);
	return [
		recordLocator(resource, ['downloadPdf']),
		{
			displayName: 'Print Template Name or ID',
			name: 'printTemplateId',
			type: 'options',
			typeOptions: { loadOptionsMethod: 'getPrintTemplates' },
			default: '',
			description:
				'Template for the PDF; the customer\'s own template when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			displayOptions: where,
		},
		{
			displayName: 'Put Output File in Field',
			name: 'binaryPropertyName',
			type: 'string',
			default: 'data',
			required: true,
			hint: 'The name of the output binary field to put the file in',
			displayOptions: where,
		},
	];
}

/**
 * Print routes differ per API version: /{id}/print from 1.2 (documented for 1.4), /print/{id} in
 * 1.1, neither documented for Germany. The first route that exists wins; 1.5 falls back to 1.4.
 */
function printPaths(context: OperationContext, id: number): string[] {
	const { path, version, resource } = context;
	if (version === '1.0') return [`${path}/${id}/print`, `${path}/print/${id}`];
	if (version === '1.1') return [`${path}/print/${id}`];
	const documented = resource.api.versions.includes('1.4') && version !== '1.4' ? [`${apiPath(resource.api, '1.4')}/${id}/print`] : [];
	return [`${path}/${id}/print`, ...documented];
}

/** The print answer is a JSON string: a data URI or bare Base64 (some clients saw either). */
export function decodePdf(answer: unknown): Buffer | undefined {
	let text = answer;
	if (text && typeof text === 'object') {
		text = Object.values(text as IDataObject).find((value) => typeof value === 'string' && value.length > 100);
	}
	if (typeof text !== 'string') return undefined;
	const base64 = text.trim().replace(/^"|"$/g, '').replace(/^data:[^,]*;base64,/i, '');
	const buffer = Buffer.from(base64, 'base64');
	return buffer.subarray(0, 5).toString('latin1') === '%PDF-' ? buffer : undefined;
}

/** FS/24/6/1 → FS-24-6-1.pdf */
export function pdfFileName(number: unknown, fallback: string): string {
	const base = String(number ?? '').trim().replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '');
	return `${base || fallback}.pdf`;
}

async function print(
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
	id: number,
	printTemplateId: string,
): Promise<unknown> {
	const candidates = printPaths(context, id);
	const qs = printTemplateId ? { customPrintId: printTemplateId } : undefined;
	for (const [index, path] of candidates.entries()) {
		try {
			return await erpApiRequest.call(this, 'GET', path, { qs, itemIndex, subject: `the PDF of ${subjectOf(context.resource, id)}` });
		} catch (error) {
			const status = (error as { httpCode?: string }).httpCode;
			const routeMissing = status === '404' || status === '405';
			if (!routeMissing || index === candidates.length - 1) throw new NodeApiError(this.getNode(), error as JsonObject);
		}
	}
	return undefined;
}

export const execute: OperationExecute = async function (itemIndex, context) {
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', itemIndex) as string;
	const printTemplateId = String(this.getNodeParameter('printTemplateId', itemIndex, '') ?? '').trim();
	if (printTemplateId && !/^\d+$/.test(printTemplateId)) {
		throw new NodeOperationError(this.getNode(), `Print Template must be a numeric ID, not "${printTemplateId}"`, { itemIndex });
	}
	if (printTemplateId && context.version === '1.1') {
		throw new NodeOperationError(this.getNode(), 'API version 1.1 prints only with the customer\'s template', {
			itemIndex,
			description: 'Leave Print Template empty, or use API version 1.2 or later.',
		});
	}
	const id = await readRecordId.call(this, itemIndex, context);
	const record = await fetchRecord.call(this, itemIndex, context, id);
	const pdf = decodePdf(await print.call(this, itemIndex, context, id, printTemplateId));
	if (!pdf) {
		throw new NodeOperationError(this.getNode(), `ERP XT's print of ${subjectOf(context.resource, id)} was not a PDF`, {
			itemIndex,
			description: 'Try another print template, or check the document in ERP XT.',
		});
	}
	const fileName = pdfFileName(record.Number, `${context.resource.value}-${id}`);
	const binary = await this.helpers.prepareBinaryData(pdf, fileName, 'application/pdf');
	return [{ json: record, binary: { [binaryPropertyName]: binary }, pairedItem: { item: itemIndex } }];
};
