/**
 * The Polish and Betterfly resources against the sandbox in both editions, through n8n-core:
 * versioned paths, advance / corrective / margin / purchase documents, payments, VAT dictionaries,
 * and the refusal of Polish-only resources on a German credential.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { credentialData, MemoryCredentialsHelper, runNode } from '../helpers/n8nHarness';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe.each([
	{ edition: 'pl' as const, invoices: 'v1.4/invoices', advances: 'v1.4/advanceinvoices', corrections: 'v1.4/correctiveinvoices', payments: 'v1.4/paymentdetails', purchases: 'v1.4/purchaseinvoices' },
	{ edition: 'betterfly' as const, invoices: 'v1.5/invoices', advances: 'v1.5/advanceinvoices', corrections: 'v1.5/correctiveinvoices', payments: 'v1.5/paymentdetails', purchases: 'v1.5/purchaseinvoices' },
])('$edition edition against the sandbox', (paths) => {
	let sb: Sandbox;
	let credentials: MemoryCredentialsHelper;
	let customerId: number;
	let paymentTypeId: number;
	let productId: number;

	async function run(parameters: IDataObject) {
		return await runNode({ parameters, credentials });
	}
	async function ok(parameters: IDataObject) {
		const result = await run(parameters);
		if (result.error) throw new Error(`${result.error.message} — ${String(result.error.description ?? '')}`);
		return result.output.map((item) => item.json);
	}
	const lastRequest = (method: string, pattern: RegExp) =>
		sb.requests().filter((request) => request.method === method && pattern.test(request.path)).at(-1);

	beforeAll(async () => {
		sb = await startSandbox({ port: 0, edition: paths.edition });
		credentials = new MemoryCredentialsHelper(credentialData(sb.url, paths.edition));
		const [customer] = await ok({ resource: 'customer', operation: 'getAll', limit: 1, simplify: false });
		const [paymentType] = await ok({ resource: 'paymentType', operation: 'getAll', limit: 1 });
		const [product] = await ok({ resource: 'product', operation: 'getAll', limit: 1 });
		customerId = Number(customer.Id);
		paymentTypeId = Number(paymentType.Id);
		productId = Number(product.Id);
	});
	afterAll(async () => await sb.stop());

	it('uses v1.2 customers with country code, status and the NIP lookup', async () => {
		const [created] = await ok({
			resource: 'customer',
			operation: 'create',
			name: 'Kowalski i Wspólnicy Sp. z o.o.',
			additionalFields: { taxNumber: '5252248481', countryCode: 'PL', customerStatus: 0, representativeFirstName: 'Jan' },
		});
		expect(lastRequest('POST', /customers$/)?.path).toBe('/api2/public/v1.2/customers');
		expect(created).toMatchObject({ CountryCode: 'PL', CustomerStatus: 0, RepresentativeFirstName: 'Jan' });
		const found = await ok({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: 'PL 525-224-84-81' });
		expect(found.map((record) => record.Id)).toEqual([created.Id]);
		expect(lastRequest('GET', /customers$/)?.query).toEqual({ nip: '5252248481' });
		expect(await ok({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: '1111111111' })).toEqual([]);
	});

	it(`creates sales invoices on ${paths.invoices} with gross prices, due date and currency`, async () => {
		const [invoice] = await ok({
			resource: 'invoice',
			operation: 'create',
			customerId,
			paymentTypeId,
			items: { item: [{ productId, quantity: 2, unitPrice: 123 }] },
			additionalFields: { amountsAre: 1, paymentDeadline: '2030-01-31', recipientId: customerId, description: 'Zamówienie 17' },
		});
		expect(lastRequest('POST', /invoices$/)?.path).toBe(`/api2/public/${paths.invoices}`);
		expect(lastRequest('POST', /invoices$/)?.body).toMatchObject({
			InvoiceType: 1,
			PaymentDeadline: '2030-01-31',
			ReceivingPartyId: customerId,
			Items: [{ ProductId: productId, Quantity: 2, ProductCurrencyPrice: 123 }],
		});
		expect(invoice).toMatchObject({ InvoiceType: 1, Description: 'Zamówienie 17' });
		expect(Number(invoice.GrossTotal)).toBeCloseTo(246, 2);
		const [confirmed] = await ok({ resource: 'invoice', operation: 'confirm', invoiceId: byId(Number(invoice.Id)) });
		expect(confirmed.Status).toBe(1);
	});

	it('creates, links, confirms, finalizes and prints advance invoices', async () => {
		const base = { resource: 'advanceInvoice', operation: 'create', customerId, paymentTypeId, items: { item: [{ productId, quantity: 1, unitPrice: 1000 }] } };
		const [first] = await ok({ ...base, additionalFields: { advanceAmount: 300 } });
		expect(lastRequest('POST', /advanceinvoices$/i)?.path.toLowerCase()).toBe(`/api2/public/${paths.advances}`);
		const [second] = await ok({ ...base, additionalFields: { advanceAmount: 200 }, linkedAdvanceInvoiceId: String(first.Id) });
		expect(lastRequest('POST', /advanceinvoices$/i)?.query).toEqual({ advanceId: String(first.Id) });
		for (const advance of [first, second]) {
			const [done] = await ok({ resource: 'advanceInvoice', operation: 'confirm', advanceInvoiceId: byId(Number(advance.Id)) });
			expect(done.Status).toBe(1);
		}
		const pdf = await run({ resource: 'advanceInvoice', operation: 'downloadPdf', advanceInvoiceId: byId(Number(first.Id)), binaryPropertyName: 'data' });
		expect(pdf.output[0].binary?.data.mimeType).toBe('application/pdf');
		const [finalInvoice] = await ok({ resource: 'advanceInvoice', operation: 'finalize', advanceInvoiceId: byId(Number(first.Id)), convertAll: true });
		expect(lastRequest('POST', /finalize$/)?.path.toLowerCase()).toBe(`/api2/public/v1.2/advanceinvoices/${String(first.Id)}/finalize`);
		expect(lastRequest('POST', /finalize$/)?.query).toEqual({ convertAll: 'true' });
		expect(finalInvoice.IsFinal).toBe(true);
		const many = await ok({ resource: 'advanceInvoice', operation: 'getAll', returnAll: true });
		expect(many.map((record) => record.Id)).toEqual(expect.arrayContaining([first.Id, second.Id]));
		const [draft] = await ok({ ...base });
		const [changed] = await ok({ resource: 'advanceInvoice', operation: 'update', advanceInvoiceId: byId(Number(draft.Id)), updateFields: { description: 'Zaliczka 2' } });
		expect(changed.Description).toBe('Zaliczka 2');
		expect(await ok({ resource: 'advanceInvoice', operation: 'delete', advanceInvoiceId: byId(Number(draft.Id)) })).toEqual([{ deleted: true, id: Number(draft.Id) }]);
	});

	it.each([
		{ resource: 'correctiveInvoice', source: 'invoice' },
		{ resource: 'correctiveAdvanceInvoice', source: 'advanceInvoice' },
	])('corrects a confirmed $source with $resource', async ({ resource, source }) => {
		const [original] = await ok({ resource: source, operation: 'create', customerId, paymentTypeId, items: { item: [{ productId, quantity: 4, unitPrice: 50 }] } });
		await ok({ resource: source, operation: 'confirm', [`${source}Id`]: byId(Number(original.Id)) });
		const [correction] = await ok({ resource, operation: 'createFromDocument', sourceDocumentId: String(original.Id), correctionReason: 'Rabat' });
		expect(lastRequest('POST', /invoices$/i)?.query).toEqual({ documentId: String(original.Id) });
		expect(correction).toMatchObject({ CorrectedId: original.Id, Status: 0 });
		const locator = `${resource}Id`;
		const [updated] = await ok({
			resource,
			operation: 'update',
			[locator]: byId(Number(correction.Id)),
			updateFields: { correctionReason: 'Rabat 10%' },
			itemsUpdateMode: 'fields',
			items: { item: [{ productId, quantity: 0, unitPrice: 50 }] },
		});
		expect(updated.CorrectionReasonText).toBe('Rabat 10%');
		expect((updated.Items as IDataObject[])[0]).toMatchObject({ Quantity: 0 });
		const pdf = await run({ resource, operation: 'downloadPdf', [locator]: byId(Number(correction.Id)), binaryPropertyName: 'data' });
		expect(pdf.output[0].binary?.data.mimeType).toBe('application/pdf');
		const [got] = await ok({ resource, operation: 'get', [locator]: byId(Number(correction.Id)) });
		expect(got.Id).toBe(correction.Id);
		expect((await ok({ resource, operation: 'getAll', returnAll: true })).length).toBeGreaterThan(0);
		const [confirmed] = await ok({ resource, operation: 'confirm', [locator]: byId(Number(correction.Id)) });
		expect(confirmed.Status).toBe(1);
		const [spare] = await ok({ resource, operation: 'createFromDocument', sourceDocumentId: String(original.Id) });
		expect(await ok({ resource, operation: 'delete', [locator]: byId(Number(spare.Id)) })).toEqual([{ deleted: true, id: Number(spare.Id) }]);
	});

	it('reads margin invoices, purchase invoices and the VAT purchase register', async () => {
		const margins = await ok({ resource: 'marginInvoice', operation: 'getAll', returnAll: true });
		expect(margins.length).toBeGreaterThan(0);
		const [margin] = await ok({ resource: 'marginInvoice', operation: 'get', marginInvoiceId: byId(Number(margins[0].Id)) });
		expect(margin.ProfitMarginTotal).toBeDefined();
		const marginPdf = await run({ resource: 'marginInvoice', operation: 'downloadPdf', marginInvoiceId: byId(Number(margins[0].Id)), binaryPropertyName: 'data' });
		expect(marginPdf.output[0].binary?.data.fileName).toMatch(/\.pdf$/);

		const purchases = await ok({ resource: 'purchaseInvoice', operation: 'getAll', returnAll: true });
		expect(lastRequest('GET', /purchaseinvoices$/)?.path).toBe(`/api2/public/${paths.purchases}`);
		const [purchase] = await ok({ resource: 'purchaseInvoice', operation: 'get', purchaseInvoiceId: byId(Number(purchases[0].Id)) });
		expect(purchase.SellingPartyId).toBeDefined();

		const register = await ok({ resource: 'vatPurchaseRegister', operation: 'getAll', limit: 5 });
		expect(register.length).toBeGreaterThan(0);
		const [entry] = await ok({ resource: 'vatPurchaseRegister', operation: 'get', vatPurchaseRegisterId: byId(Number(register[0].Id)) });
		expect(entry.Id).toBe(register[0].Id);
	});

	it('lists payable payments by type and settles one', async () => {
		const payable = await ok({
			resource: 'payment',
			operation: 'getAll',
			returnAll: true,
			filters: {
				conditions: [
					{ field: 'PaymentType', operator: 'eq', value: 'INCOME' },
					{ field: 'Payable', operator: 'eq', value: 'true' },
				],
			},
		});
		expect(lastRequest('GET', /paymentdetails$/)?.path).toBe(`/api2/public/${paths.payments}`);
		expect(lastRequest('GET', /paymentdetails$/)?.query.$filter).toBe("PaymentType eq 'INCOME' and Payable eq true");
		expect(payable.length).toBeGreaterThan(0);
		expect(payable.every((record) => record.PaymentType === 'INCOME' && record.Payable === true)).toBe(true);
		const [settled] = await ok({ resource: 'payment', operation: 'updateStatus', paymentId: String(payable[0].PaymentId), settled: true });
		expect(lastRequest('PUT', /payments$/)?.body).toEqual({ PaymentId: payable[0].PaymentId, Payable: false });
		expect(settled).toMatchObject({ PaymentId: payable[0].PaymentId, Payable: false });
	});

	it('reads EU VAT rates and countries', async () => {
		const rates = await ok({ resource: 'vatRate', operation: 'getAll', returnAll: true });
		expect(rates[0]).toEqual(expect.objectContaining({ RateId: expect.anything(), CountryCode: expect.any(String) }));
		const countries = await ok({ resource: 'vatRate', operation: 'getCountries' });
		expect(countries.map((country) => country.CountryCode)).toEqual(expect.arrayContaining(['PL', 'DE', 'EL', 'XI']));
	});
});

describe('Polish-only resources on a German credential', () => {
	it('are refused before any request, naming the editions that have them', async () => {
		const sb = await startSandbox({ port: 0, edition: 'de' });
		try {
			const credentials = new MemoryCredentialsHelper(credentialData(sb.url, 'de'));
			for (const resource of ['advanceInvoice', 'correctiveInvoice', 'payment', 'vatRate', 'purchaseInvoice']) {
				const { error } = await runNode({ parameters: { resource, operation: 'getAll' }, credentials });
				expect(error?.message).toMatch(/ERP XT offers no .+ in the Germany \(app\.erpxt\.de\) edition/);
				expect(error?.description).toMatch(/Poland \(app\.erpxt\.pl\) and Comarch Betterfly/);
			}
			expect(sb.requests()).toHaveLength(0);
		} finally {
			await sb.stop();
		}
	});
});
