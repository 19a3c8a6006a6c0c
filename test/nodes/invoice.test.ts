import type { INodeExecutionData } from 'n8n-workflow';

import {
	API,
	BodyLog,
	byId,
	byNumber,
	erp,
	fixture,
	fromList,
	jsonItems,
	PDF,
	PDF_BASE64,
	PDF_DATA_URI,
	run,
	runOk,
	tokenScope,
	useNock,
	withoutIds,
} from './setup';

type Json = Record<string, unknown>;

const DE = `${API}/invoices`;
const PL = `${API}/v1.4/invoices`;
const deInvoice = fixture<Json>('invoice-v1.0');
const plInvoice = fixture<Json>('invoice-v1.4');
const [product] = fixture<Json[]>('products');

function expectPdf(output: INodeExecutionData[], fileName: string, property = 'data') {
	const binary = output[0].binary?.[property];
	expect(binary).toMatchObject({ mimeType: 'application/pdf', fileName });
	const decoded = Buffer.from(binary!.data, 'base64');
	expect(decoded.subarray(0, 4).toString('latin1')).toBe('%PDF');
	expect(decoded.equals(PDF)).toBe(true);
}

describe('Invoice', () => {
	useNock();

	describe('Get', () => {
		it('reads /invoices/{id} on the German edition and strips $id from record and lines', async () => {
			tokenScope();
			const api = erp().get(`${DE}/2760795`).reply(200, deInvoice);

			const output = await runOk({ resource: 'invoice', operation: 'get', invoiceId: byId(2760795) });

			expect(jsonItems(output)).toEqual([{ json: withoutIds(deInvoice), pairedItem: { item: 0 } }]);
			expect(JSON.stringify(output)).not.toContain('$id');
			api.done();
		});

		it('reads /v1.4/invoices/{id} on the Polish edition', async () => {
			tokenScope();
			const api = erp().get(`${PL}/2760795`).reply(200, plInvoice);

			const output = await runOk({ resource: 'invoice', operation: 'get', invoiceId: fromList(2760795) }, { edition: 'pl' });

			expect(jsonItems(output)).toEqual([{ json: plInvoice, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('reads /v1.5/invoices/{id} on Betterfly (the documented final invoice)', async () => {
			tokenScope();
			const finalInvoice = fixture<Json>('final-invoice');
			const api = erp().get(`${API}/v1.5/invoices/2760800`).reply(200, finalInvoice);

			const output = await runOk({ resource: 'invoice', operation: 'get', invoiceId: byId(2760800) }, { edition: 'betterfly' });

			expect(output[0].json).toEqual(finalInvoice);
			api.done();
		});

		it('finds the invoice first when picked By Number', async () => {
			tokenScope();
			const api = erp()
				.get(DE)
				.query({ $filter: "Number eq 'FS/24/6/1'" })
				.reply(200, [deInvoice])
				.get(`${DE}/2760795`)
				.reply(200, deInvoice);

			const output = await runOk({ resource: 'invoice', operation: 'get', invoiceId: byNumber(' FS/24/6/1 ') });

			expect(jsonItems(output)).toEqual([{ json: withoutIds(deInvoice), pairedItem: { item: 0 } }]);
			api.done();
		});

		it('By Number with no match names the number', async () => {
			tokenScope();
			const api = erp().get(DE).query({ $filter: "Number eq 'FS/99/1/1'" }).reply(200, []);

			const { error } = await run({ resource: 'invoice', operation: 'get', invoiceId: byNumber('FS/99/1/1') });

			expect(error?.message).toBe('No invoice with the number FS/99/1/1 was found in ERP XT');
			api.done();
		});
	});

	describe('Get by Number', () => {
		it('filters on Number and returns the match', async () => {
			tokenScope();
			const api = erp().get(PL).query({ $filter: "Number eq 'FS/24/6/1'" }).reply(200, [plInvoice]);

			const output = await runOk(
				{ resource: 'invoice', operation: 'getByNumber', documentNumber: 'FS/24/6/1' },
				{ edition: 'pl' },
			);

			expect(jsonItems(output)).toEqual([{ json: plInvoice, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('escapes quotes in the number', async () => {
			tokenScope();
			const api = erp().get(DE).query({ $filter: "Number eq 'R''24'" }).reply(200, [{ ...deInvoice, Number: "R'24" }]);

			const output = await runOk({ resource: 'invoice', operation: 'getByNumber', documentNumber: "R'24" });

			expect(output.map((item) => item.json.Number)).toEqual(["R'24"]);
			api.done();
		});

		it('keeps only the matching invoice when the server ignores $filter', async () => {
			tokenScope();
			const other = { ...deInvoice, Id: 2760796, Number: 'FS/24/6/2' };
			const api = erp().get(DE).query({ $filter: "Number eq 'FS/24/6/2'" }).reply(200, [deInvoice, other]);

			const output = await runOk({ resource: 'invoice', operation: 'getByNumber', documentNumber: 'FS/24/6/2' });

			expect(output.map((item) => item.json.Id)).toEqual([2760796]);
			api.done();
		});

		it('fails with the number named when nothing matches', async () => {
			tokenScope();
			const api = erp().get(DE).query({ $filter: "Number eq 'FS/24/6/9'" }).reply(200, []);

			const { error, output } = await run({ resource: 'invoice', operation: 'getByNumber', documentNumber: 'FS/24/6/9' });

			expect(output).toEqual([]);
			expect(error?.message).toBe('No invoice with the number FS/24/6/9 was found in ERP XT');
			api.done();
		});
	});

	describe('Get Many', () => {
		it('simplifies invoices to ten fields with plain dates', async () => {
			tokenScope();
			const api = erp()
				.get(PL)
				.query({ $top: '50', $skip: '0' })
				.reply(200, [plInvoice])
				.get(PL)
				.query({ $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk({ resource: 'invoice', operation: 'getAll' }, { edition: 'pl' });

			expect(jsonItems(output)).toEqual([
				{
					json: {
						Id: 2760795,
						Number: 'FS/24/6/1',
						Status: 0,
						IssueDate: '2024-06-05',
						SalesDate: '2024-06-05',
						PurchasingPartyId: 529611,
						PaymentStatus: 0,
						PaymentDeadline: '2024-06-12',
						NetTotal: 100,
						GrossTotal: 123,
					},
					pairedItem: { item: 0 },
				},
			]);
			expect(Object.keys(output[0].json).length).toBeLessThanOrEqual(10);
			api.done();
		});

		it('uses the API Version override (/v1.1/invoices) and returns the documented legacy list without $id', async () => {
			tokenScope();
			const legacy = fixture<Json[]>('invoices-v1.1');
			const api = erp()
				.get(`${API}/v1.1/invoices`)
				.query({ $top: '50', $skip: '0' })
				.reply(200, legacy)
				.get(`${API}/v1.1/invoices`)
				.query({ $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk(
				{ resource: 'invoice', operation: 'getAll', simplify: false, apiVersion: '1.1' },
				{ edition: 'pl' },
			);

			expect(jsonItems(output)).toEqual([{ json: withoutIds(legacy[0]), pairedItem: { item: 0 } }]);
			api.done();
		});
	});

	describe('Create', () => {
		it('German edition: posts header and lines with ProductCurrencyNetPrice, then reads the invoice back', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(DE).reply(log.reply(200, 2760795)).get(`${DE}/2760795`).reply(200, deInvoice);

			const output = await runOk({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: '10260090',
				itemsInputMode: 'fields',
				items: {
					item: [
						{ productId: 10951199, quantity: 2, unitPrice: 50, description: 'Lieferung' },
						{ productId: '10951198', quantity: 1.5, unitPrice: 12.5, description: '' },
					],
				},
				additionalFields: {
					bankAccountId: 113,
					issueDate: '2024-06-05T00:00:00',
					saleDate: '2024-06-04',
					paymentStatus: 1,
				},
			});

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 6001,
					PaymentTypeId: 10260090,
					BankAccountId: 113,
					IssueDate: '2024-06-05',
					SalesDate: '2024-06-04',
					PaymentStatus: 1,
					Items: [
						{ ProductId: 10951199, Quantity: 2, ProductCurrencyNetPrice: 50, ProductDescription: 'Lieferung' },
						{ ProductId: 10951198, Quantity: 1.5, ProductCurrencyNetPrice: 12.5 },
					],
				},
			]);
			expect(jsonItems(output)).toEqual([{ json: withoutIds(deInvoice), pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Polish edition: posts to /v1.4/invoices with ProductCurrencyPrice and the v1.1+ fields', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PL).reply(log.reply(200, 2760795)).get(`${PL}/2760795`).reply(200, plInvoice);

			const output = await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 100, description: '' }] },
					additionalFields: {
						amountsAre: 0,
						description: 'Wymiana',
						recipientId: 529612,
						paymentDeadline: '2024-06-12',
					},
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					InvoiceType: 0,
					Description: 'Wymiana',
					ReceivingPartyId: 529612,
					PaymentDeadline: '2024-06-12',
					Items: [{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 100 }],
				},
			]);
			expect(output[0].json).toEqual(plInvoice);
			api.done();
		});

		it("an empty unit price takes the product's sale price, one GET per product across lines and items", async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${API}/products/10951199`)
				.reply(200, product)
				.post(PL)
				.times(2)
				.reply(log.reply(200, 2760795))
				.get(`${PL}/2760795`)
				.times(2)
				.reply(200, plInvoice);

			const output = await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: {
						item: [
							{ productId: 10951199, quantity: 1, unitPrice: '' },
							{ productId: 10951199, quantity: 3, description: 'Zapas' },
						],
					},
				},
				{ edition: 'pl', items: [{ n: 1 }, { n: 2 }] },
			);

			const line = { ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: 50 };
			const expected = {
				PurchasingPartyId: 529611,
				PaymentTypeId: 10260090,
				Items: [line, { ProductId: 10951199, Quantity: 3, ProductCurrencyPrice: 50, ProductDescription: 'Zapas' }],
			};
			expect(log.bodies).toEqual([expected, expected]);
			expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
			api.done();
		});

		it('an empty unit price on a gross invoice takes the gross sale price', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${API}/products/10951199`)
				.reply(200, product)
				.post(PL)
				.reply(log.reply(200, 2760795))
				.get(`${PL}/2760795`)
				.reply(200, plInvoice);

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10951199, quantity: 2, unitPrice: '' }] },
					additionalFields: { amountsAre: 1 },
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					InvoiceType: 1,
					Items: [{ ProductId: 10951199, Quantity: 2, ProductCurrencyPrice: 61.5 }],
				},
			]);
			api.done();
		});

		it('a unit price of 0 is a free line: 0 is sent and no product is read', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PL).reply(log.reply(200, 2760795)).get(`${PL}/2760795`).reply(200, plInvoice);

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: {
						item: [
							{ productId: 10951199, quantity: 1, unitPrice: 0, description: 'Gratis' },
							{ productId: 10951199, quantity: 2, unitPrice: '0' },
						],
					},
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					Items: [
						{ ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: 0, ProductDescription: 'Gratis' },
						{ ProductId: 10951199, Quantity: 2, ProductCurrencyPrice: 0 },
					],
				},
			]);
			api.done();
		});

		it('unit prices given as text are read as numbers, a decimal comma included', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(DE).reply(log.reply(200, 2760795)).get(`${DE}/2760795`).reply(200, deInvoice);

			await runOk({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				items: {
					item: [
						{ productId: 10951199, quantity: 1, unitPrice: '49.90' },
						{ productId: 10951198, quantity: '2,5', unitPrice: ' 12,5 ' },
						{ productId: 10951197, quantity: 1.2345, unitPrice: 0.99 },
					],
				},
			});

			expect((log.bodies[0] as Json).Items).toEqual([
				{ ProductId: 10951199, Quantity: 1, ProductCurrencyNetPrice: 49.9 },
				{ ProductId: 10951198, Quantity: 2.5, ProductCurrencyNetPrice: 12.5 },
				{ ProductId: 10951197, Quantity: 1.2345, ProductCurrencyNetPrice: 0.99 },
			]);
			api.done();
		});

		it('a failed product price read is not cached: the next input item reads the product again', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${API}/products/10951199`)
				.reply(503, { Message: 'Service Unavailable' })
				.get(`${API}/products/10951199`)
				.reply(200, product)
				.post(PL)
				.reply(log.reply(200, 2760795))
				.get(`${PL}/2760795`)
				.reply(200, plInvoice);

			const { output } = await run(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10951199, quantity: 1, unitPrice: '' }] },
				},
				{ edition: 'pl', items: [{ n: 1 }, { n: 2 }], continueOnFail: true },
			);

			expect(jsonItems(output)).toEqual([
				{ json: expect.objectContaining({ error: 'ERP XT could not process product 10951199 (server error 503): Service Unavailable' }), pairedItem: { item: 0 } },
				{ json: plInvoice, pairedItem: { item: 1 } },
			]);
			expect(log.bodies).toEqual([
				{ PurchasingPartyId: 529611, PaymentTypeId: 10260090, Items: [{ ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: 50 }] },
			]);
			api.done();
		});

		it('JSON line items mode accepts items built upstream', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(DE).reply(log.reply(200, 2760795)).get(`${DE}/2760795`).reply(200, deInvoice);

			await runOk({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				itemsInputMode: 'json',
				itemsJson: JSON.stringify([
					{ productId: 10951199, quantity: 2, unitPrice: 50, description: 'Lieferung' },
					{ ProductId: '10951198', Quantity: '1,5', ProductCurrencyNetPrice: 12.5 },
				]),
			});

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 6001,
					PaymentTypeId: 10260090,
					Items: [
						{ ProductId: 10951199, Quantity: 2, ProductCurrencyNetPrice: 50, ProductDescription: 'Lieferung' },
						{ ProductId: 10951198, Quantity: 1.5, ProductCurrencyNetPrice: 12.5 },
					],
				},
			]);
			api.done();
		});

		it("JSON lines without a price key (or with an empty price) take the product's sale price; 0 stays a free line", async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${API}/products/10951199`)
				.reply(200, product)
				.post(PL)
				.reply(log.reply(200, 2760795));

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					itemsInputMode: 'json',
					itemsJson: JSON.stringify([
						{ productId: 10951199, quantity: 2 },
						{ ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: '', ProductDescription: 'Zapas' },
						{ productId: 10951199, quantity: 1, unitPrice: 0 },
					]),
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'pl' },
			);

			expect((log.bodies[0] as Json).Items).toEqual([
				{ ProductId: 10951199, Quantity: 2, ProductCurrencyPrice: 50 },
				{ ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: 50, ProductDescription: 'Zapas' },
				{ ProductId: 10951199, Quantity: 1, ProductCurrencyPrice: 0 },
			]);
			api.done();
		});

		it('dates with Z or an offset become the Central European calendar date; without an offset the date part is kept', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PL).reply(log.reply(200, 2760795));

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					additionalFields: {
						issueDate: '2024-06-04T22:30:00Z',
						saleDate: '2024-06-05T00:30:00+05:00',
						paymentDeadline: '2024-06-19T23:45:00',
					},
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					IssueDate: '2024-06-05',
					SalesDate: '2024-06-04',
					PaymentDeadline: '2024-06-19',
					Items: [],
				},
			]);
			api.done();
		});

		it('a winter timestamp in UTC is shifted by one hour (+01:00)', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PL).reply(log.reply(200, 2760795));

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					additionalFields: { issueDate: '2024-12-31T23:00:00.000Z', saleDate: '2024-12-31T22:59:59Z' },
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'pl' },
			);

			expect(log.bodies[0]).toMatchObject({ IssueDate: '2025-01-01', SalesDate: '2024-12-31' });
			api.done();
		});

		it('with Return Full Record off returns { Id } only', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(DE).reply(log.reply(200, 2760796));

			const output = await runOk({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				createOptions: { returnFullRecord: false },
			});

			expect(log.bodies).toEqual([{ PurchasingPartyId: 6001, PaymentTypeId: 10260090, Items: [] }]);
			expect(jsonItems(output)).toEqual([{ json: { Id: 2760796 }, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('refuses Description (API 1.1+) on the German edition before any request', async () => {
			const { error } = await run({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				additionalFields: { description: 'Hallo' },
			});

			expect(error?.message).toMatch(/^Description is not available in the Germany \(app\.erpxt\.de\) edition \(it needs API version 1\.1\)$/);
		});
	});

	describe('Update', () => {
		it('German edition: Keep Current sends the lines back with their ids and ProductCurrencyNetPrice', async () => {
			tokenScope();
			const log = new BodyLog();
			const saved = { ...deInvoice, PaymentTypeId: 10260089 };
			const api = erp()
				.get(`${DE}/2760795`)
				.reply(200, deInvoice)
				.put(DE)
				.reply(log.reply(204))
				.get(`${DE}/2760795`)
				.reply(200, saved);

			const output = await runOk({
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(2760795),
				updateFields: { paymentTypeId: 10260089 },
			});

			expect(log.bodies).toEqual([
				{
					Id: 2760795,
					PurchasingPartyId: 6001,
					PaymentTypeId: 10260089,
					BankAccountId: 113,
					IssueDate: '2024-06-05',
					SalesDate: '2024-06-05',
					// sent back while it is 0 or 1, so a replacing PUT cannot reset it
					PaymentStatus: 0,
					Items: [
						{ ProductId: 10951199, Quantity: 2, ProductCurrencyNetPrice: 50, ProductDescription: 'Lieferung', Id: 880001 },
					],
				},
			]);
			expect(jsonItems(output)).toEqual([{ json: withoutIds(saved), pairedItem: { item: 0 } }]);
			api.done();
		});

		it('does not send back a partly paid status (2), which ERP XT refuses on write', async () => {
			tokenScope();
			const log = new BodyLog();
			const partlyPaid = { ...plInvoice, PaymentStatus: 2 };
			const api = erp()
				.get(`${PL}/2760795`)
				.reply(200, partlyPaid)
				.put(PL)
				.reply(log.reply(204))
				.get(`${PL}/2760795`)
				.reply(200, partlyPaid);

			await runOk(
				{ resource: 'invoice', operation: 'update', invoiceId: byId(2760795), updateFields: { description: 'Teilzahlung' } },
				{ edition: 'pl' },
			);

			expect(log.bodies[0]).toMatchObject({ Id: 2760795, Description: 'Teilzahlung' });
			expect(log.bodies[0]).not.toHaveProperty('PaymentStatus');
			api.done();
		});

		it('Polish edition: Keep Current sends the lines back with ProductCurrencyPrice and keeps the header', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${PL}/2760795`)
				.reply(200, plInvoice)
				.put(PL)
				.reply(log.reply(204))
				.get(`${PL}/2760795`)
				.reply(200, plInvoice);

			await runOk(
				{
					resource: 'invoice',
					operation: 'update',
					invoiceId: byId(2760795),
					updateFields: { paymentDeadline: '2024-06-19' },
					itemsUpdateMode: 'keep',
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					Id: 2760795,
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					BankAccountId: 113,
					IssueDate: '2024-06-05',
					ReceivingPartyId: null,
					InvoiceType: 0,
					Description: '',
					IsOSSProcedure: false,
					OSSProcedureCountryCode: '',
					SalesDate: '2024-06-05',
					PaymentStatus: 0,
					PaymentDeadline: '2024-06-19',
					CurrencyCode: 'PLN',
					CurrencyRateType: 0,
					CurrencyRate: 1,
					CurrencyConverter: 1,
					CurrencyRateDate: null,
					Items: [
						{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 100, ProductDescription: '', VatRateId: 23, Id: 4463601 },
					],
				},
			]);
			api.done();
		});

		it('Replace: Define Below sends the new lines instead of the current ones', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${DE}/2760795`)
				.reply(200, deInvoice)
				.put(DE)
				.reply(log.reply(204))
				.get(`${DE}/2760795`)
				.reply(200, deInvoice);

			await runOk({
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(2760795),
				itemsUpdateMode: 'fields',
				items: { item: [{ productId: 10951199, quantity: 5, unitPrice: 45, description: '' }] },
			});

			expect((log.bodies[0] as Json).Items).toEqual([{ ProductId: 10951199, Quantity: 5, ProductCurrencyNetPrice: 45 }]);
			api.done();
		});

		it('refuses a confirmed invoice (Status 1) before the PUT, naming it', async () => {
			tokenScope();
			const [confirmed] = fixture<Json[]>('invoices-v1.1');
			const api = erp().get(`${API}/v1.1/invoices/2760795`).reply(200, confirmed);

			const { error, output } = await run(
				{
					resource: 'invoice',
					operation: 'update',
					apiVersion: '1.1',
					invoiceId: byId(2760795),
					updateFields: { description: 'Neu' },
				},
				{ edition: 'pl' },
			);

			expect(output).toEqual([]);
			expect(error?.message).toBe('Invoice FS/20/6/1 cannot be changed: it is confirmed');
			api.done();
		});

		it('a failed read-back after a successful PUT returns the sent body with readBackError', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${DE}/2760795`)
				.reply(200, deInvoice)
				.put(DE)
				.reply(log.reply(204))
				.get(`${DE}/2760795`)
				.reply(503, { Message: 'Service Unavailable' });

			const output = await runOk({
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(2760795),
				updateFields: { paymentTypeId: 10260089 },
			});

			expect(log.bodies).toHaveLength(1);
			expect(jsonItems(output)).toEqual([
				{
					json: {
						...(log.bodies[0] as Json),
						readBackError: 'ERP XT could not process invoice 2760795 (server error 503): Service Unavailable',
					},
					pairedItem: { item: 0 },
				},
			]);
			api.done();
		});

		it('a read-back answering null after a successful PUT reports the record as not found in readBackError', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${DE}/2760795`)
				.reply(200, deInvoice)
				.put(DE)
				.reply(log.reply(204))
				.get(`${DE}/2760795`)
				.reply(200, 'null', { 'Content-Type': 'application/json' });

			const output = await runOk({
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(2760795),
				updateFields: { paymentTypeId: 10260089 },
			});

			expect(output[0].json).toEqual({ ...(log.bodies[0] as Json), readBackError: 'Invoice 2760795 was not found in ERP XT' });
			api.done();
		});

		it('refuses switching Amounts Are while keeping the current lines, after reading the invoice and before any PUT', async () => {
			tokenScope();
			const api = erp().get(`${PL}/2760795`).reply(200, plInvoice);

			const { error, output } = await run(
				{ resource: 'invoice', operation: 'update', invoiceId: byId(2760795), updateFields: { amountsAre: 1 }, itemsUpdateMode: 'keep' },
				{ edition: 'pl' },
			);

			expect(output).toEqual([]);
			expect(error?.message).toBe('Amounts Are changes only together with new line prices');
			expect(error?.description).toBe(
				'The current line prices would be read the other way (net as gross or gross as net). Replace the lines too.',
			);
			api.done();
		});

		it('accepts Amounts Are unchanged with the current lines', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${PL}/2760795`)
				.reply(200, plInvoice)
				.put(PL)
				.reply(log.reply(204))
				.get(`${PL}/2760795`)
				.reply(200, plInvoice);

			await runOk(
				{ resource: 'invoice', operation: 'update', invoiceId: byId(2760795), updateFields: { amountsAre: 0, description: 'x' } },
				{ edition: 'pl' },
			);

			expect(log.bodies[0]).toMatchObject({
				InvoiceType: 0,
				Description: 'x',
				Items: [{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 100, ProductDescription: '', VatRateId: 23, Id: 4463601 }],
			});
			api.done();
		});

		it('switches Amounts Are to gross together with new lines; an empty price takes the gross sale price', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${PL}/2760795`)
				.reply(200, plInvoice)
				.get(`${API}/products/10951199`)
				.reply(200, product)
				.put(PL)
				.reply(log.reply(204))
				.get(`${PL}/2760795`)
				.reply(200, { ...plInvoice, InvoiceType: 1 });

			await runOk(
				{
					resource: 'invoice',
					operation: 'update',
					invoiceId: byId(2760795),
					updateFields: { amountsAre: 1 },
					itemsUpdateMode: 'fields',
					items: { item: [{ productId: 10951199, quantity: 2, unitPrice: '' }, { productId: 10985424, quantity: 1, unitPrice: '123' }] },
				},
				{ edition: 'pl' },
			);

			expect(log.bodies[0]).toMatchObject({
				Id: 2760795,
				InvoiceType: 1,
				Items: [
					{ ProductId: 10951199, Quantity: 2, ProductCurrencyPrice: 61.5 },
					{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 123 },
				],
			});
			api.done();
		});

		it('a foreign-currency invoice refuses an empty price on new lines: no product read, no PUT', async () => {
			tokenScope();
			const api = erp().get(`${PL}/2760795`).reply(200, { ...plInvoice, CurrencyCode: 'EUR' });

			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'update',
					invoiceId: byId(2760795),
					itemsUpdateMode: 'fields',
					items: { item: [{ productId: 10951199, quantity: 2, unitPrice: '' }] },
				},
				{ edition: 'pl' },
			);

			expect(error?.message).toBe('Line 1: enter a Unit Price; product prices are in PLN, the document is in EUR');
			api.done();
		});
	});

	describe('Get of an empty answer', () => {
		it.each([
			['null', 'null'],
			['an empty body', ''],
			['a bare number', '42'],
			['a list', '[]'],
		])('%s counts as "not found" (404)', async (_label, body) => {
			tokenScope();
			const api = erp().get(`${PL}/2760795`).reply(200, body, { 'Content-Type': 'application/json' });

			const { error, output } = await run({ resource: 'invoice', operation: 'get', invoiceId: byId(2760795) }, { edition: 'pl' });

			expect(output).toEqual([]);
			expect(error?.message).toBe('Invoice 2760795 was not found in ERP XT');
			expect(error?.httpCode).toBe('404');
			expect(error?.description).toBe('ERP XT answered without a record. Check the ID; the record may have been deleted.');
			api.done();
		});
	});

	it('Delete sends DELETE /v1.4/invoices/{id}', async () => {
		tokenScope();
		const api = erp().delete(`${PL}/2760795`).reply(204);

		const output = await runOk({ resource: 'invoice', operation: 'delete', invoiceId: byId(2760795) }, { edition: 'pl' });

		expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 2760795 }, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Delete on the German edition sends DELETE /invoices/{id}', async () => {
		tokenScope();
		const api = erp().delete(`${DE}/2760795`).reply(204);

		const output = await runOk({ resource: 'invoice', operation: 'delete', invoiceId: byId(2760795) });

		expect(output[0].json).toEqual({ deleted: true, id: 2760795 });
		api.done();
	});

	describe('Confirm', () => {
		it('PUTs {Id, IdCollection} to /invoices/confirm and returns the confirmed invoice', async () => {
			tokenScope();
			const log = new BodyLog();
			const confirmed = { ...deInvoice, Status: 1 };
			const api = erp().put(`${DE}/confirm`).reply(log.reply(204)).get(`${DE}/2760795`).reply(200, confirmed);

			const output = await runOk({ resource: 'invoice', operation: 'confirm', invoiceId: byId(2760795) });

			expect(log.bodies).toEqual([{ Id: 2760795, IdCollection: [2760795] }]);
			expect(jsonItems(output)).toEqual([{ json: withoutIds(confirmed), pairedItem: { item: 0 } }]);
			api.done();
		});

		it('PUTs to /v1.4/invoices/confirm on the Polish edition', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.put(`${PL}/confirm`)
				.reply(log.reply(204))
				.get(`${PL}/2760795`)
				.reply(200, { ...plInvoice, Status: 1 });

			const output = await runOk({ resource: 'invoice', operation: 'confirm', invoiceId: byId(2760795) }, { edition: 'pl' });

			expect(log.bodies).toEqual([{ Id: 2760795, IdCollection: [2760795] }]);
			expect(output[0].json.Status).toBe(1);
			api.done();
		});
	});

	describe('Download PDF', () => {
		it('German edition: falls back from /{id}/print to /print/{id} on 404, sends customPrintId, decodes a data URI', async () => {
			tokenScope();
			const api = erp()
				.get(`${DE}/2760795`)
				.reply(200, deInvoice)
				.get(`${DE}/2760795/print`)
				.query({ customPrintId: '301' })
				.reply(404, { Message: 'No HTTP resource was found' })
				.get(`${DE}/print/2760795`)
				.query({ customPrintId: '301' })
				.reply(200, JSON.stringify(PDF_DATA_URI), { 'Content-Type': 'application/json' });

			const output = await runOk({
				resource: 'invoice',
				operation: 'downloadPdf',
				invoiceId: byId(2760795),
				printTemplateId: '301',
				binaryPropertyName: 'data',
			});

			expect(jsonItems(output)).toEqual([{ json: withoutIds(deInvoice), pairedItem: { item: 0 } }]);
			expectPdf(output, 'FS-24-6-1.pdf');
			api.done();
		});

		it("Polish edition: /v1.4/invoices/{id}/print with the customer's template, bare Base64, custom field name", async () => {
			tokenScope();
			const api = erp()
				.get(`${PL}/2760795`)
				.reply(200, plInvoice)
				.get(`${PL}/2760795/print`)
				.reply(200, JSON.stringify(PDF_BASE64), { 'Content-Type': 'application/json' });

			const output = await runOk(
				{
					resource: 'invoice',
					operation: 'downloadPdf',
					invoiceId: byId(2760795),
					printTemplateId: '',
					binaryPropertyName: 'invoicePdf',
				},
				{ edition: 'pl' },
			);

			expect(Object.keys(output[0].binary ?? {})).toEqual(['invoicePdf']);
			expectPdf(output, 'FS-24-6-1.pdf', 'invoicePdf');
			expect(output[0].pairedItem).toEqual({ item: 0 });
			api.done();
		});

		it('works with a document picked By Number', async () => {
			tokenScope();
			const api = erp()
				.get(DE)
				.query({ $filter: "Number eq 'FS/24/6/1'" })
				.reply(200, [deInvoice])
				.get(`${DE}/2760795`)
				.reply(200, deInvoice)
				.get(`${DE}/2760795/print`)
				.reply(200, JSON.stringify(PDF_DATA_URI), { 'Content-Type': 'application/json' });

			const output = await runOk({
				resource: 'invoice',
				operation: 'downloadPdf',
				invoiceId: byNumber('FS/24/6/1'),
				binaryPropertyName: 'data',
			});

			expectPdf(output, 'FS-24-6-1.pdf');
			api.done();
		});

		it('names the file after the ID when the document has no number', async () => {
			tokenScope();
			const finalInvoice = fixture<Json>('final-invoice');
			const api = erp()
				.get(`${PL}/2760800`)
				.reply(200, finalInvoice)
				.get(`${PL}/2760800/print`)
				.reply(200, JSON.stringify(PDF_DATA_URI), { 'Content-Type': 'application/json' });

			const output = await runOk(
				{ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(2760800), binaryPropertyName: 'data' },
				{ edition: 'pl' },
			);

			expectPdf(output, 'invoice-2760800.pdf');
			api.done();
		});

		it('Betterfly (v1.5): tries /v1.5/invoices/{id}/print, falls back to the documented /v1.4 route on 405', async () => {
			tokenScope();
			const V15 = `${API}/v1.5/invoices`;
			const finalInvoice = fixture<Json>('final-invoice');
			const api = erp()
				.get(`${V15}/2760800`)
				.reply(200, finalInvoice)
				.get(`${V15}/2760800/print`)
				.query({ customPrintId: '303' })
				.reply(405, { Message: "The requested resource does not support http method 'GET'." })
				.get(`${API}/v1.4/invoices/2760800/print`)
				.query({ customPrintId: '303' })
				.reply(200, JSON.stringify(PDF_DATA_URI), { 'Content-Type': 'application/json' });

			const output = await runOk(
				{ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(2760800), printTemplateId: '303', binaryPropertyName: 'data' },
				{ edition: 'betterfly' },
			);

			expectPdf(output, 'invoice-2760800.pdf');
			api.done();
		});

		it('Betterfly (v1.5): falls back to /v1.4 on 404 and reports the v1.4 answer when that fails too', async () => {
			tokenScope();
			const V15 = `${API}/v1.5/invoices`;
			const api = erp()
				.get(`${V15}/2760795`)
				.reply(200, plInvoice)
				.get(`${V15}/2760795/print`)
				.reply(404, { Message: 'No HTTP resource was found' })
				.get(`${API}/v1.4/invoices/2760795/print`)
				.reply(404, { Message: 'Nie znaleziono wydruku' });

			const { error } = await run(
				{ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(2760795), binaryPropertyName: 'data' },
				{ edition: 'betterfly' },
			);

			expect(error?.message).toBe('The PDF of invoice 2760795 was not found in ERP XT (Nie znaleziono wydruku)');
			api.done();
		});

		it('Betterfly (v1.5): a server error on /v1.5 print is reported without trying /v1.4', async () => {
			tokenScope();
			const V15 = `${API}/v1.5/invoices`;
			const api = erp()
				.get(`${V15}/2760795`)
				.reply(200, plInvoice)
				.get(`${V15}/2760795/print`)
				.reply(500, { Message: 'Błąd wydruku' });

			const { error } = await run(
				{ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(2760795), binaryPropertyName: 'data' },
				{ edition: 'betterfly' },
			);

			expect(error?.message).toBe('ERP XT could not process the PDF of invoice 2760795 (server error 500): Błąd wydruku');
			api.done();
		});

		it('API 1.1 uses only /v1.1/invoices/print/{id}', async () => {
			tokenScope();
			const V11 = `${API}/v1.1/invoices`;
			const [legacy] = fixture<Json[]>('invoices-v1.1');
			const api = erp()
				.get(`${V11}/2760795`)
				.reply(200, legacy)
				.get(`${V11}/print/2760795`)
				.reply(200, JSON.stringify(PDF_BASE64), { 'Content-Type': 'application/json' });

			const output = await runOk(
				{ resource: 'invoice', operation: 'downloadPdf', apiVersion: '1.1', invoiceId: byId(2760795), binaryPropertyName: 'data' },
				{ edition: 'pl' },
			);

			expectPdf(output, 'FS-20-6-1.pdf');
			api.done();
		});

		it('API 1.1: a missing /print/{id} route is reported, no other route is tried', async () => {
			tokenScope();
			const V11 = `${API}/v1.1/invoices`;
			const [legacy] = fixture<Json[]>('invoices-v1.1');
			const api = erp().get(`${V11}/2760795`).reply(200, legacy).get(`${V11}/print/2760795`).reply(404);

			const { error } = await run(
				{ resource: 'invoice', operation: 'downloadPdf', apiVersion: '1.1', invoiceId: byId(2760795), binaryPropertyName: 'data' },
				{ edition: 'pl' },
			);

			expect(error?.message).toBe('The PDF of invoice 2760795 was not found in ERP XT');
			api.done();
		});

		it('API 1.1 refuses a chosen print template before any request (also before a By Number lookup)', async () => {
			const { error, output } = await run(
				{
					resource: 'invoice',
					operation: 'downloadPdf',
					apiVersion: '1.1',
					invoiceId: byNumber('FS/20/6/1'),
					printTemplateId: '301',
					binaryPropertyName: 'data',
				},
				{ edition: 'pl' },
			);

			expect(output).toEqual([]);
			expect(error?.message).toBe("API version 1.1 prints only with the customer's template");
			expect(error?.description).toBe('Leave Print Template empty, or use API version 1.2 or later.');
		});

		it('reports a print answer that is not a PDF', async () => {
			tokenScope();
			const api = erp()
				.get(`${PL}/2760795`)
				.reply(200, plInvoice)
				.get(`${PL}/2760795/print`)
				.reply(200, JSON.stringify(Buffer.from('<html>error</html>').toString('base64')), {
					'Content-Type': 'application/json',
				});

			const { error } = await run(
				{ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(2760795), binaryPropertyName: 'data' },
				{ edition: 'pl' },
			);

			expect(error?.message).toBe("ERP XT's print of invoice 2760795 was not a PDF");
			api.done();
		});
	});
});
