import { mock } from 'jest-mock-extended';
import type { IDataObject, IHttpRequestOptions, ILoadOptionsFunctions, INode } from 'n8n-workflow';

import { ComarchErpXt } from '../../nodes/ComarchErpXt/ComarchErpXt.node';
import { credentialData } from '../helpers/n8nHarness';
import { BASE, fixture } from './setup';

type Json = Record<string, unknown>;
type Method = (this: ILoadOptionsFunctions, filter?: string) => Promise<unknown>;

const node = new ComarchErpXt();
const loadOptions = node.methods.loadOptions as unknown as Record<string, Method>;
const listSearch = node.methods.listSearch as unknown as Record<string, Method>;

const invoiceList = [
	{ ...fixture<Json>('invoice-v1.4'), Id: 2760796, Number: 'FS/24/6/2' },
	fixture<Json>('invoice-v1.4'),
	{ ...fixture<Json>('invoice-v1.4'), Id: 2760700, Number: 'FS/24/5/9' },
];

/** Answers by path, like the ERP would, and records every request the method made. */
const ANSWERS: Record<string, unknown> = {
	'/api2/public/customers': [
		...fixture<Json[]>('customers-v1.0'),
		{ $id: '3', Name: 'Anders & Co KG', CustomerCode: 'K/000013', CustomerTaxNumber: '', Id: 6002 },
	],
	'/api2/public/v1.2/customers': fixture('customers-v1.2'),
	'/api2/public/products': [...fixture<Json[]>('products'), { Name: 'Adapter', ProductCode: 'P/000003', Id: 10951300 }],
	'/api2/public/paymenttypes': fixture('payment-types'),
	'/api2/public/bankaccounts': fixture('bank-accounts'),
	'/api2/public/customprints': fixture('print-templates'),
	'/api2/public/v1.4/invoices': invoiceList,
	'/api2/public/v1.1/invoices': [{ ...fixture<Json>('invoice-v1.4'), Id: 2760500, Number: 'FS/20/6/1' }],
	'/api2/public/proformas': [fixture('proforma-v1.0')],
	'/api2/public/v1.4/paymentdetails': fixture('pl-payment-details-v1.4'),
	'/api2/public/v1.4/advanceInvoices': [fixture('pl-advance-invoice')],
};

/** The node parameters the dropdown is opened from (resource, apiVersion). */
type NodeParameters = Record<string, string>;

/** Answers honour $top/$skip like a paging server; the short last page is confirmed by an empty one. */
function context(edition: 'de' | 'pl' = 'de', parameters: NodeParameters = {}) {
	const requests: IHttpRequestOptions[] = [];
	const httpRequestWithAuthentication = jest.fn(async (credentialType: string, options: IHttpRequestOptions) => {
		expect(credentialType).toBe('comarchErpXtOAuth2Api');
		requests.push(options);
		const path = new URL(String(options.url)).pathname;
		if (!(path in ANSWERS)) throw new Error(`unexpected request ${path}`);
		const qs = options.qs as IDataObject;
		const skip = Number(qs.$skip);
		return structuredClone((ANSWERS[path] as unknown[]).slice(skip, skip + Number(qs.$top)));
	});
	const ctx = mock<ILoadOptionsFunctions>({
		helpers: { httpRequestWithAuthentication } as unknown as ILoadOptionsFunctions['helpers'],
	});
	ctx.getNode.mockReturnValue(mock<INode>({ name: 'ERP XT', type: 'n8n-nodes-comarch-erp-xt.comarchErpXt' }));
	ctx.getCredentials.mockResolvedValue(credentialData(BASE, edition));
	ctx.getCurrentNodeParameter.mockImplementation((name: string) => parameters[name]);
	return { ctx, requests, httpRequestWithAuthentication };
}

/** One list read: the first page, then the page that confirms the short one is the end. */
function expectListRequest(requests: IHttpRequestOptions[], path: string, orderBy = 'Id desc') {
	const count = (ANSWERS[path] as unknown[]).length;
	expect(requests.map(({ method, url, qs }) => ({ method, url, qs }))).toEqual([
		{ method: 'GET', url: `${BASE}${path}`, qs: { $orderby: orderBy, $top: 500, $skip: 0 } },
		{ method: 'GET', url: `${BASE}${path}`, qs: { $orderby: orderBy, $top: 500, $skip: count } },
	]);
}

describe('dropdowns (loadOptions)', () => {
	it('getCustomers labels customers with code and tax number, sorted by name, numeric values', async () => {
		const { ctx, requests } = context();

		const options = await loadOptions.getCustomers.call(ctx);

		expect(options).toEqual([
			{ name: 'Anders & Co KG (K/000013)', value: 6002 },
			{ name: 'Müller Bau GmbH (K/000012, DE811907980)', value: 6001 },
		]);
		expectListRequest(requests, '/api2/public/customers');
	});

	it('getCustomers reads /v1.2/customers on the Polish edition', async () => {
		const { ctx, requests } = context('pl');

		const options = await loadOptions.getCustomers.call(ctx);

		expect(options).toEqual([{ name: 'COMARCH SPÓŁKA AKCYJNA (K/000369, 6770065406)', value: 529611 }]);
		expectListRequest(requests, '/api2/public/v1.2/customers');
	});

	it('getProducts labels products with their code, sorted by name', async () => {
		const { ctx, requests } = context();

		expect(await loadOptions.getProducts.call(ctx)).toEqual([
			{ name: 'Adapter (P/000003)', value: 10951300 },
			{ name: 'Mysz komputerowa (P/000002)', value: 10951199 },
		]);
		expectListRequest(requests, '/api2/public/products');
	});

	it('getPaymentTypes lists payment types sorted by name', async () => {
		const { ctx, requests } = context();

		expect(await loadOptions.getPaymentTypes.call(ctx)).toEqual([
			{ name: 'Gotówka', value: 10260089 },
			{ name: 'Karta', value: 10260091 },
			{ name: 'Przelew', value: 10260090 },
		]);
		expectListRequest(requests, '/api2/public/paymenttypes');
	});

	it('getBankAccounts shows the account number and symbol', async () => {
		const { ctx, requests } = context();

		expect(await loadOptions.getBankAccounts.call(ctx)).toEqual([
			{ name: 'DE02120300000000202051 (DKB)', value: 114 },
			{ name: 'DE89370400440532013000 (BANK-EUR)', value: 113 },
		]);
		expectListRequest(requests, '/api2/public/bankaccounts');
	});

	it("getPrintTemplates starts with the customer's default template, then templates by name with type and language", async () => {
		const { ctx, requests } = context();

		expect(await loadOptions.getPrintTemplates.call(ctx)).toEqual([
			{ name: "Customer's Default Template", value: '' },
			{ name: 'Auftrag kompakt (proforma, DE)', value: '302' },
			{ name: 'Faktura EN (sales invoice, EN)', value: '303' },
			{ name: 'Rechnung mit Logo (sales invoice, DE)', value: '301' },
		]);
		expectListRequest(requests, '/api2/public/customprints');
	});

	it('reads at most 1000 records for a dropdown', async () => {
		const { ctx, requests, httpRequestWithAuthentication } = context();
		const many = Array.from({ length: 500 }, (_, index) => ({ Name: `P${index}`, Id: index + 1 }));
		httpRequestWithAuthentication.mockImplementation(async (_type: string, options: IHttpRequestOptions) => {
			requests.push(options);
			const skip = Number((options.qs as IDataObject).$skip);
			return many.map((record) => ({ ...record, Id: record.Id + skip }));
		});

		const options = (await loadOptions.getProducts.call(ctx)) as unknown[];

		expect(options).toHaveLength(1000);
		expect(requests.map((request) => request.qs)).toEqual([
			{ $orderby: 'Id desc', $top: 500, $skip: 0 },
			{ $orderby: 'Id desc', $top: 500, $skip: 500 },
		]);
	});

	it('a server capping pages at 300 is paged on up to 1000 records, asking for the remaining 100 last', async () => {
		const { ctx, requests, httpRequestWithAuthentication } = context();
		httpRequestWithAuthentication.mockImplementation(async (_type: string, options: IHttpRequestOptions) => {
			requests.push(options);
			const qs = options.qs as IDataObject;
			const count = Math.min(300, Number(qs.$top));
			return Array.from({ length: count }, (_, index) => ({ Name: `P${index}`, Id: Number(qs.$skip) + index + 1 }));
		});

		const options = (await loadOptions.getProducts.call(ctx)) as unknown[];

		expect(options).toHaveLength(1000);
		expect(requests.map((request) => request.qs)).toEqual([
			{ $orderby: 'Id desc', $top: 500, $skip: 0 },
			{ $orderby: 'Id desc', $top: 500, $skip: 300 },
			{ $orderby: 'Id desc', $top: 400, $skip: 600 },
			{ $orderby: 'Id desc', $top: 100, $skip: 900 },
		]);
	});

	it('a dropdown of a server that ignores $skip fails with the paging message instead of listing duplicates', async () => {
		const { ctx, httpRequestWithAuthentication } = context();
		const fullPage = Array.from({ length: 500 }, (_, index) => ({ Name: `Cable ${index + 1}`, Id: index + 1 }));
		httpRequestWithAuthentication.mockImplementation(async () => fullPage);

		await expect(loadOptions.getProducts.call(ctx)).rejects.toThrow(
			'ERP XT ignored paging and sent the same records again after 500; the list is incomplete',
		);
	});

	it('a dropdown whose short page is repeated by a server that ignores $skip lists it once', async () => {
		const { ctx, httpRequestWithAuthentication } = context();
		httpRequestWithAuthentication.mockImplementation(async () => [{ Name: 'Cable', Id: 1 }]);

		expect(await loadOptions.getProducts.call(ctx)).toEqual([{ name: 'Cable', value: 1 }]);
		expect(httpRequestWithAuthentication).toHaveBeenCalledTimes(2);
	});

	it("getCustomers honours the node's API Version when the node works on customers", async () => {
		const { ctx, requests } = context('pl', { resource: 'customer', apiVersion: '1.0' });

		expect(await loadOptions.getCustomers.call(ctx)).toEqual([
			{ name: 'Anders & Co KG (K/000013)', value: 6002 },
			{ name: 'Müller Bau GmbH (K/000012, DE811907980)', value: 6001 },
		]);
		expectListRequest(requests, '/api2/public/customers');
	});

	it("getCustomers ignores another resource's API Version (an invoice on 1.1 still lists /v1.2/customers)", async () => {
		const { ctx, requests } = context('pl', { resource: 'invoice', apiVersion: '1.1' });

		expect(await loadOptions.getCustomers.call(ctx)).toEqual([{ name: 'COMARCH SPÓŁKA AKCYJNA (K/000369, 6770065406)', value: 529611 }]);
		expectListRequest(requests, '/api2/public/v1.2/customers');
	});
});

describe('record locators (listSearch)', () => {
	it('searchInvoices lists invoices newest first by number with string ids', async () => {
		const { ctx, requests } = context('pl');

		const result = await listSearch.searchInvoices.call(ctx);

		expect(result).toEqual({
			results: [
				{ name: 'FS/24/6/2', value: '2760796' },
				{ name: 'FS/24/6/1', value: '2760795' },
				{ name: 'FS/24/5/9', value: '2760700' },
			],
		});
		expectListRequest(requests, '/api2/public/v1.4/invoices');
	});

	it('searchInvoices filters on the typed text, ignoring case, and on an exact id', async () => {
		const { ctx } = context('pl');

		expect(await listSearch.searchInvoices.call(ctx, 'fs/24/6')).toEqual({
			results: [
				{ name: 'FS/24/6/2', value: '2760796' },
				{ name: 'FS/24/6/1', value: '2760795' },
			],
		});
		expect(await listSearch.searchInvoices.call(ctx, ' 2760700 ')).toEqual({ results: [{ name: 'FS/24/5/9', value: '2760700' }] });
	});

	it('searchCustomers matches name, code and tax number', async () => {
		const { ctx } = context();

		expect(await listSearch.searchCustomers.call(ctx, 'müller')).toEqual({
			results: [{ name: 'Müller Bau GmbH (K/000012, DE811907980)', value: '6001' }],
		});
		expect(await listSearch.searchCustomers.call(ctx, 'k/000013')).toEqual({
			results: [{ name: 'Anders & Co KG (K/000013)', value: '6002' }],
		});
		expect(await listSearch.searchCustomers.call(ctx, 'DE8119')).toEqual({
			results: [{ name: 'Müller Bau GmbH (K/000012, DE811907980)', value: '6001' }],
		});
		expect(await listSearch.searchCustomers.call(ctx, 'nobody')).toEqual({ results: [] });
	});

	it('searchProducts, searchPaymentTypes, searchBankAccounts and searchProformas exist and search their lists', async () => {
		const { ctx, requests } = context();

		expect(await listSearch.searchProducts.call(ctx, 'p/000002')).toEqual({
			results: [{ name: 'Mysz komputerowa (P/000002)', value: '10951199' }],
		});
		expect(await listSearch.searchPaymentTypes.call(ctx, 'kar')).toEqual({ results: [{ name: 'Karta', value: '10260091' }] });
		expect(await listSearch.searchBankAccounts.call(ctx, 'dkb')).toEqual({
			results: [{ name: 'DE02120300000000202051 (DKB)', value: '114' }],
		});
		expect(await listSearch.searchProformas.call(ctx, 'au/24')).toEqual({ results: [{ name: 'AU/24/6/2', value: '2721060' }] });
		expect(requests.map((request) => new URL(String(request.url)).pathname)).toEqual([
			'/api2/public/products',
			'/api2/public/products',
			'/api2/public/paymenttypes',
			'/api2/public/paymenttypes',
			'/api2/public/bankaccounts',
			'/api2/public/bankaccounts',
			'/api2/public/proformas',
			'/api2/public/proformas',
		]);
	});

	it("searchInvoices honours the node's API Version on an invoice node (/v1.1/invoices)", async () => {
		const { ctx, requests } = context('pl', { resource: 'invoice', apiVersion: '1.1' });

		expect(await listSearch.searchInvoices.call(ctx)).toEqual({ results: [{ name: 'FS/20/6/1', value: '2760500' }] });
		expectListRequest(requests, '/api2/public/v1.1/invoices');
	});

	it("searchInvoices on a corrective invoice node uses the invoices' default version, not the correction's override", async () => {
		const { ctx, requests } = context('pl', { resource: 'correctiveInvoice', apiVersion: '1.5' });

		expect(await listSearch.searchInvoices.call(ctx)).toEqual({
			results: [
				{ name: 'FS/24/6/2', value: '2760796' },
				{ name: 'FS/24/6/1', value: '2760795' },
				{ name: 'FS/24/5/9', value: '2760700' },
			],
		});
		expectListRequest(requests, '/api2/public/v1.4/invoices');
	});

	it('searchAdvanceInvoices lists advance invoices (the Linked Advance Invoice and Document to Correct lists)', async () => {
		const { ctx, requests } = context('pl', { resource: 'advanceInvoice' });

		expect(await listSearch.searchAdvanceInvoices.call(ctx)).toEqual({ results: [{ name: 'FZAL/24/6/1', value: '2760801' }] });
		expectListRequest(requests, '/api2/public/v1.4/advanceInvoices');
	});

	it('searchPayments lists payments by PaymentId, newest first', async () => {
		const { ctx, requests } = context('pl', { resource: 'payment' });

		const result = (await listSearch.searchPayments.call(ctx)) as { results: Array<{ name: string; value: string }> };

		expect(result.results.map((entry) => entry.value)).toEqual(
			fixture<Json[]>('pl-payment-details-v1.4').map((record) => String(record.PaymentId)),
		);
		expect(result.results[0].name).toBe('FS/24/6/1');
		expectListRequest(requests, '/api2/public/v1.4/paymentdetails', 'PaymentId desc');
	});
});
