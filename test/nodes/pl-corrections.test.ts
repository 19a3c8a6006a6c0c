import { BodyLog, byId, byNumber, erp, fromList, jsonItems, run, runOk, tokenScope, useNock } from './setup';
import type { Json } from './pl-setup';
import { EDITIONS, expectPdf, JSON_HEADERS, paired, pathOf, plFixture, PRINT_ANSWER } from './pl-setup';

const RESOURCES = [
	{
		resource: 'correctiveInvoice',
		segment: 'correctiveinvoices',
		noun: 'corrective invoice',
		number: 'FSK/24/6/1',
		id: 2760810,
		sourceId: 2760795,
		sourceNumber: 'FS/24/6/1',
		sourceSegment: 'invoices',
	},
	{
		resource: 'correctiveAdvanceInvoice',
		segment: 'correctiveadvanceinvoices',
		noun: 'corrective advance invoice',
		number: 'FZALK/24/6/1',
		id: 2760811,
		sourceId: 2760801,
		sourceNumber: 'FZAL/24/6/1',
		sourceSegment: 'advanceInvoices',
	},
];

const CASES = RESOURCES.flatMap((resource) => EDITIONS.map((edition) => ({ ...resource, ...edition })));

describe('Corrections', () => {
	useNock();

	describe.each(CASES)('$resource — $label edition (v$current/$segment)', (c) => {
		const { edition, resource } = c;
		const PATH = pathOf(c.current, c.segment);
		const locator = `${resource}Id`;
		const correction: Json = {
			...plFixture('corrective-invoice'),
			Id: c.id,
			Number: c.number,
			CorrectedId: c.sourceId,
		};

		describe('Create From Document', () => {
			it('POSTs ?documentId={source} with {CorrectionReasonText}, then reads the draft back', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.post(PATH)
					.query({ documentId: String(c.sourceId) })
					.reply(log.reply(200, c.id))
					.get(`${PATH}/${c.id}`)
					.reply(200, correction);

				const output = await runOk(
					{
						resource,
						operation: 'createFromDocument',
						sourceDocumentId: ` ${c.sourceId} `,
						correctionReason: '  Zwrot towaru ',
					},
					{ edition },
				);

				expect(log.bodies).toEqual([{ CorrectionReasonText: 'Zwrot towaru' }]);
				expect(jsonItems(output)).toEqual([paired(correction)]);
				api.done();
			});

			it('an empty reason still sends a body: {CorrectionReasonText: ""} (Return Full Record off → { Id })', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.post(PATH)
					.query({ documentId: String(c.sourceId) })
					.reply(log.reply(200, c.id));

				const output = await runOk(
					{
						resource,
						operation: 'createFromDocument',
						sourceDocumentId: String(c.sourceId),
						correctionReason: '',
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([{ CorrectionReasonText: '' }]);
				expect(jsonItems(output)).toEqual([paired({ Id: c.id })]);
				api.done();
			});

			it.each([
				['picked from the list', fromList],
				['given By ID', byId],
			])('Document to Correct %s POSTs ?documentId= without a lookup', async (_label, pick) => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.post(PATH)
					.query({ documentId: String(c.sourceId) })
					.reply(log.reply(200, c.id));

				const output = await runOk(
					{
						resource,
						operation: 'createFromDocument',
						sourceDocumentId: pick(c.sourceId),
						correctionReason: 'Rabat',
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([{ CorrectionReasonText: 'Rabat' }]);
				expect(jsonItems(output)).toEqual([paired({ Id: c.id })]);
				api.done();
			});

			it(`Document to Correct By Number is looked up among the ${c.sourceSegment} of the edition`, async () => {
				tokenScope();
				const log = new BodyLog();
				const SOURCE = pathOf(c.current, c.sourceSegment);
				const api = erp()
					.get(SOURCE)
					.query({ $filter: `Number eq '${c.sourceNumber}'` })
					.reply(200, [
						{ Id: c.sourceId + 1, Number: `${c.sourceNumber}0` },
						{ Id: c.sourceId, Number: c.sourceNumber },
					])
					.post(PATH)
					.query({ documentId: String(c.sourceId) })
					.reply(log.reply(200, c.id));

				await runOk(
					{
						resource,
						operation: 'createFromDocument',
						sourceDocumentId: byNumber(c.sourceNumber),
						correctionReason: '',
						createOptions: { returnFullRecord: false },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([{ CorrectionReasonText: '' }]);
				api.done();
			});

			it('Document to Correct By Number names the source kind when nothing matches, before any POST', async () => {
				tokenScope();
				const SOURCE = pathOf(c.current, c.sourceSegment);
				const api = erp()
					.get(SOURCE)
					.query({ $filter: `Number eq '${c.sourceNumber}'` })
					.reply(200, []);

				const { error } = await run(
					{ resource, operation: 'createFromDocument', sourceDocumentId: byNumber(c.sourceNumber), correctionReason: '' },
					{ edition },
				);

				const kind = c.sourceSegment === 'invoices' ? 'invoice' : 'advance invoice';
				expect(error?.message).toBe(`No ${kind} with the number ${c.sourceNumber} was found in ERP XT`);
				api.done();
			});

			it('a Document to Correct mapped to an empty value is refused before any request', async () => {
				const { error, output } = await run(
					{ resource, operation: 'createFromDocument', sourceDocumentId: '={{ $json.source }}', correctionReason: 'x' },
					{ edition, items: [{ source: '' }] },
				);

				expect(output).toEqual([]);
				expect(error?.message).toBe('Document to Correct is empty');
			});

			it('n8n itself refuses a Document to Correct left empty in the list', async () => {
				await expect(
					run({ resource, operation: 'createFromDocument', sourceDocumentId: fromList(''), correctionReason: 'x' }, { edition }),
				).rejects.toThrow(/Parameter "Document to Correct" is required/);
			});

			it('refuses a document number as Document to Correct ID (mapped by expression) before any request', async () => {
				const { error, output } = await run(
					{
						resource,
						operation: 'createFromDocument',
						sourceDocumentId: '={{ $json.source }}',
						correctionReason: 'x',
					},
					{ edition, items: [{ source: 'FS/24/6/1' }] },
				);

				expect(output).toEqual([]);
				expect(error?.message).toBe('Document to Correct ID must be a positive whole number, not "FS/24/6/1"');
			});
		});

		it('Confirm PUTs {Id, IdCollection:[Id]} to …/confirm and returns the confirmed correction', async () => {
			tokenScope();
			const log = new BodyLog();
			const confirmed = { ...correction, Status: 1 };
			const api = erp().put(`${PATH}/confirm`).reply(log.reply(204)).get(`${PATH}/${c.id}`).reply(200, confirmed);

			const output = await runOk({ resource, operation: 'confirm', [locator]: byId(c.id) }, { edition });

			expect(log.bodies).toEqual([{ Id: c.id, IdCollection: [c.id] }]);
			expect(jsonItems(output)).toEqual([paired(confirmed)]);
			api.done();
		});

		it('Confirm finds a correction picked By Number first', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(PATH)
				.query({ $filter: `Number eq '${c.number}'` })
				.reply(200, [correction])
				.put(`${PATH}/confirm`)
				.reply(log.reply(204))
				.get(`${PATH}/${c.id}`)
				.reply(200, { ...correction, Status: 1 });

			await runOk({ resource, operation: 'confirm', [locator]: byNumber(c.number) }, { edition });

			expect(log.bodies).toEqual([{ Id: c.id, IdCollection: [c.id] }]);
			api.done();
		});

		it('Delete sends DELETE …/{id}', async () => {
			tokenScope();
			const api = erp().delete(`${PATH}/${c.id}`).reply(204);

			const output = await runOk({ resource, operation: 'delete', [locator]: byId(c.id) }, { edition });

			expect(jsonItems(output)).toEqual([paired({ deleted: true, id: c.id })]);
			api.done();
		});

		it('Get reads …/{id}', async () => {
			tokenScope();
			const api = erp().get(`${PATH}/${c.id}`).reply(200, correction);

			const output = await runOk({ resource, operation: 'get', [locator]: byId(c.id) }, { edition });

			expect(jsonItems(output)).toEqual([paired(correction)]);
			api.done();
		});

		it('Get Many filters on the corrected document and simplifies', async () => {
			tokenScope();
			const api = erp()
				.get(PATH)
				.query({
					$filter: `CorrectedId eq ${c.sourceId}`,
					$top: '50',
					$skip: '0',
				})
				.reply(200, [correction])
				.get(PATH)
				.query({ $filter: `CorrectedId eq ${c.sourceId}`, $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk(
				{
					resource,
					operation: 'getAll',
					filters: {
						conditions: [
							{
								field: 'CorrectedId',
								operator: 'eq',
								value: String(c.sourceId),
							},
						],
					},
				},
				{ edition },
			);

			expect(jsonItems(output)).toEqual([
				paired({
					Id: c.id,
					Number: c.number,
					Status: 0,
					IssueDate: '2024-06-10',
					CorrectedId: c.sourceId,
					CorrectionReasonText: 'Zwrot towaru',
					PurchasingPartyId: 529611,
					PaymentStatus: 0,
					NetTotal: 200,
					GrossTotal: 246,
				}),
			]);
			api.done();
		});

		describe('Update', () => {
			it('replaced lines accept quantity 0 and keep the entered prices (also 0) without a product lookup', async () => {
				tokenScope();
				const log = new BodyLog();
				const saved = { ...correction, CorrectionReasonText: 'Zwrot 1 szt.' };
				const api = erp()
					.get(`${PATH}/${c.id}`)
					.reply(200, correction)
					.put(PATH)
					.reply(log.reply(204))
					.get(`${PATH}/${c.id}`)
					.reply(200, saved);

				const output = await runOk(
					{
						resource,
						operation: 'update',
						[locator]: byId(c.id),
						updateFields: { correctionReason: 'Zwrot 1 szt.' },
						itemsUpdateMode: 'fields',
						items: {
							item: [
								{ productId: 10985424, quantity: 0, unitPrice: 123 },
								{
									productId: 10951199,
									quantity: 1,
									unitPrice: 0,
									description: 'bez zmiany ceny',
								},
							],
						},
					},
					{ edition },
				);

				expect(log.bodies).toEqual([
					{
						Id: c.id,
						CorrectionReasonText: 'Zwrot 1 szt.',
						IssueDate: '2024-06-10',
						SalesDate: '2024-06-05',
						PaymentDeadline: '2024-06-12',
						PaymentTypeId: 10260090,
						BankAccountId: 113,
						Description: '',
						Items: [
							{ ProductId: 10985424, Quantity: 0, ProductCurrencyPrice: 123 },
							{
								ProductId: 10951199,
								Quantity: 1,
								ProductCurrencyPrice: 0,
								ProductDescription: 'bez zmiany ceny',
							},
						],
					},
				]);
				expect(jsonItems(output)).toEqual([paired(saved)]);
				api.done();
			});

			it('JSON lines: quantity 0 accepted, prices as given', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.get(`${PATH}/${c.id}`)
					.reply(200, correction)
					.put(PATH)
					.reply(log.reply(204))
					.get(`${PATH}/${c.id}`)
					.reply(200, correction);

				await runOk(
					{
						resource,
						operation: 'update',
						[locator]: byId(c.id),
						itemsUpdateMode: 'json',
						itemsJson: JSON.stringify([
							{
								ProductId: 10985424,
								Quantity: '0',
								ProductCurrencyPrice: '110,70',
							},
						]),
					},
					{ edition },
				);

				expect((log.bodies[0] as Json).Items).toEqual([{ ProductId: 10985424, Quantity: 0, ProductCurrencyPrice: 110.7 }]);
				api.done();
			});

			it('Keep Current sends the lines back with their ids and changes the payment due date', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.get(`${PATH}/${c.id}`)
					.reply(200, correction)
					.put(PATH)
					.reply(log.reply(204))
					.get(`${PATH}/${c.id}`)
					.reply(200, correction);

				await runOk(
					{
						resource,
						operation: 'update',
						[locator]: byId(c.id),
						updateFields: { paymentDeadline: '2024-06-30' },
					},
					{ edition },
				);

				expect(log.bodies).toEqual([
					{
						Id: c.id,
						CorrectionReasonText: 'Zwrot towaru',
						IssueDate: '2024-06-10',
						SalesDate: '2024-06-05',
						PaymentDeadline: '2024-06-30',
						PaymentTypeId: 10260090,
						BankAccountId: 113,
						Description: '',
						Items: [
							{
								ProductId: 10985424,
								Quantity: 1,
								ProductCurrencyPrice: 123,
								ProductDescription: '',
								VatRateId: 23,
								Id: 4463801,
							},
							{
								ProductId: 10951199,
								Quantity: 2,
								ProductCurrencyPrice: 61.5,
								ProductDescription: '',
								VatRateId: 23,
								Id: 4463802,
							},
						],
					},
				]);
				api.done();
			});

			it.each([
				['an empty Unit Price', { productId: 10951199, quantity: 1, unitPrice: '' }],
				['no Unit Price', { productId: 10951199, quantity: 1 }],
			])('a correction refuses %s (it needs every price) before any request', async (_label, line) => {
				const { error, output } = await run(
					{
						resource,
						operation: 'update',
						[locator]: byId(c.id),
						itemsUpdateMode: 'fields',
						items: { item: [{ productId: 10985424, quantity: 0, unitPrice: 123 }, line] },
					},
					{ edition },
				);

				expect(output).toEqual([]);
				expect(error?.message).toBe('Line 2: a correction needs a Unit Price');
			});

			it('a correction refuses a JSON line without a price before any request', async () => {
				const { error } = await run(
					{
						resource,
						operation: 'update',
						[locator]: byId(c.id),
						itemsUpdateMode: 'json',
						itemsJson: JSON.stringify([{ productId: 10985424, quantity: 1 }]),
					},
					{ edition },
				);

				expect(error?.message).toBe('Line 1: a correction needs a Unit Price');
			});

			it('refuses a negative quantity before any request', async () => {
				const { error } = await run(
					{
						resource,
						operation: 'update',
						[locator]: byId(c.id),
						itemsUpdateMode: 'fields',
						items: {
							item: [{ productId: 10985424, quantity: -1, unitPrice: 123 }],
						},
					},
					{ edition },
				);

				expect(error?.message).toBe('Line 1: Quantity must be zero or more, not -1');
			});
		});

		it('Download PDF prints …/{id}/print and names the file after the number', async () => {
			tokenScope();
			const api = erp().get(`${PATH}/${c.id}`).reply(200, correction).get(`${PATH}/${c.id}/print`).reply(200, PRINT_ANSWER, JSON_HEADERS);

			const output = await runOk(
				{
					resource,
					operation: 'downloadPdf',
					[locator]: byId(c.id),
					printTemplateId: '',
					binaryPropertyName: 'data',
				},
				{ edition },
			);

			expect(jsonItems(output)).toEqual([paired(correction)]);
			expectPdf(output, `${c.number.replace(/\//g, '-')}.pdf`);
			api.done();
		});
	});
});
