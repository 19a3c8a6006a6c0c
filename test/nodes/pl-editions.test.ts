import type { IDataObject } from 'n8n-workflow';

import { ComarchErpXt } from '../../nodes/ComarchErpXt/ComarchErpXt.node';
import { API, BodyLog, byId, byNumber, erp, jsonItems, newCredentials, run, runOk, tokenScope, useNock } from './setup';
import type { Json } from './pl-setup';
import { paired, pathOf, plFixture } from './pl-setup';

const GERMANY = 'Germany (app.erpxt.de)';
const ELSEWHERE =
	'exist in the Poland (app.erpxt.pl) and Comarch Betterfly editions. Use a credential with one of those regions, or another resource.';

/** Every Polish/Betterfly-only resource with each of its operations and the plural the message must use. */
const POLISH_ONLY: Array<[string, string, string, IDataObject]> = [
	['advanceInvoice', 'create', 'advance invoices', { customerId: 529611, paymentTypeId: 10260090 }],
	['advanceInvoice', 'confirm', 'advance invoices', { advanceInvoiceId: byId(2760801) }],
	['advanceInvoice', 'delete', 'advance invoices', { advanceInvoiceId: byId(2760801) }],
	['advanceInvoice', 'finalize', 'advance invoices', { advanceInvoiceId: byId(2760801), convertAll: true }],
	['advanceInvoice', 'get', 'advance invoices', { advanceInvoiceId: byId(2760801) }],
	['advanceInvoice', 'getAll', 'advance invoices', {}],
	['advanceInvoice', 'update', 'advance invoices', { advanceInvoiceId: byId(2760801), updateFields: { description: 'x' } }],
	['advanceInvoice', 'downloadPdf', 'advance invoices', { advanceInvoiceId: byId(2760801), binaryPropertyName: 'data' }],
	['correctiveInvoice', 'createFromDocument', 'corrective invoices', { sourceDocumentId: '2760795', correctionReason: 'x' }],
	['correctiveInvoice', 'confirm', 'corrective invoices', { correctiveInvoiceId: byId(2760810) }],
	['correctiveInvoice', 'delete', 'corrective invoices', { correctiveInvoiceId: byId(2760810) }],
	['correctiveInvoice', 'get', 'corrective invoices', { correctiveInvoiceId: byId(2760810) }],
	['correctiveInvoice', 'getAll', 'corrective invoices', {}],
	['correctiveInvoice', 'update', 'corrective invoices', { correctiveInvoiceId: byId(2760810), updateFields: { description: 'x' } }],
	['correctiveInvoice', 'downloadPdf', 'corrective invoices', { correctiveInvoiceId: byId(2760810), binaryPropertyName: 'data' }],
	['correctiveAdvanceInvoice', 'createFromDocument', 'corrective advance invoices', { sourceDocumentId: '2760801' }],
	['correctiveAdvanceInvoice', 'confirm', 'corrective advance invoices', { correctiveAdvanceInvoiceId: byId(2760811) }],
	['correctiveAdvanceInvoice', 'delete', 'corrective advance invoices', { correctiveAdvanceInvoiceId: byId(2760811) }],
	['correctiveAdvanceInvoice', 'get', 'corrective advance invoices', { correctiveAdvanceInvoiceId: byId(2760811) }],
	['correctiveAdvanceInvoice', 'getAll', 'corrective advance invoices', {}],
	[
		'correctiveAdvanceInvoice',
		'update',
		'corrective advance invoices',
		{ correctiveAdvanceInvoiceId: byId(2760811), updateFields: { description: 'x' } },
	],
	[
		'correctiveAdvanceInvoice',
		'downloadPdf',
		'corrective advance invoices',
		{ correctiveAdvanceInvoiceId: byId(2760811), binaryPropertyName: 'data' },
	],
	['marginInvoice', 'get', 'margin invoices', { marginInvoiceId: byId(2760820) }],
	['marginInvoice', 'getAll', 'margin invoices', {}],
	['marginInvoice', 'downloadPdf', 'margin invoices', { marginInvoiceId: byId(2760820), binaryPropertyName: 'data' }],
	['purchaseInvoice', 'get', 'purchase invoices', { purchaseInvoiceId: byId(2760830) }],
	['purchaseInvoice', 'getAll', 'purchase invoices', {}],
	['vatPurchaseRegister', 'get', 'VAT purchase register entries', { vatPurchaseRegisterId: byId(2760840) }],
	['vatPurchaseRegister', 'getAll', 'VAT purchase register entries', {}],
	['payment', 'getAll', 'payments', {}],
	['payment', 'updateStatus', 'payments', { paymentId: '7300101', settled: true }],
	['vatRate', 'getAll', 'VAT rates', {}],
	['vatRate', 'getCountries', 'VAT rates', {}],
];

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

describe('Editions', () => {
	useNock();

	describe('Polish/Betterfly-only resources on a German credential fail before any request', () => {
		it.each(POLISH_ONLY)('%s → %s', async (resource, operation, plural, parameters) => {
			const { error, output } = await run({ resource, operation, ...parameters }, { edition: 'de' });

			expect(output).toEqual([]);
			expect(error?.message).toBe(`ERP XT offers no ${plural} in the ${GERMANY} edition`);
			expect(error?.description).toBe(`${capitalised(plural)} ${ELSEWHERE}`);
			// useNock() fails the test on any request (token or API): none is declared here.
		});

		it('also with the built-in Germany region (not a custom URL)', async () => {
			const credentials = newCredentials('de', {
				region: 'de',
				baseUrl: 'https://app.erpxt.de',
				customBaseUrl: '',
				accessTokenUrl: 'https://app.erpxt.de/api2/public/token',
			});

			const { error } = await run({ resource: 'payment', operation: 'getAll' }, { credentials });

			expect(error?.message).toBe(`ERP XT offers no payments in the ${GERMANY} edition`);
			expect(error?.description).toMatch(/Poland.*Betterfly/);
		});
	});

	it('the Resource list says which editions each Polish/Betterfly-only resource needs', () => {
		const resource = new ComarchErpXt().description.properties.find((property) => property.name === 'resource');
		const options = (resource?.options ?? []) as Array<{ value: string; description?: string }>;
		const polishOnly = [...new Set(POLISH_ONLY.map(([value]) => value))];

		expect(polishOnly).toHaveLength(8);
		for (const value of polishOnly) {
			const description = options.find((option) => option.value === value)?.description ?? '';
			expect({ value, description }).toEqual({ value, description: expect.stringMatching(/Poland, Betterfly\.$/) });
		}
	});

	describe('fields the API version lacks are refused before any request, naming field, version and edition', () => {
		it('Payment Due Date with API Version override 1.2 (Poland, invoice create)', async () => {
			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'create',
					apiVersion: '1.2',
					customerId: 529611,
					paymentTypeId: 10260090,
					additionalFields: { paymentDeadline: '2024-06-19' },
				},
				{ edition: 'pl' },
			);

			expect(error?.message).toBe('Payment Due Date needs API version 1.3 or later; this node uses 1.2');
			expect(error?.description).toBe('Remove the field from the node, or use a credential and API version that have it.');
		});

		it('Payment Due Date with API Version override 1.2 (Betterfly, invoice update) — refused before the record is read', async () => {
			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'update',
					apiVersion: '1.2',
					invoiceId: byId(2760795),
					updateFields: { paymentDeadline: '2024-06-19' },
				},
				{ edition: 'betterfly' },
			);

			expect(error?.message).toBe('Payment Due Date needs API version 1.3 or later; this node uses 1.2');
		});

		it('Currency on the German edition (API 1.0)', async () => {
			const { error } = await run({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				additionalFields: { currencyCode: 'EUR' },
			});

			expect(error?.message).toBe(`Currency is not available in the ${GERMANY} edition (it needs API version 1.4)`);
			expect(error?.description).toBe('Remove the field from the node, or use a credential and API version that have it.');
		});

		it('Currency with API Version override 1.3 on Poland', async () => {
			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'create',
					apiVersion: '1.3',
					customerId: 529611,
					paymentTypeId: 10260090,
					additionalFields: { currencyCode: 'EUR' },
				},
				{ edition: 'pl' },
			);

			expect(error?.message).toBe('Currency needs API version 1.4 or later; this node uses 1.3');
		});

		it('Recipient on the German edition (API 1.0)', async () => {
			const { error } = await run({
				resource: 'invoice',
				operation: 'create',
				customerId: 6001,
				paymentTypeId: 10260090,
				additionalFields: { recipientId: 6002 },
			});

			expect(error?.message).toBe(`Recipient is not available in the ${GERMANY} edition (it needs API version 1.1)`);
		});

		it('OSS Procedure with API Version override 1.1 on Poland', async () => {
			const { error } = await run(
				{
					resource: 'proforma',
					operation: 'create',
					apiVersion: '1.1',
					customerId: 529611,
					paymentTypeId: 10260090,
					additionalFields: { ossProcedure: true },
				},
				{ edition: 'pl' },
			);

			expect(error?.message).toBe('OSS Procedure needs API version 1.2 or later; this node uses 1.1');
		});

		it('Customer Kind (Germany only) on Poland', async () => {
			const { error } = await run(
				{ resource: 'customer', operation: 'create', name: 'Comarch', additionalFields: { customerKind: 2 } },
				{ edition: 'pl' },
			);

			expect(error?.message).toBe(`Customer Kind exists only in the ${GERMANY} edition, not in Poland (app.erpxt.pl)`);
		});

		it.each([
			['de', '', '1.0'],
			['pl', '1.1', '1.1'],
		])('a line VAT Rate ID on %s with API version "%s" (needs 1.2 or later)', async (edition, apiVersion) => {
			const { error } = await run(
				{
					resource: 'invoice',
					operation: 'create',
					apiVersion,
					customerId: 529611,
					paymentTypeId: 10260090,
					items: { item: [{ productId: 10985424, quantity: 1, unitPrice: 100, vatRateId: 1001 }] },
				},
				{ edition: edition as 'de' | 'pl' },
			);

			expect(error?.message).toBe('Line 1: a VAT rate ID needs API version 1.2 or later');
		});

		it('an API version the resource does not have (advance invoices on 1.2)', async () => {
			const { error } = await run({ resource: 'advanceInvoice', operation: 'getAll', apiVersion: '1.2' }, { edition: 'pl' });

			expect(error?.message).toBe('ERP XT has no API version 1.2 for advance invoices');
			expect(error?.description).toBe('Choose one of 1.4, 1.5 under API Version, or "Default for the Region".');
		});
	});

	describe('the API Version override switches the path', () => {
		it('1.4 on a Betterfly credential: advance invoice Get reads v1.4/advanceInvoices', async () => {
			tokenScope();
			const advance = plFixture('advance-invoice');
			const api = erp()
				.get(`${pathOf('1.4', 'advanceInvoices')}/2760801`)
				.reply(200, advance);

			const output = await runOk(
				{ resource: 'advanceInvoice', operation: 'get', apiVersion: '1.4', advanceInvoiceId: byId(2760801) },
				{ edition: 'betterfly' },
			);

			expect(jsonItems(output)).toEqual([paired(advance)]);
			api.done();
		});

		it('1.4 on a Betterfly credential: Create From Document posts to v1.4/correctiveinvoices', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(pathOf('1.4', 'correctiveinvoices')).query({ documentId: '2760795' }).reply(log.reply(200, 2760810));

			const output = await runOk(
				{
					resource: 'correctiveInvoice',
					operation: 'createFromDocument',
					apiVersion: '1.4',
					sourceDocumentId: '2760795',
					correctionReason: 'Rabat',
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'betterfly' },
			);

			expect(log.bodies).toEqual([{ CorrectionReasonText: 'Rabat' }]);
			expect(jsonItems(output)).toEqual([paired({ Id: 2760810 })]);
			api.done();
		});

		it("1.4 on a Betterfly correction: the Document to Correct By Number is still found among Betterfly's v1.5 invoices", async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(pathOf('1.5', 'invoices'))
				.query({ $filter: "Number eq 'FS/24/6/1'" })
				.reply(200, [{ Id: 2760795, Number: 'FS/24/6/1' }])
				.post(pathOf('1.4', 'correctiveinvoices'))
				.query({ documentId: '2760795' })
				.reply(log.reply(200, 2760810));

			await runOk(
				{
					resource: 'correctiveInvoice',
					operation: 'createFromDocument',
					apiVersion: '1.4',
					sourceDocumentId: byNumber('FS/24/6/1'),
					correctionReason: 'Rabat',
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'betterfly' },
			);

			expect(log.bodies).toEqual([{ CorrectionReasonText: 'Rabat' }]);
			api.done();
		});

		it('1.4 on a Betterfly credential: purchase invoices and sales invoices use their v1.4 families', async () => {
			tokenScope();
			const purchase = plFixture<Json>('purchase-invoice');
			const api = erp()
				.get(pathOf('1.4', 'purchaseinvoices'))
				.query({ $top: '50', $skip: '0' })
				.reply(200, [purchase])
				.get(pathOf('1.4', 'purchaseinvoices'))
				.query({ $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk(
				{ resource: 'purchaseInvoice', operation: 'getAll', apiVersion: '1.4', simplify: false },
				{ edition: 'betterfly' },
			);

			expect(jsonItems(output)).toEqual([paired(purchase)]);
			api.done();

			tokenScope();
			const log = new BodyLog();
			const invoices = erp().post(pathOf('1.4', 'invoices')).reply(log.reply(200, 2760795));
			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					apiVersion: '1.4',
					customerId: 529611,
					paymentTypeId: 10260090,
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'betterfly' },
			);
			expect(log.bodies).toEqual([{ PurchasingPartyId: 529611, PaymentTypeId: 10260090, Items: [] }]);
			invoices.done();
		});

		it('1.5 on a Polish credential: advance invoice Delete goes to v1.5/advanceInvoices', async () => {
			tokenScope();
			const api = erp()
				.delete(`${pathOf('1.5', 'advanceInvoices')}/2760801`)
				.reply(204);

			await runOk(
				{ resource: 'advanceInvoice', operation: 'delete', apiVersion: '1.5', advanceInvoiceId: byId(2760801) },
				{ edition: 'pl' },
			);

			api.done();
		});

		it('1.3 on Poland accepts Payment Due Date and posts to v1.3/invoices', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(`${API}/v1.3/invoices`).reply(log.reply(200, 2760795));

			await runOk(
				{
					resource: 'invoice',
					operation: 'create',
					apiVersion: '1.3',
					customerId: 529611,
					paymentTypeId: 10260090,
					additionalFields: { paymentDeadline: '2024-06-19' },
					createOptions: { returnFullRecord: false },
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([{ PurchasingPartyId: 529611, PaymentTypeId: 10260090, PaymentDeadline: '2024-06-19', Items: [] }]);
			api.done();
		});
	});
});
