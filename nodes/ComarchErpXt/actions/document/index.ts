import { crud } from '../crud';
import type { OperationSpec } from '../resource';
import * as confirm from './confirm.operation';
import * as create from './create.operation';
import * as downloadPdf from './downloadPdf.operation';
import * as getByNumber from './getByNumber.operation';
import * as update from './update.operation';

/** Document operations: generic reads and delete, plus what line items, numbers, confirmation and prints need. */
export const document = { confirm, create, downloadPdf, getByNumber, update } satisfies Record<string, OperationSpec>;

export const salesDocumentOperations: OperationSpec[] = [
	document.create,
	crud.delete,
	crud.get,
	document.getByNumber,
	crud.getAll,
	document.update,
	document.downloadPdf,
];
