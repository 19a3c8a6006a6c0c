import { API, BodyLog, byId, byNumber, erp, fromList, jsonItems, run, runOk, tokenScope, useNock } from './setup';
import { EDITIONS, expectPdf, JSON_HEADERS, paired, pathOf, plFixture, PRINT_ANSWER } from './pl-setup';

const FINALIZE = `${API}/v1.2/advanceInvoices/2760801/finalize`;

describe('Advance Invoice', () => {
	useNock();

	describe.each(EDITIONS)('$label edition (v$current/advanceInvoices)', ({ edition, current }) => {
		const PATH = pathOf(current, 'advanceInvoices');
		const advance = plFixture('advance-invoice');
		const finalInvoice = plFixture('final-invoice');

		describe('Create', () => {
			it('posts header, currency block, CurrencyAdvance and lines, then reads the advance invoice back', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp().post(PATH).reply(log.reply(200, 2760801)).get(`${PATH}/2760801`).reply(200, advance);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'create',
						customerId: 529611,
						paymentTypeId: '10260090',
						itemsInputMode: 'fields',
						items: {
							item: [
								{
									productId: 10985424,
									quantity: 1,
									unitPrice: 1000,
									description: 'Projekt wdrożenia',
								},
							],
						},
						additionalFields: {
							advanceAmount: 300,
							bankAccountId: 113,
							currencyCode: 'EUR',
							currencyRateType: 1,
							currencyRate: 4.3125,
							currencyConverter: 1,
							currencyRateDate: '2024-06-04T00:00:00',
							paymentDeadline: '2024-06-19',
							saleDate: '2024-06-05',
							description: 'Zaliczka 30%',
						},
					},
					{ edition },
				);

				expect(log.bodies).toEqual([
					{
						PurchasingPartyId: 529611,
						PaymentTypeId: 10260090,
						BankAccountId: 113,
						Description: 'Zaliczka 30%',
						SalesDate: '2024-06-05',
						PaymentDeadline: '2024-06-19',
						CurrencyCode: 'EUR',
						CurrencyRateType: 1,
						CurrencyRate: 4.3125,
						CurrencyConverter: 1,
						CurrencyRateDate: '2024-06-04',
						CurrencyAdvance: 300,
						Items: [
							{
								ProductId: 10985424,
								Quantity: 1,
								ProductCurrencyPrice: 1000,
								ProductDescription: 'Projekt wdrożenia',
							},
						],
					},
				]);
				expect(jsonItems(output)).toEqual([paired(advance)]);
				api.done();
			});

			it('with a Linked Advance Invoice ID posts to ?advanceId= (Return Full Record off → { Id })', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp().post(PATH).query({ advanceId: '2760801' }).reply(log.reply(200, 2760802));

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'create',
						customerId: 529611,
						paymentTypeId: 10260090,
						linkedAdvanceInvoiceId: ' 2760801 ',
						items: {
							item: [{ productId: 10985424, quantity: 1, unitPrice: 1000 }],
						},
						additionalFields: { advanceAmount: 200 },
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([
					{
						PurchasingPartyId: 529611,
						PaymentTypeId: 10260090,
						CurrencyAdvance: 200,
						Items: [
							{
								ProductId: 10985424,
								Quantity: 1,
								ProductCurrencyPrice: 1000,
							},
						],
					},
				]);
				expect(jsonItems(output)).toEqual([paired({ Id: 2760802 })]);
				api.done();
			});

			it.each([
				['from the list', fromList('2760801')],
				['By ID', byId(2760801)],
			])('a Linked Advance Invoice picked %s posts to ?advanceId= without a lookup', async (_label, linked) => {
				tokenScope();
				const log = new BodyLog();
				const api = erp().post(PATH).query({ advanceId: '2760801' }).reply(log.reply(200, 2760802));

				await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'create',
						customerId: 529611,
						paymentTypeId: 10260090,
						linkedAdvanceInvoiceId: linked,
						items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 1000 }] },
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([
					{ PurchasingPartyId: 529611, PaymentTypeId: 10260090, Items: [{ ProductId: 10985424, Quantity: 1, ProductCurrencyPrice: 1000 }] },
				]);
				api.done();
			});

			it('a Linked Advance Invoice By Number is looked up among the advance invoices, exact number only', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.get(PATH)
					.query({ $filter: "Number eq 'FZAL/24/6/1'" })
					.reply(200, [{ ...advance, Id: 2760805, Number: 'FZAL/24/6/10' }, advance])
					.post(PATH)
					.query({ advanceId: '2760801' })
					.reply(log.reply(200, 2760802));

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'create',
						customerId: 529611,
						paymentTypeId: 10260090,
						linkedAdvanceInvoiceId: byNumber('FZAL/24/6/1'),
						items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 1000 }] },
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toHaveLength(1);
				expect(jsonItems(output)).toEqual([paired({ Id: 2760802 })]);
				api.done();
			});

			it('a Linked Advance Invoice left empty posts without ?advanceId= (first advance)', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp().post(PATH).reply(log.reply(200, 2760802));

				await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'create',
						customerId: 529611,
						paymentTypeId: 10260090,
						linkedAdvanceInvoiceId: fromList(''),
						items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 1000 }] },
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toHaveLength(1);
				api.done();
			});

			it('refuses a Linked Advance Invoice ID that is not a number before any request', async () => {
				const { error, output } = await run(
					{
						resource: 'advanceInvoice',
						operation: 'create',
						customerId: 529611,
						paymentTypeId: 10260090,
						linkedAdvanceInvoiceId: 'FZAL/24/6/1',
						items: {
							item: [{ productId: 10985424, quantity: 1, unitPrice: 1000 }],
						},
					},
					{ edition },
				);

				expect(output).toEqual([]);
				expect(error?.message).toBe('Linked Advance Invoice ID must be a positive whole number, not "FZAL/24/6/1"');
			});
		});

		describe('Confirm', () => {
			it('PUTs {Id, IdCollection:[Id]} to …/advanceInvoices/confirm, then returns the record read back', async () => {
				tokenScope();
				const log = new BodyLog();
				const confirmed = { ...advance, Status: 1 };
				const api = erp().put(`${PATH}/confirm`).reply(log.reply(204)).get(`${PATH}/2760801`).reply(200, confirmed);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'confirm',
						advanceInvoiceId: byId(2760801),
					},
					{ edition },
				);

				expect(log.bodies).toEqual([{ Id: 2760801, IdCollection: [2760801] }]);
				expect(jsonItems(output)).toEqual([paired(confirmed)]);
				api.done();
			});
		});

		describe('Delete', () => {
			it('sends DELETE …/advanceInvoices/{id}', async () => {
				tokenScope();
				const api = erp().delete(`${PATH}/2760801`).reply(204);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'delete',
						advanceInvoiceId: byId(2760801),
					},
					{ edition },
				);

				expect(jsonItems(output)).toEqual([paired({ deleted: true, id: 2760801 })]);
				api.done();
			});

			it('reports a 405 without retrying on an unversioned path (advance invoices have none)', async () => {
				tokenScope();
				const api = erp().delete(`${PATH}/2760801`).reply(405, {
					Message: 'The requested resource does not support http method DELETE.',
				});

				const { error } = await run(
					{
						resource: 'advanceInvoice',
						operation: 'delete',
						advanceInvoiceId: byId(2760801),
					},
					{ edition },
				);

				expect(error?.message).toBe('This ERP XT server does not offer this operation on advance invoice 2760801 (405 Method Not Allowed)');
				api.done();
			});
		});

		describe('Finalize', () => {
			it.each([
				['This Advance Invoice Only', false],
				['All Linked Advance Invoices', true],
			])('%s → POST v1.2/advanceInvoices/{id}/finalize?convertAll=%s, output = the final invoice', async (_name, convertAll) => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.post(FINALIZE)
					.query({ convertAll: String(convertAll) })
					.reply(log.reply(200, finalInvoice));

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'finalize',
						advanceInvoiceId: byId(2760801),
						convertAll,
					},
					{ edition },
				);

				expect(log.bodies).toEqual(['']);
				expect(jsonItems(output)).toEqual([paired(finalInvoice)]);
				expect(output[0].json.IsFinal).toBe(true);
				api.done();
			});

			it('finds an advance invoice picked By Number in its own family, then finalizes on v1.2', async () => {
				tokenScope();
				const api = erp()
					.get(PATH)
					.query({ $filter: "Number eq 'FZAL/24/6/1'" })
					.reply(200, [advance])
					.post(FINALIZE)
					.query({ convertAll: 'false' })
					.reply(200, finalInvoice);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'finalize',
						advanceInvoiceId: byNumber('FZAL/24/6/1'),
					},
					{ edition },
				);

				expect(jsonItems(output)).toEqual([paired(finalInvoice)]);
				api.done();
			});
		});

		describe('Get', () => {
			it('reads …/advanceInvoices/{id}', async () => {
				tokenScope();
				const api = erp().get(`${PATH}/2760801`).reply(200, advance);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'get',
						advanceInvoiceId: byId(' 2760801 '),
					},
					{ edition },
				);

				expect(jsonItems(output)).toEqual([paired(advance)]);
				api.done();
			});

			it('one GET per input item, each output paired with its item', async () => {
				tokenScope();
				const second = { ...advance, Id: 2760802, Number: 'FZAL/24/6/2' };
				const api = erp().get(`${PATH}/2760801`).reply(200, advance).get(`${PATH}/2760802`).reply(200, second);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'get',
						advanceInvoiceId: byId('={{ $json.id }}'),
					},
					{ edition, items: [{ id: 2760801 }, { id: 2760802 }] },
				);

				expect(jsonItems(output)).toEqual([paired(advance, 0), paired(second, 1)]);
				api.done();
			});
		});

		describe('Get Many', () => {
			it('sends filters, sort and limit to …/advanceInvoices and simplifies (CurrencyAdvance included)', async () => {
				tokenScope();
				const api = erp()
					.get(PATH)
					.query({
						$filter: 'Status eq 0 and IssueDate ge 2024-06-01T00:00:00+02:00 and PurchasingPartyId eq 529611',
						$orderby: 'IssueDate desc',
						$top: '5',
						$skip: '0',
					})
					.reply(200, [advance])
					.get(PATH)
					.query({
						$filter: 'Status eq 0 and IssueDate ge 2024-06-01T00:00:00+02:00 and PurchasingPartyId eq 529611',
						$orderby: 'IssueDate desc',
						$top: '4',
						$skip: '1',
					})
					.reply(200, []);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'getAll',
						limit: 5,
						filters: {
							conditions: [
								{ field: 'Status', operator: 'eq', value: '0' },
								{ field: 'IssueDate', operator: 'ge', value: '2024-06-01' },
								{
									field: 'PurchasingPartyId',
									operator: 'eq',
									value: '529611',
								},
							],
						},
						sort: { rules: [{ field: 'IssueDate', direction: 'desc' }] },
					},
					{ edition },
				);

				expect(jsonItems(output)).toEqual([
					paired({
						Id: 2760801,
						Number: 'FZAL/24/6/1',
						Status: 0,
						IssueDate: '2024-06-05',
						PurchasingPartyId: 529611,
						PaymentStatus: 0,
						CurrencyAdvance: 300,
						CurrencyCode: 'EUR',
					}),
				]);
				api.done();
			});

			it('Return All pages with $top/$skip on the same path', async () => {
				tokenScope();
				const page = (from: number, count: number) =>
					Array.from({ length: count }, (_, index) => ({
						...advance,
						Id: from + index,
					}));
				const api = erp()
					.get(PATH)
					.query({ $top: '500', $skip: '0' })
					.reply(200, page(1, 500))
					.get(PATH)
					.query({ $top: '500', $skip: '500' })
					.reply(200, page(501, 2))
					.get(PATH)
					.query({ $top: '500', $skip: '502' })
					.reply(200, []);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'getAll',
						returnAll: true,
						simplify: false,
					},
					{ edition },
				);

				expect(output.map((item) => item.json.Id)).toEqual(Array.from({ length: 502 }, (_, index) => index + 1));
				expect(output[501]).toEqual(paired({ ...advance, Id: 502 }));
				api.done();
			});
		});

		describe('Update', () => {
			it('reads, merges the changes into every writable field and PUTs to the collection, then reads back', async () => {
				tokenScope();
				const log = new BodyLog();
				const saved = {
					...advance,
					CurrencyAdvance: 450,
					Description: 'Zaliczka 45%',
				};
				const api = erp()
					.get(`${PATH}/2760801`)
					.reply(200, advance)
					.put(PATH)
					.reply(log.reply(204))
					.get(`${PATH}/2760801`)
					.reply(200, saved);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'update',
						advanceInvoiceId: byId(2760801),
						updateFields: { advanceAmount: 450, description: 'Zaliczka 45%' },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([
					{
						Id: 2760801,
						PurchasingPartyId: 529611,
						PaymentTypeId: 10260090,
						BankAccountId: 113,
						IssueDate: '2024-06-05',
						ReceivingPartyId: null,
						InvoiceType: 0,
						Description: 'Zaliczka 45%',
						IsOSSProcedure: false,
						OSSProcedureCountryCode: '',
						SalesDate: '2024-06-05',
						PaymentStatus: 0,
						PaymentDeadline: '2024-06-19',
						CurrencyCode: 'EUR',
						CurrencyRateType: 1,
						CurrencyRate: 4.3125,
						CurrencyConverter: 1,
						CurrencyRateDate: '2024-06-04',
						CurrencyAdvance: 450,
						Items: [
							{
								ProductId: 10985424,
								Quantity: 1,
								ProductCurrencyPrice: 1000,
								ProductDescription: 'Projekt wdrożenia',
								VatRateId: 23,
								Id: 4463701,
							},
						],
					},
				]);
				expect(jsonItems(output)).toEqual([paired(saved)]);
				api.done();
			});

			it('refuses a confirmed advance invoice after reading it, before any PUT', async () => {
				tokenScope();
				const api = erp()
					.get(`${PATH}/2760801`)
					.reply(200, { ...advance, Status: 1 });

				const { error } = await run(
					{
						resource: 'advanceInvoice',
						operation: 'update',
						advanceInvoiceId: byId(2760801),
						updateFields: { description: 'x' },
					},
					{ edition },
				);

				expect(error?.message).toBe('Advance invoice FZAL/24/6/1 cannot be changed: it is confirmed');
				api.done();
			});
		});

		describe('Download PDF', () => {
			it('reads the record, prints …/advanceInvoices/{id}/print with customPrintId and returns the PDF', async () => {
				tokenScope();
				const api = erp()
					.get(`${PATH}/2760801`)
					.reply(200, advance)
					.get(`${PATH}/2760801/print`)
					.query({ customPrintId: '301' })
					.reply(200, PRINT_ANSWER, JSON_HEADERS);

				const output = await runOk(
					{
						resource: 'advanceInvoice',
						operation: 'downloadPdf',
						advanceInvoiceId: byId(2760801),
						printTemplateId: '301',
						binaryPropertyName: 'advancePdf',
					},
					{ edition },
				);

				expect(jsonItems(output)).toEqual([paired(advance)]);
				expectPdf(output, 'FZAL-24-6-1.pdf', 'advancePdf');
				api.done();
			});
		});
	});
});
