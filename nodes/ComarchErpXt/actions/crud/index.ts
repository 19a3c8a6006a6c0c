import type { OperationSpec } from '../resource';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

/** The generic, table-driven operations shared by every resource that has them. */
export const crud: Record<'create' | 'delete' | 'get' | 'getAll' | 'update', OperationSpec> = {
	create,
	delete: del,
	get,
	getAll,
	update,
};

/** Plain master data (products, payment types, ...) needs nothing else. */
export const masterDataOperations: OperationSpec[] = [crud.create, crud.delete, crud.get, crud.getAll, crud.update];
