import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { ComarchErpXt } from '../../nodes/ComarchErpXt/ComarchErpXt.node';
import { resources } from '../../nodes/ComarchErpXt/actions/resources';
import codex from '../../nodes/ComarchErpXt/ComarchErpXt.node.json';

const node = new ComarchErpXt();
const { description } = node;
const properties = description.properties;

/** Resources and operations of the issue's table (German edition paths). */
const ISSUE_TABLE: Record<string, { name: string; operations: Record<string, string> }> = {
	product: {
		name: 'Product',
		operations: { create: 'Create', delete: 'Delete', get: 'Get', getAll: 'Get Many', update: 'Update' },
	},
	customer: {
		name: 'Customer',
		operations: {
			create: 'Create',
			delete: 'Delete',
			get: 'Get',
			getByTaxNumber: 'Get by Tax Number',
			getAll: 'Get Many',
			update: 'Update',
		},
	},
	paymentType: {
		name: 'Payment Type',
		operations: { create: 'Create', delete: 'Delete', get: 'Get', getAll: 'Get Many', update: 'Update' },
	},
	bankAccount: {
		name: 'Bank Account',
		operations: { create: 'Create', delete: 'Delete', get: 'Get', getAll: 'Get Many', update: 'Update' },
	},
	invoice: {
		name: 'Invoice',
		operations: {
			confirm: 'Confirm',
			create: 'Create',
			delete: 'Delete',
			downloadPdf: 'Download PDF',
			get: 'Get',
			getByNumber: 'Get by Number',
			getAll: 'Get Many',
			update: 'Update',
		},
	},
	proforma: {
		name: 'Proforma',
		operations: {
			create: 'Create',
			delete: 'Delete',
			downloadPdf: 'Download PDF',
			get: 'Get',
			getByNumber: 'Get by Number',
			getAll: 'Get Many',
			update: 'Update',
		},
	},
	printTemplate: { name: 'Print Template', operations: { getAll: 'Get Many' } },
};

const resourceProperty = properties.find((property) => property.name === 'resource')!;

function operationProperty(resource: string): INodeProperties {
	const found = properties.filter(
		(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
	);
	expect(found).toHaveLength(1);
	return found[0];
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	return Boolean(show?.resource?.includes(resource) && show?.operation?.includes(operation));
}

/** Every options list in the description, nested collections included, with a path for messages. */
function optionLists(list: Array<INodeProperties | INodePropertyCollection>, path: string[] = []) {
	const found: Array<{ path: string; names: string[] }> = [];
	for (const entry of list) {
		const here = [...path, entry.name];
		if ('type' in entry && (entry.type === 'options' || entry.type === 'multiOptions') && Array.isArray(entry.options)) {
			found.push({ path: here.join('.'), names: (entry.options as INodePropertyOptions[]).map((option) => String(option.name)) });
		}
		if ('options' in entry && Array.isArray(entry.options)) {
			const nested = (entry.options as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>).filter(
				(option): option is INodeProperties | INodePropertyCollection => 'displayName' in option,
			);
			found.push(...optionLists(nested, here));
		}
		if ('values' in entry && Array.isArray(entry.values)) found.push(...optionLists(entry.values, here));
	}
	return found;
}

function allProperties(list: Array<INodeProperties | INodePropertyCollection>): INodeProperties[] {
	const found: INodeProperties[] = [];
	for (const entry of list) {
		if ('type' in entry) found.push(entry);
		if ('options' in entry && Array.isArray(entry.options)) {
			found.push(
				...allProperties(
					(entry.options as Array<INodeProperties | INodePropertyCollection | INodePropertyOptions>).filter(
						(option): option is INodeProperties | INodePropertyCollection => 'displayName' in option,
					),
				),
			);
		}
		if ('values' in entry && Array.isArray(entry.values)) found.push(...allProperties(entry.values));
	}
	return found;
}

describe('node description', () => {
	it('is a programmatic, tool-usable node with the OAuth2 credential and the finance codex category', () => {
		expect(description).toMatchObject({
			name: 'comarchErpXt',
			displayName: 'Comarch ERP XT',
			version: 1,
			usableAsTool: true,
			credentials: [{ name: 'comarchErpXtOAuth2Api', required: true }],
		});
		expect(description.subtitle).toContain('$parameter["operation"]');
		expect(codex.categories).toEqual(['Finance & Accounting']);
		expect(codex.node).toBe('n8n-nodes-comarch-erp-xt.comarchErpXt');
	});

	it('offers every resource of the issue table', () => {
		const offered = (resourceProperty.options as INodePropertyOptions[]).map((option) => [option.value, option.name]);
		for (const [value, { name }] of Object.entries(ISSUE_TABLE)) {
			expect(offered).toContainEqual([value, name]);
		}
	});

	it.each(Object.entries(ISSUE_TABLE))('%s has exactly the operations of the issue table', (resource, { operations }) => {
		const options = operationProperty(resource).options as INodePropertyOptions[];
		expect(Object.fromEntries(options.map((option) => [option.value, option.name]))).toEqual(operations);
		expect(Object.keys(resources[resource].operations).sort()).toEqual(Object.keys(operations).sort());
	});

	it.each(Object.entries(ISSUE_TABLE))('every operation of %s has a parameter set and an action label', (resource, { operations }) => {
		const options = operationProperty(resource).options as INodePropertyOptions[];
		for (const operation of Object.keys(operations)) {
			const own = properties.filter((property) => shownFor(property, resource, operation));
			expect({ operation, parameters: own.length > 0 }).toEqual({ operation, parameters: true });
			const option = options.find((entry) => entry.value === operation)!;
			expect(option.action).toEqual(expect.any(String));
			expect(option.description).toEqual(expect.any(String));
		}
	});

	it('defaults each operation dropdown to one of its own options', () => {
		for (const resource of Object.keys(ISSUE_TABLE)) {
			const property = operationProperty(resource);
			expect((property.options as INodePropertyOptions[]).map((option) => option.value)).toContain(property.default);
		}
	});

	it('every record picked by a locator offers From List, By ID and (documents) By Number', () => {
		for (const [resource, { operations }] of Object.entries(ISSUE_TABLE)) {
			for (const operation of ['get', 'update', 'delete', 'confirm', 'downloadPdf'].filter((op) => op in operations)) {
				const locator = properties.find((property) => property.type === 'resourceLocator' && shownFor(property, resource, operation));
				expect({ resource, operation, found: Boolean(locator) }).toEqual({ resource, operation, found: true });
				const modes = locator!.modes!.map((mode) => mode.name);
				expect(modes).toEqual(resource === 'invoice' || resource === 'proforma' ? ['list', 'id', 'number'] : ['list', 'id']);
			}
		}
	});

	it('Corrections pick the Document to Correct with a locator over invoices or advance invoices', () => {
		for (const [resource, search] of [
			['correctiveInvoice', 'searchInvoices'],
			['correctiveAdvanceInvoice', 'searchAdvanceInvoices'],
		]) {
			const locator = properties.find((property) => property.name === 'sourceDocumentId' && shownFor(property, resource, 'createFromDocument'));
			expect(locator).toMatchObject({ displayName: 'Document to Correct', type: 'resourceLocator', required: true });
			expect(locator!.modes!.map((mode) => mode.name)).toEqual(['list', 'id', 'number']);
			expect(locator!.modes![0].typeOptions?.searchListMethod).toBe(search);
		}
	});

	it('Advance Invoice Create offers an optional Linked Advance Invoice locator', () => {
		const locator = properties.find((property) => property.name === 'linkedAdvanceInvoiceId' && shownFor(property, 'advanceInvoice', 'create'));
		expect(locator).toMatchObject({ displayName: 'Linked Advance Invoice', type: 'resourceLocator', required: false });
		expect(locator!.modes!.map((mode) => mode.name)).toEqual(['list', 'id', 'number']);
		expect(locator!.modes![0].typeOptions?.searchListMethod).toBe('searchAdvanceInvoices');
	});

	it('Payment Update Status picks the payment with a locator over payments (by PaymentId)', () => {
		const locator = properties.find((property) => property.name === 'paymentId' && shownFor(property, 'payment', 'updateStatus'));
		expect(locator).toMatchObject({ displayName: 'Payment', type: 'resourceLocator', required: true });
		expect(locator!.modes!.map((mode) => mode.name)).toEqual(['list', 'id']);
		expect(locator!.modes![0].typeOptions?.searchListMethod).toBe('searchPayments');
	});

	/** Versions per resource (helpers/apiFamilies.ts); resources with one version offer no API Version. */
	const VERSIONS: Record<string, string[]> = {
		customer: ['1.0', '1.2'],
		invoice: ['1.0', '1.1', '1.2', '1.3', '1.4', '1.5'],
		proforma: ['1.0', '1.1', '1.2', '1.4'],
		advanceInvoice: ['1.4', '1.5'],
		correctiveInvoice: ['1.4', '1.5'],
		correctiveAdvanceInvoice: ['1.4', '1.5'],
		purchaseInvoice: ['1.4', '1.5'],
		payment: ['1.4', '1.5'],
	};

	it.each(Object.entries(VERSIONS))('%s has its own API Version with "Default for the Region" and its versions', (resource, versions) => {
		const found = properties.filter((property) => property.name === 'apiVersion' && property.displayOptions?.show?.resource?.includes(resource));
		expect(found).toHaveLength(1);
		expect(found[0].displayOptions).toEqual({ show: { resource: [resource] } });
		expect(found[0].default).toBe('');
		const options = found[0].options as INodePropertyOptions[];
		expect(options.map((option) => option.value).sort()).toEqual(['', ...versions].sort());
		expect(options.find((option) => option.value === '')?.name).toBe('Default for the Region');
		if (versions.includes('1.0')) expect(options.find((option) => option.value === '1.0')?.name).toBe('1.0 (Unversioned)');
	});

	it('API Version options name the regions where a version is current', () => {
		const invoice = properties.find((property) => property.name === 'apiVersion' && property.displayOptions?.show?.resource?.includes('invoice'))!;
		const byValue = Object.fromEntries((invoice.options as INodePropertyOptions[]).map((option) => [option.value, option.description]));
		expect(byValue).toMatchObject({ '1.0': 'Current in Germany', '1.4': 'Current in Poland', '1.5': 'Current in Comarch Betterfly' });
		expect(byValue['1.1']).toBeUndefined();
		const proforma = properties.find((property) => property.name === 'apiVersion' && property.displayOptions?.show?.resource?.includes('proforma'))!;
		expect((proforma.options as INodePropertyOptions[]).find((option) => option.value === '1.4')?.description).toBe(
			'Current in Poland, Comarch Betterfly',
		);
	});

	it('resources with a single API version offer no API Version', () => {
		const offered = properties
			.filter((property) => property.name === 'apiVersion')
			.flatMap((property) => property.displayOptions?.show?.resource ?? []);
		expect([...offered].sort()).toEqual(Object.keys(VERSIONS).sort());
	});

	it('every resource in the Resource dropdown has a description', () => {
		const missing = (resourceProperty.options as INodePropertyOptions[]).filter((option) => !option.description).map((option) => option.name);
		expect(missing).toEqual([]);
		const byValue = Object.fromEntries((resourceProperty.options as INodePropertyOptions[]).map((option) => [option.value, option.description]));
		expect(byValue).toMatchObject({
			bankAccount: 'Own bank accounts (Bankkonten, rachunki bankowe)',
			paymentType: 'Payment methods and terms (Zahlungsmethoden, formy płatności)',
			printTemplate: 'User-defined print layouts for PDFs (customprints)',
			product: 'Products and services (Produkte, produkty)',
		});
	});

	it('Get Many filter and sort fields are called "Field"; date literals default to a date-time with offset', () => {
		const filters = properties.find((property) => property.name === 'filters' && shownFor(property, 'invoice', 'getAll'))!;
		const sort = properties.find((property) => property.name === 'sort' && shownFor(property, 'invoice', 'getAll'))!;
		for (const collection of [filters, sort]) {
			const field = allProperties([collection]).find((property) => property.name === 'field');
			expect(field?.displayName).toBe('Field');
		}
		const options = properties.find((property) => property.name === 'options' && shownFor(property, 'invoice', 'getAll'))!;
		const style = allProperties([options]).find((property) => property.name === 'dateLiteralStyle')!;
		expect(style.default).toBe('offset');
		expect((style.options as INodePropertyOptions[]).map((option) => option.value)).toEqual(['offset', 'iso', 'datetime']);
	});

	it('Unit Price is text, empty by default (empty takes the product price, 0 is a free line)', () => {
		const unitPrices = allProperties(properties).filter((property) => property.name === 'unitPrice');
		expect(unitPrices.length).toBeGreaterThan(0);
		for (const unitPrice of unitPrices) expect(unitPrice).toMatchObject({ type: 'string', default: '' });
	});

	it('Get Many has Return All, Limit, Simplify, Filters, Options and Sort', () => {
		for (const [resource, { operations }] of Object.entries(ISSUE_TABLE)) {
			if (!('getAll' in operations)) continue;
			const names = properties.filter((property) => shownFor(property, resource, 'getAll')).map((property) => property.name);
			expect(names).toEqual(expect.arrayContaining(['returnAll', 'filters', 'options', 'sort', 'simplify']));
			const limit = properties.find((property) => property.name === 'limit' && shownFor(property, resource, 'getAll'))!;
			expect(limit.displayOptions?.show?.returnAll).toEqual([false]);
			expect(limit.typeOptions?.minValue).toBe(1);
		}
	});

	// n8n's lint rule node-param-options-type-unsorted-items; the per-resource API Version (five or
	// more entries for invoices and proformas) lists "Default for the Region" first and breaks it.
	it('lint: every options list with five or more entries is sorted by name', () => {
		const unsorted = optionLists(properties)
			.filter(({ names }) => names.length >= 5)
			.filter(({ names }) => names.join('\n') !== [...names].sort((a, b) => a.localeCompare(b)).join('\n'))
			.map(({ path, names }) => `${path}: ${names.join(', ')}`);
		expect(unsorted).toEqual([]);
	});

	it('lint: boolean descriptions start with "Whether"', () => {
		const wrong = allProperties(properties)
			.filter((property) => property.type === 'boolean' && property.description)
			.filter((property) => !String(property.description).startsWith('Whether'))
			.map((property) => `${property.name}: ${property.description}`);
		expect(wrong).toEqual([]);
	});

	it('lint: an options property defaults to one of its options (or is a dynamic dropdown)', () => {
		const wrong = properties.flatMap((top) =>
			allProperties([top])
				.filter((property) => property.type === 'options' && !property.typeOptions?.loadOptionsMethod)
				.filter((property) => !(property.options as INodePropertyOptions[]).some((option) => option.value === property.default))
				.map((property) => `${String(top.displayOptions?.show?.resource)}: ${top.name}.${property.name} = ${String(property.default)}`),
		);
		expect(wrong).toEqual([]);
	});

	it('lint: dynamic dropdowns are named "… Name or ID" and every referenced method exists', () => {
		const dynamic = allProperties(properties).filter((property) => property.typeOptions?.loadOptionsMethod);
		expect(dynamic.length).toBeGreaterThan(0);
		for (const property of dynamic) {
			expect(property.displayName).toMatch(/ Name or ID$/);
			expect(Object.keys(node.methods.loadOptions)).toContain(property.typeOptions!.loadOptionsMethod);
		}
		const searches = allProperties(properties)
			.filter((property) => property.type === 'resourceLocator')
			.flatMap((property) => property.modes ?? [])
			.map((mode) => mode.typeOptions?.searchListMethod)
			.filter(Boolean);
		expect(searches.length).toBeGreaterThan(0);
		for (const method of searches) expect(Object.keys(node.methods.listSearch)).toContain(method);
	});

	it('lint: Get Many copy follows n8n wording', () => {
		const returnAll = properties.find((property) => property.name === 'returnAll')!;
		expect(returnAll.description).toBe('Whether to return all results or only up to a given limit');
		const limit = properties.find((property) => property.name === 'limit')!;
		expect(limit.description).toBe('Max number of results to return');
		const simplify = properties.find((property) => property.name === 'simplify')!;
		expect(simplify.displayName).toBe('Simplify');
		expect(simplify.default).toBe(true);
	});
});
