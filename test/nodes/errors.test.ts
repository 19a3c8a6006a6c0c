import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { API, BASE, BodyLog, byId, CLIENT, erp, fixture, jsonItems, run, tokenScope, useNock } from './setup';

type Json = Record<string, unknown>;

const PRODUCTS = `${API}/products`;
const INVOICES = `${API}/invoices`;
const [mouse] = fixture<Json[]>('products');
const deInvoice = fixture<Json>('invoice-v1.0');

describe('errors', () => {
	const { unmatched } = useNock();

	describe('messages from ERP XT', () => {
		it("a 400 on create carries ERP XT's Message and says nothing was changed", async () => {
			tokenScope();
			const api = erp().post(PRODUCTS).reply(400, { Code: 12, Message: 'Der Steuersatz ist ungültig.', Data: null });

			const { error, output } = await run({
				resource: 'product',
				operation: 'create',
				name: 'Kabel',
				unitOfMeasurement: 'm',
				rate: 9,
			});

			expect(output).toEqual([]);
			expect(error?.message).toBe('ERP XT rejected the new product: Der Steuersatz ist ungültig.');
			expect(error?.description).toMatch(/Nothing was changed/);
			expect(error?.httpCode).toBe('400');
			api.done();
		});

		it("a 400 on update names the record and carries ERP XT's Message", async () => {
			tokenScope();
			const api = erp()
				.get(`${INVOICES}/2760795`)
				.reply(200, deInvoice)
				.put(INVOICES)
				.reply(400, { Code: 3, Message: 'Das Dokument ist bestätigt.' });

			const { error } = await run({
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(2760795),
				updateFields: { bankAccountId: 114 },
			});

			expect(error?.message).toBe('ERP XT rejected invoice 2760795: Das Dokument ist bestätigt.');
			api.done();
		});

		it('a 404 says which record was not found', async () => {
			tokenScope();
			const api = erp().get(`${INVOICES}/123`).reply(404, { Message: 'Dokument nicht gefunden' });

			const { error } = await run({ resource: 'invoice', operation: 'get', invoiceId: byId(123) });

			expect(error?.message).toBe('Invoice 123 was not found in ERP XT (Dokument nicht gefunden)');
			expect(error?.httpCode).toBe('404');
			api.done();
		});

		it('a 404 on delete names the payment type', async () => {
			tokenScope();
			const api = erp().delete(`${API}/paymenttypes/77`).reply(404);

			const { error } = await run({ resource: 'paymentType', operation: 'delete', paymentTypeId: byId(77) });

			expect(error?.message).toBe('Payment type 77 was not found in ERP XT');
			api.done();
		});

		it('a 401 that persists after one token renewal points at the credentials', async () => {
			const token = tokenScope('tok-1').post(`${API}/token`, 'grant_type=client_credentials').reply(200, {
				access_token: 'tok-2',
				token_type: 'bearer',
				expires: 600,
			});
			const first = erp('tok-1').get(`${PRODUCTS}/10951199`).reply(401, { Message: 'Authorization has been denied for this request.' });
			const retry = erp('tok-2').get(`${PRODUCTS}/10951199`).reply(401, { Message: 'Authorization has been denied for this request.' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(10951199) });

			expect(error?.message).toBe('ERP XT did not accept the credentials: Authorization has been denied for this request.');
			expect(error?.description).toMatch(/Client ID, Client Secret and Region/);
			token.done();
			first.done();
			retry.done();
		});

		it('a refused token request says so and names the credential fields', async () => {
			const token = nock(BASE)
				.post(`${API}/token`, 'grant_type=client_credentials')
				.basicAuth(CLIENT)
				.reply(400, { error: 'invalid_client' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(10951199) });

			expect(error?.message).toMatch(/^ERP XT refused to issue an access token/);
			expect(error?.description).toMatch(/Client ID, Client Secret and Region/);
			token.done();
		});

		it('a 500 on create warns that the record may exist', async () => {
			tokenScope();
			const api = erp().post(PRODUCTS).reply(500, { Message: 'An error has occurred.' });

			const { error } = await run({ resource: 'product', operation: 'create', name: 'Kabel', unitOfMeasurement: 'm', rate: 9 });

			expect(error?.message).toBe('ERP XT could not process the new product (server error 500): An error has occurred.');
			expect(error?.description).toMatch(/may or may not have been created/);
			api.done();
		});
	});

	describe('unreadable answers and broken connections', () => {
		it('an HTML error page from a proxy stays out of the message', async () => {
			tokenScope();
			const html = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
			const api = erp().get(`${PRODUCTS}/1`).reply(502, html, { 'Content-Type': 'text/html' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(1) });

			expect(error?.message).toBe('ERP XT could not process product 1 (server error 502)');
			expect(error?.httpCode).toBe('502');
			api.done();
		});

		it('an HTML page without a doctype (starting with <html) stays out of the message too', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/1`).reply(400, '  <html><body>Request rejected</body></html>', { 'Content-Type': 'text/html' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(1) });

			expect(error?.message).toBe('ERP XT rejected product 1 (400 Bad Request)');
			api.done();
		});

		it('a text answer over 500 characters stays out of the message', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/1`).reply(400, `Stack trace: ${'at Erp.Api.Controller '.repeat(30)}`, { 'Content-Type': 'text/plain' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(1) });

			expect(error?.message).toBe('ERP XT rejected product 1 (400 Bad Request)');
			api.done();
		});

		it('a short text answer is still quoted', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/1`).reply(400, 'Nieprawidłowe zapytanie', { 'Content-Type': 'text/plain' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(1) });

			expect(error?.message).toBe('ERP XT rejected product 1: Nieprawidłowe zapytanie');
			api.done();
		});

		it('a network error on a read: "Could not reach ERP XT for …", the code and advice in the description', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/1`).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));

			const { error, output } = await run({ resource: 'product', operation: 'get', productId: byId(1) });

			expect(output).toEqual([]);
			expect(error?.message).toBe('Could not reach ERP XT for product 1');
			expect(error?.description).toBe('ECONNRESET. Check the Region / Base URL in the credential and the network connection.');
			api.done();
		});

		it('a network error on a create warns that the record may exist', async () => {
			tokenScope();
			const api = erp().post(PRODUCTS).replyWithError(Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' }));

			const { error } = await run({ resource: 'product', operation: 'create', name: 'Kabel', unitOfMeasurement: 'm', rate: 9 });

			expect(error?.message).toBe('Could not reach ERP XT for the new product');
			expect(error?.description).toBe(
				'ETIMEDOUT. The connection broke. The record may or may not have been created: check ERP XT before running the node again.',
			);
			api.done();
		});

		it.each([
			['null', 'null'],
			['an empty body', ''],
		])('a Get answered with %s is "not found" (404), also for master data', async (_label, body) => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/10951199`).reply(200, body, { 'Content-Type': 'application/json' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(10951199) });

			expect(error?.message).toBe('Product 10951199 was not found in ERP XT');
			expect(error?.httpCode).toBe('404');
			api.done();
		});

		it.each([
			['an empty object', '{}'],
			['only a Json.NET $id marker', '{"$id":"1"}'],
		])('a Get answered with %s (an empty record) is "not found" (404)', async (_label, body) => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/10951199`).reply(200, body, { 'Content-Type': 'application/json' });

			const { error, output } = await run({ resource: 'product', operation: 'get', productId: byId(10951199) });

			expect(output).toEqual([]);
			expect(error?.message).toBe('Product 10951199 was not found in ERP XT');
			expect(error?.httpCode).toBe('404');
			api.done();
		});

		it('an update whose record reads as an empty object is refused before a PUT could wipe the record', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/10951199`).reply(200, {});

			const { error } = await run({ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { name: 'Maus' } });

			expect(error?.message).toBe('Product 10951199 was not found in ERP XT');
			api.done();
		});

		it('an update whose record reads as null is refused before any PUT', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/10951199`).reply(200, 'null', { 'Content-Type': 'application/json' });

			const { error } = await run({ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { name: 'Maus' } });

			expect(error?.message).toBe('Product 10951199 was not found in ERP XT');
			api.done();
		});

		it('a master-data update whose read-back fails returns the sent body with readBackError', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${PRODUCTS}/10951199`)
				.reply(200, mouse)
				.put(PRODUCTS)
				.reply(log.reply(204))
				.get(`${PRODUCTS}/10951199`)
				.reply(404, { Message: 'Produkt nicht gefunden' });

			const { output, error } = await run({ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { name: 'Maus' } });

			expect(error).toBeUndefined();
			expect(log.bodies).toHaveLength(1);
			expect(jsonItems(output)).toEqual([
				{
					json: { ...(log.bodies[0] as Json), readBackError: 'Product 10951199 was not found in ERP XT (Produkt nicht gefunden)' },
					pairedItem: { item: 0 },
				},
			]);
			expect(output[0].json).toMatchObject({ Id: 10951199, Name: 'Maus' });
			api.done();
		});
	});

	describe('validation before any request', () => {
		async function expectRefused(parameters: IDataObject, message: string | RegExp) {
			const { error, output } = await run(parameters);
			expect(output).toEqual([]);
			if (typeof message === 'string') expect(error?.message).toBe(message);
			else expect(error?.message).toMatch(message);
			expect(unmatched).toEqual([]);
			expect(nock.pendingMocks()).toEqual([]);
		}

		it('a record ID that is not a number (typed: n8n refuses it through the locator validation)', async () => {
			await expect(run({ resource: 'invoice', operation: 'get', invoiceId: byId('12a') })).rejects.toThrow(
				/An ERP XT ID is a number/,
			);
			expect(unmatched).toEqual([]);
		});

		it('a record ID that is not a number (mapped by expression: the node refuses it)', async () => {
			await expectRefused(
				{ resource: 'invoice', operation: 'get', invoiceId: byId('={{ "12a" }}') },
				'Invoice ID must be a positive whole number, not "12a"',
			);
		});

		it('a record ID of 0', async () => {
			await expectRefused(
				{ resource: 'customer', operation: 'delete', customerId: byId('0') },
				'Customer ID must be a positive whole number, not "0"',
			);
		});

		it('a customer reference that is not an ID', async () => {
			await expectRefused(
				{ resource: 'invoice', operation: 'create', customerId: 'Müller', paymentTypeId: 10260090 },
				'Customer must be a positive whole number, not "Müller"',
			);
		});

		it('a date that is not YYYY-MM-DD', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					additionalFields: { issueDate: '05.06.2024' },
				},
				'Issue Date must be a date like 2024-06-05, not "05.06.2024"',
			);
		});

		it('an impossible calendar date', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					additionalFields: { saleDate: '2024-02-30' },
				},
				'Sale Date must be a date like 2024-06-05, not "2024-02-30"',
			);
		});

		it('a line with quantity 0 (no product price lookup either)', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					items: {
						item: [
							{ productId: 10951199, quantity: 1, unitPrice: '' },
							{ productId: 10951199, quantity: 0, unitPrice: 10 },
						],
					},
				},
				'Line 2: Quantity must be greater than 0, not 0',
			);
		});

		it('a negative unit price', async () => {
			await expectRefused(
				{
					resource: 'proforma',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10951199, quantity: 1, unitPrice: -5 }] },
				},
				'Line 1: Unit Price must not be negative',
			);
		});

		const invoiceWith = (line: IDataObject): IDataObject => ({
			resource: 'invoice',
			operation: 'create',
			customerId: 6001,
			paymentTypeId: 10260090,
			items: { item: [{ productId: 10951199, quantity: 1, unitPrice: '' }, line] },
		});

		it.each([
			['a thousands separator in the price', { unitPrice: '1,000' }, 'Line 2: Unit Price must be a number like 12.5, not "1,000"'],
			['a price with both separators', { unitPrice: '1.234,56' }, 'Line 2: Unit Price must be a number like 12.5, not "1.234,56"'],
			['a price in words', { unitPrice: 'zwölf' }, 'Line 2: Unit Price must be a number like 12.5, not "zwölf"'],
			['a price with three decimals', { unitPrice: '12.345' }, 'Line 2: Unit Price may have at most 2 decimals, not 12.345'],
			['a numeric price with three decimals', { unitPrice: 0.125 }, 'Line 2: Unit Price may have at most 2 decimals, not 0.125'],
			['a quantity with a thousands separator', { quantity: '1,000', unitPrice: '5' }, 'Line 2: Quantity must be a number like 12.5, not "1,000"'],
			['a quantity with five decimals', { quantity: 1.23456, unitPrice: '5' }, 'Line 2: Quantity may have at most 4 decimals, not 1.23456'],
			['a quantity as text with five decimals', { quantity: '0,00001', unitPrice: '5' }, 'Line 2: Quantity may have at most 4 decimals, not 0.00001'],
		])('%s', async (_label, values, message) => {
			await expectRefused(invoiceWith({ productId: 10951199, quantity: 1, ...values }), message);
		});

		it('the number error explains the accepted format', async () => {
			const { error } = await run(invoiceWith({ productId: 10951199, quantity: 1, unitPrice: '1,000' }));
			expect(error?.description).toBe('Use a dot or a comma for decimals and no thousands separators.');
		});

		it('Items (JSON) without a quantity', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					itemsInputMode: 'json',
					itemsJson: JSON.stringify([
						{ productId: 10951199, quantity: 1, unitPrice: 5 },
						{ productId: 10951199, unitPrice: 5 },
					]),
				},
				'Line 2: quantity is missing in Items (JSON)',
			);
		});

		it('Items (JSON) with an unknown key (a typo is not silently dropped)', async () => {
			const { error } = await run({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				itemsInputMode: 'json',
				itemsJson: JSON.stringify([{ productId: 10951199, qty: 3, unitPrice: 5 }]),
			});

			expect(error?.message).toBe('Line 1: unknown key "qty" in Items (JSON)');
			expect(error?.description).toBe('Use productId, quantity, unitPrice, description, vatRateId.');
			expect(unmatched).toEqual([]);
		});

		it.each([
			['unitPrice', { productId: 10951199, quantity: 1, unitPrice: null }, 'Line 1: unitPrice is null in Items (JSON)'],
			['ProductCurrencyPrice', { ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: null }, 'Line 1: ProductCurrencyPrice is null in Items (JSON)'],
			['quantity', { productId: 10951199, quantity: null, unitPrice: 5 }, 'Line 1: quantity is null in Items (JSON)'],
		])('Items (JSON) with %s: null (a failed conversion upstream, not "take the product price")', async (_key, line, message) => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					itemsInputMode: 'json',
					itemsJson: JSON.stringify([line]),
				},
				message,
			);
		});

		it('new lines of an update are checked before the document is read', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'update',
					invoiceId: byId(2760795),
					itemsUpdateMode: 'fields',
					items: { item: [{ productId: 10951199, quantity: 1, unitPrice: '9,999' }] },
				},
				'Line 1: Unit Price must be a number like 12.5, not "9,999"',
			);
		});

		it('JSON lines of an update are checked before the document is read', async () => {
			await expectRefused(
				{
					resource: 'proforma',
					operation: 'update',
					proformaId: byId(2721060),
					itemsUpdateMode: 'json',
					itemsJson: JSON.stringify([{ productId: 10951199, price: 5 }]),
				},
				'Line 1: quantity is missing in Items (JSON)',
			);
		});

		it('Items (JSON) that is not an array', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					itemsInputMode: 'json',
					itemsJson: '{"productId": 1}',
				},
				'Items (JSON) must be an array of line items',
			);
		});

		it('Payment Status 2 (partly paid) on create', async () => {
			await expectRefused(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 6001,
					paymentTypeId: 10260090,
					additionalFields: { paymentStatus: 2 },
				},
				'Payment Status: must be 0 (unpaid) or 1 (paid)',
			);
		});

		it('a payment term of 367 days', async () => {
			await expectRefused(
				{ resource: 'paymentType', operation: 'create', name: 'Lang', deadline: 367, type: 1 },
				'Payment Term (Days): must be a whole number of days from 0 to 366, not 367',
			);
		});

		it('a payment term of 367 days on update', async () => {
			await expectRefused(
				{ resource: 'paymentType', operation: 'update', paymentTypeId: byId(10260090), updateFields: { deadline: 367 } },
				/0 to 366/,
			);
		});

		it('a filter on a yes/no field with a value other than true or false', async () => {
			await expectRefused(
				{
					resource: 'paymentType',
					operation: 'getAll',
					filters: { conditions: [{ field: 'Primary', operator: 'eq', value: 'yes' }] },
				},
				'Filter on Default needs true or false, not "yes"',
			);
		});

		it('an update without changes (master data)', async () => {
			await expectRefused(
				{ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: {} },
				'Nothing to update on the product',
			);
		});

		it('an update without changes (document, lines kept)', async () => {
			await expectRefused(
				{ resource: 'invoice', operation: 'update', invoiceId: byId(2760795), itemsUpdateMode: 'keep' },
				'Nothing to update on the invoice',
			);
		});

		it('an empty document number', async () => {
			await expectRefused({ resource: 'invoice', operation: 'getByNumber', documentNumber: '  ' }, 'Document Number is empty');
		});

		it('a print template that is not an ID', async () => {
			await expectRefused(
				{ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(2760795), printTemplateId: 'Logo', binaryPropertyName: 'data' },
				'Print Template must be a numeric ID, not "Logo"',
			);
		});
	});

	describe('items and continueOnFail', () => {
		const locator = { __rl: true, mode: 'id', value: '={{ $json.id }}' };

		it('an edition problem becomes an { error } item for every input, without any request', async () => {
			const { output, error } = await run(
				{ resource: 'advanceInvoice', operation: 'getAll' },
				{ items: [{}, {}], continueOnFail: true },
			);

			expect(error).toBeUndefined();
			expect(output).toEqual(
				[0, 1].map((item) => ({
					json: {
						error: 'ERP XT offers no advance invoices in the Germany (app.erpxt.de) edition',
						description: expect.stringMatching(/^Advance invoices exist in the Poland/),
					},
					pairedItem: { item },
				})),
			);
		});

		it('every input item gets its own pairedItem', async () => {
			tokenScope();
			const api = erp()
				.get(`${PRODUCTS}/1`)
				.reply(200, { ...mouse, Id: 1 })
				.get(`${PRODUCTS}/2`)
				.reply(200, { ...mouse, Id: 2 })
				.get(`${PRODUCTS}/3`)
				.reply(200, { ...mouse, Id: 3 });

			const { output, error } = await run(
				{ resource: 'product', operation: 'get', productId: locator },
				{ items: [{ id: 1 }, { id: 2 }, { id: 3 }] },
			);

			expect(error).toBeUndefined();
			expect(jsonItems(output)).toEqual([1, 2, 3].map((Id, item) => ({ json: { ...mouse, Id }, pairedItem: { item } })));
			api.done();
		});

		it('a validation error becomes an { error } item for that input and the next items still run', async () => {
			tokenScope();
			const api = erp()
				.get(`${PRODUCTS}/1`)
				.reply(200, { ...mouse, Id: 1 })
				.get(`${PRODUCTS}/3`)
				.reply(200, { ...mouse, Id: 3 });

			const { output, error } = await run(
				{ resource: 'product', operation: 'get', productId: locator },
				{ items: [{ id: 1 }, { id: 'abc' }, { id: 3 }], continueOnFail: true },
			);

			expect(error).toBeUndefined();
			expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
			expect(output[0].json.Id).toBe(1);
			expect(output[1].json.error).toBe('Product ID must be a positive whole number, not "abc"');
			expect(output[2].json.Id).toBe(3);
			api.done();
		});

		it('an API error becomes an { error } item naming the record, and processing continues', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.delete(`${PRODUCTS}/1`)
				.reply(log.reply(204))
				.delete(`${PRODUCTS}/2`)
				.reply(404, { Message: 'Produkt nicht gefunden' })
				.delete(`${PRODUCTS}/3`)
				.reply(log.reply(204));

			const { output, error } = await run(
				{ resource: 'product', operation: 'delete', productId: locator },
				{ items: [{ id: 1 }, { id: 2 }, { id: 3 }], continueOnFail: true },
			);

			expect(error).toBeUndefined();
			expect(jsonItems(output)).toEqual([
				{ json: { deleted: true, id: 1 }, pairedItem: { item: 0 } },
				{
					json: expect.objectContaining({ error: 'Product 2 was not found in ERP XT (Produkt nicht gefunden)' }),
					pairedItem: { item: 1 },
				},
				{ json: { deleted: true, id: 3 }, pairedItem: { item: 2 } },
			]);
			api.done();
		});

		it('without continueOnFail the run stops at the failing item and names it', async () => {
			tokenScope();
			const api = erp().get(`${PRODUCTS}/1`).reply(200, { ...mouse, Id: 1 });

			const { error } = await run(
				{ resource: 'product', operation: 'get', productId: locator },
				{ items: [{ id: 1 }, { id: '-4' }, { id: 3 }] },
			);

			expect(error?.message).toBe('Product ID must be a positive whole number, not "-4"');
			expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(1);
			api.done();
		});
	});
});
