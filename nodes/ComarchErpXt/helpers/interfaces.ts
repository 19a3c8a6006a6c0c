import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	INodePropertyTypeOptions,
	IPollFunctions,
	NodeParameterValue,
} from 'n8n-workflow';

/** The ERP XT product line a tenant runs on; it decides paths, versions and field sets. */
export type Edition = 'de' | 'pl' | 'betterfly';

export const EDITION_NAMES: Record<Edition, string> = {
	de: 'Germany (app.erpxt.de)',
	pl: 'Poland (app.erpxt.pl)',
	betterfly: 'Comarch Betterfly',
};

/** Versions of the ERP XT public API; '1.0' is the unversioned legacy family (/api2/public/invoices). */
export type ApiVersion = '1.0' | '1.1' | '1.2' | '1.3' | '1.4' | '1.5';

export interface Connection {
	baseUrl: string;
	edition: Edition;
}

/** Any n8n context that may call the ERP (node run, dropdown, poll). */
export type ErpContext = IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions;

/**
 * One writable ERP property, described once and turned into UI parameters (create, update)
 * and into request bodies. `key` is the ERP's own property name.
 */
export interface ErpField {
	key: string;
	param: string;
	displayName: string;
	type: 'string' | 'number' | 'boolean' | 'options' | 'date' | 'reference' | 'address';
	required?: boolean;
	description?: string;
	placeholder?: string;
	default?: NodeParameterValue;
	options?: INodePropertyOptions[];
	typeOptions?: INodePropertyTypeOptions;
	/** For `reference`: the loadOptions method that lists the referenced records. */
	loadOptionsMethod?: string;
	/** First API version that knows the property. */
	since?: ApiVersion;
	/** Editions that know the property (all when absent). */
	editions?: Edition[];
	/** Only on create (e.g. PaymentStatus may only be 0/1 when creating). */
	createOnly?: boolean;
	/** Other spellings ERP XT uses for the property (UnitOfMeasurment): read from responses, and sent as well. */
	aliases?: string[];
	/** Checked before any request is sent; returns a message when the value is not acceptable. */
	validate?: (value: unknown) => string | undefined;
}

/** The API family of a resource: its path segment and the versions each edition serves. */
export interface ApiFamily {
	segment: string;
	defaults: Partial<Record<Edition, ApiVersion>>;
	versions: ApiVersion[];
}

/** What a record locator needs to know about the records it picks (possibly of another resource). */
export interface RecordTarget {
	value: string;
	noun: string;
	api: ApiFamily;
	/** Document number property, when records can be picked by number. */
	numberKey?: string;
	/** The record's ID property when it is not "Id" (payments: PaymentId). */
	idKey?: string;
}

export interface ResourceDefinition extends RecordTarget {
	/** ERP noun used in messages: "invoice", "payment type". */
	noun: string;
	api: ApiFamily;
	fields: ErpField[];
	/** Keys kept by Simplify; dotted paths are flattened (Address.City → City). */
	simplify: string[];
	/** Property that users see as the record's name in dropdowns and messages. */
	titleKey: string;
	/** Corrections may set a line to zero and need every price entered. */
	correction?: boolean;
	/** API version used for DELETE when it differs (proformas document delete on the unversioned path). */
	deleteVersion?: ApiVersion;
	/** For corrections: the documents they are created from. */
	source?: RecordTarget;
	/** How an update combines the current writable values with the changes (default: changes win). */
	mergeUpdate?: (current: IDataObject, changes: IDataObject) => IDataObject;
	/** Fields offered in the Get Many filter builder and sort. */
	filterFields: Array<{ name: string; value: string; type: 'string' | 'number' | 'date' | 'boolean' }>;
}

export interface OperationContext {
	resource: ResourceDefinition;
	connection: Connection;
	version: ApiVersion;
	/** Path of the resource's collection for that version, e.g. "v1.4/invoices". */
	path: string;
	/** Lives for one node run: lets operations read reference data once, not once per item. */
	cache: Map<string, unknown>;
}

export type OperationExecute = (
	this: IExecuteFunctions,
	itemIndex: number,
	context: OperationContext,
) => Promise<INodeExecutionData[]>;

/** What a resource folder exports: its table entry, its UI, and an execute function per operation. */
export interface ResourceModule {
	definition: ResourceDefinition;
	description: INodeProperties[];
	operations: Record<string, OperationExecute>;
}

