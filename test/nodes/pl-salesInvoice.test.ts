import { API, BodyLog, byId, erp, fixture, jsonItems, run, runOk, tokenScope, useNock } from './setup';
import type { Json } from './pl-setup';
import { EDITIONS, paired, pathOf } from './pl-setup';

/** Sales invoices: Poland v1.4, Betterfly v1.5. */
const CASES = EDITIONS.map((edition) => ({ ...edition, invoiceVersion: edition.edition === 'pl' ? '1.4' : '1.5' }));

describe('Invoice (sales) on the Polish and Betterfly editions', () => {
	useNock();
	const invoice = fixture<Json>('invoice-v1.4');
	const [mouse] = fixture<Json[]>('products');

	describe.each(CASES)('$label edition (v$invoiceVersion/invoices)', ({ edition, invoiceVersion }) => {
		const PATH = pathOf(invoiceVersion, 'invoices');

		it('Create sends currency block, payment deadline, recipient, OSS fields and a line VatRateId', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PATH).reply(log.reply(200, 2760795)).get(`${PATH}/2760795`).reply(200, invoice);

			const output = await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					itemsInputMode: 'fields',
					items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 100, description: '', vatRateId: 1001 }] },
					additionalFields: {
						recipientId: '529612',
						amountsAre: 0,
						ossProcedure: true,
						ossCountryCode: 'AT',
						issueDate: '2024-06-05',
						saleDate: '2024-06-05',
						paymentStatus: 0,
						paymentDeadline: '2024-06-19T00:00:00',
						currencyCode: 'EUR',
						currencyRateType: 1,
						currencyRate: 4.3125,
						currencyConverter: 1,
						currencyRateDate: '2024-06-04',
					},
				},
				{ edition },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					IssueDate: '2024-06-05',
					ReceivingPartyId: 529612,
					InvoiceType: 0,
					IsOSSProcedure: true,
					OSSProcedureCountryCode: 'AT',
					SalesDate: '2024-06-05',
					PaymentStatus: 0,
					PaymentDeadline: '2024-06-19',
					CurrencyCode: 'EUR',
					CurrencyRateType: 1,
					CurrencyRate: 4.3125,
					CurrencyConverter: 1,
					CurrencyRateDate: '2024-06-04',
					Items: [{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 100, VatRateId: 1001 }],
				},
			]);
			expect(jsonItems(output)).toEqual([paired(invoice)]);
			api.done();
		});

		it("gross mode (InvoiceType 1): entered prices are sent as gross, an empty price takes the product's SaleGrossPrice", async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${API}/products/10951199`)
				.reply(200, mouse)
				.post(PATH)
				.reply(log.reply(200, 2760795))
				.get(`${PATH}/2760795`)
				.reply(200, { ...invoice, InvoiceType: 1 });

			const output = await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: {
						item: [
							{ productId: 10985424, quantity: 1, unitPrice: 123, description: 'brutto' },
							{ productId: 10951199, quantity: 2, unitPrice: '' },
						],
					},
					additionalFields: { amountsAre: 1 },
				},
				{ edition },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					InvoiceType: 1,
					Items: [
						{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 123, ProductDescription: 'brutto' },
						{ ProductId: 10951199, Quantity: 2, ProductCurrencyPrice: 61.5 },
					],
				},
			]);
			expect(output[0].json.InvoiceType).toBe(1);
			api.done();
		});

		it('net mode: an empty price takes the SaleNetPrice', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().get(`${API}/products/10951199`).reply(200, mouse).post(PATH).reply(log.reply(200, 2760795));

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10951199, quantity: 2, unitPrice: '' }] },
					additionalFields: { amountsAre: 0 },
					createOptions: { returnFullRecord: false },
				},
				{ edition },
			);

			expect((log.bodies[0] as Json).Items).toEqual([{ ProductId: 10951199, Quantity: 2, ProductCurrencyPrice: 50 }]);
			api.done();
		});

		it('a sales invoice line refuses quantity 0 (only corrections accept it) before any request', async () => {
			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10985424, quantity: 0, unitPrice: 100 }] },
				},
				{ edition },
			);

			expect(error?.message).toBe('Line 1: Quantity must be greater than 0, not 0');
		});

		it('a foreign-currency invoice refuses an empty price (product prices are in PLN) before any request', async () => {
			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 10 }, { productId: 10985424, quantity: 1, unitPrice: '' }] },
					additionalFields: { currencyCode: 'eur' },
				},
				{ edition },
			);

			expect(error?.message).toBe('Line 2: enter a Unit Price; product prices are in PLN, the document is in EUR');
		});

		it('a foreign-currency invoice accepts a free line (price 0) without a product lookup', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PATH).reply(log.reply(200, 2760795));

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 0 }] },
					additionalFields: { currencyCode: 'EUR' },
					createOptions: { returnFullRecord: false },
				},
				{ edition },
			);

			expect(log.bodies).toEqual([
				{
					PurchasingPartyId: 529611,
					PaymentTypeId: 10260090,
					CurrencyCode: 'EUR',
					Items: [{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 0 }],
				},
			]);
			api.done();
		});

		it('Update changes currency and OSS fields and keeps the lines with their VatRateId', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${PATH}/2760795`)
				.reply(200, invoice)
				.put(PATH)
				.reply(log.reply(204))
				.get(`${PATH}/2760795`)
				.reply(200, invoice);

			await runOk(
				{
					resource: 'invoice',
					operation: 'update',
					invoiceId: byId(2760795),
					updateFields: { currencyCode: 'EUR', currencyRateType: 1, currencyRate: 4.3, ossProcedure: true, ossCountryCode: 'DE' },
				},
				{ edition },
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
					IsOSSProcedure: true,
					OSSProcedureCountryCode: 'DE',
					SalesDate: '2024-06-05',
					PaymentStatus: 0,
					PaymentDeadline: '2024-06-12',
					CurrencyCode: 'EUR',
					CurrencyRateType: 1,
					CurrencyRate: 4.3,
					CurrencyConverter: 1,
					CurrencyRateDate: null,
					Items: [{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 100, ProductDescription: '', VatRateId: 23, Id: 4463601 }],
				},
			]);
			api.done();
		});

		it('Get Many reads the invoice family of the edition', async () => {
			tokenScope();
			const api = erp()
				.get(PATH)
				.query({ $filter: 'PaymentStatus eq 0', $top: '50', $skip: '0' })
				.reply(200, [invoice])
				.get(PATH)
				.query({ $filter: 'PaymentStatus eq 0', $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk(
				{ resource: 'invoice', operation: 'getAll', filters: { conditions: [{ field: 'PaymentStatus', operator: 'eq', value: '0' }] } },
				{ edition },
			);

			expect(output[0].json).toMatchObject({ Id: 2760795, PaymentDeadline: '2024-06-12', GrossTotal: 123 });
			api.done();
		});
	});
});
