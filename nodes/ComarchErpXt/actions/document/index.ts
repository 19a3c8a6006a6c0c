import type { ApiFamily, RecordTarget, ResourceDefinition } from '../../helpers/interfaces';
import { crud } from '../crud';
import type { OperationSpec } from '../resource';
import * as confirm from './confirm.operation';
import * as create from './create.operation';
import * as createFromDocument from './createFromDocument.operation';
import * as downloadPdf from './downloadPdf.operation';
import { DOCUMENT_FILTER_FIELDS, correctiveFields } from './fields';
import * as getByNumber from './getByNumber.operation';
import * as update from './update.operation';

/** Document operations: generic reads and delete, plus what line items, numbers, confirmation and prints need. */
export const document = { confirm, create, createFromDocument, downloadPdf, getByNumber, update } satisfies Record<string, OperationSpec>;

export const salesDocumentOperations: OperationSpec[] = [
	document.create,
	crud.delete,
	crud.get,
	document.getByNumber,
	crud.getAll,
	document.update,
	document.downloadPdf,
];

/** Corrections: made from a source document, then changed, confirmed, printed. */
export const correctionOperations: OperationSpec[] = [
	document.confirm,
	document.createFromDocument,
	crud.delete,
	crud.get,
	crud.getAll,
	document.update,
	document.downloadPdf,
];

/** The table entry of a correction resource; corrective and corrective advance invoices differ only in name and path. */
export function correctionDefinition(value: string, noun: string, api: ApiFamily, source: RecordTarget): ResourceDefinition {
	return {
		value,
		noun,
		api,
		source,
		titleKey: 'Number',
		numberKey: 'Number',
		correction: true,
		fields: correctiveFields,
		simplify: ['Id', 'Number', 'Status', 'IssueDate', 'CorrectedId', 'CorrectionReasonText', 'PurchasingPartyId', 'PaymentStatus', 'NetTotal', 'GrossTotal'],
		filterFields: [...DOCUMENT_FILTER_FIELDS, { name: 'Corrected Document ID', value: 'CorrectedId', type: 'number' }],
	};
}
