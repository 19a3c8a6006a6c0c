/**
 * The node against the local ERP XT sandbox (German edition), executed by n8n-core's real engine:
 * every resource and operation of the German table, end to end over loopback HTTP.
 */
import type { IDataObject } from 'n8n-workflow';

import type { Sandbox } from '../../sandbox';
import { startSandbox } from '../../sandbox';
import { credentialData, MemoryCredentialsHelper, runNode } from '../helpers/n8nHarness';

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

describe('German edition against the sandbox', () => {
	let sb: Sandbox;
	let credentials: MemoryCredentialsHelper;

	async function run(parameters: IDataObject, items?: IDataObject[], continueOnFail = false) {
		return await runNode({ parameters, credentials, items, continueOnFail });
	}

	async function ok(parameters: IDataObject, items?: IDataObject[]) {
		const result = await run(parameters, items);
		if (result.error) throw new Error(`${result.error.message} — ${String(result.error.description ?? '')}`);
		return result.output.map((item) => item.json);
	}

	beforeAll(async () => {
		sb = await startSandbox({ port: 0, edition: 'de', legacyIds: true });
		credentials = new MemoryCredentialsHelper(credentialData(sb.url, 'de'));
	});
	afterAll(async () => await sb.stop());

	let productId: number;
	let customerId: number;
	let paymentTypeId: number;
	let bankAccountId: number;

	it('creates, reads, updates, lists and deletes master data', async () => {
		const [payment] = await ok({
			resource: 'paymentType',
			operation: 'create',
			name: 'Überweisung 21 Tage',
			deadline: 21,
			type: 1,
		});
		expect(payment).toMatchObject({ Name: 'Überweisung 21 Tage', Deadline: 21, Type: 1 });
		expect(JSON.stringify(payment)).not.toContain('$id');
		paymentTypeId = Number(payment.Id);

		const [account] = await ok({
			resource: 'bankAccount',
			operation: 'create',
			accountNumber: 'DE89370400440532013000',
			symbol: 'COMMERZ',
			reportingPeriod: 3,
			additionalFields: { bankName: 'Commerzbank' },
		});
		expect(account).toMatchObject({ AccountNumber: 'DE89370400440532013000', BankName: 'Commerzbank' });
		bankAccountId = Number(account.Id);

		const [product] = await ok({
			resource: 'product',
			operation: 'create',
			name: 'Wartungspauschale',
			unitOfMeasurement: 'Std.',
			rate: 9,
			additionalFields: { saleNetPrice: 100 },
		});
		expect(product).toMatchObject({ Name: 'Wartungspauschale', SaleNetPrice: 100 });
		productId = Number(product.Id);

		// Only the gross price changes; ERP XT recomputes the net price, the name stays.
		const [updated] = await ok({
			resource: 'product',
			operation: 'update',
			productId: byId(productId),
			updateFields: { saleGrossPrice: 238 },
		});
		expect(updated).toMatchObject({ Name: 'Wartungspauschale', SaleGrossPrice: 238, SaleNetPrice: 200 });

		const [customer] = await ok({
			resource: 'customer',
			operation: 'create',
			name: "O'Brien Handels GmbH",
			additionalFields: {
				taxNumber: 'DE 811 907 980',
				customerKind: 1,
				address: { street: 'Hauptstraße', buildingNumber: '5', postalCode: '10115', city: 'Berlin' },
			},
		});
		customerId = Number(customer.Id);
		expect(customer).toMatchObject({ Name: "O'Brien Handels GmbH", Address: { City: 'Berlin' } });

		const [got] = await ok({ resource: 'customer', operation: 'get', customerId: byId(customerId) });
		expect(got.Id).toBe(customerId);

		const found = await ok({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: 'DE 811 907 980' });
		expect(found.map((record) => record.Id)).toContain(customerId);

		const listed = await ok({
			resource: 'customer',
			operation: 'getAll',
			returnAll: true,
			filters: { conditions: [{ field: 'Name', operator: 'eq', value: "O'Brien Handels GmbH" }] },
		});
		expect(listed).toEqual([expect.objectContaining({ Id: customerId, Name: "O'Brien Handels GmbH", City: 'Berlin' })]);

		const [phoneChanged] = await ok({
			resource: 'customer',
			operation: 'update',
			customerId: byId(customerId),
			updateFields: { phoneNumber: '+49 30 123456' },
		});
		expect(phoneChanged).toMatchObject({ PhoneNumber: '+49 30 123456', Name: "O'Brien Handels GmbH", Address: { City: 'Berlin' } });

		for (const resource of ['paymentType', 'bankAccount', 'product']) {
			const list = await ok({ resource, operation: 'getAll', limit: 2 });
			expect(list.length).toBeGreaterThan(0);
			expect(list.length).toBeLessThanOrEqual(2);
		}
		const templates = await ok({ resource: 'printTemplate', operation: 'getAll', returnAll: true });
		expect(templates.length).toBeGreaterThan(0);
		expect(Object.keys(templates[0]).sort()).toEqual(expect.arrayContaining(['Id', 'Name']));
	});

	it('keeps untouched fields when the server replaces on PUT', async () => {
		sb.setOptions({ putSemantics: 'replace' });
		try {
			const [changed] = await ok({
				resource: 'customer',
				operation: 'update',
				customerId: byId(customerId),
				updateFields: { email: 'buchhaltung@obrien.example' },
			});
			expect(changed).toMatchObject({
				Mail: 'buchhaltung@obrien.example',
				PhoneNumber: '+49 30 123456',
				Address: { City: 'Berlin' },
			});
		} finally {
			sb.setOptions({ putSemantics: 'merge' });
		}
	});

	let invoiceId: number;
	let invoiceNumber: string;

	it('creates an invoice with line items, finds it by number, updates, prints and confirms it', async () => {
		const [invoice] = await ok({
			resource: 'invoice',
			operation: 'create',
			customerId,
			paymentTypeId,
			itemsInputMode: 'fields',
			items: { item: [{ productId, quantity: 2, unitPrice: '50', description: 'Juni' }, { productId, quantity: 1, unitPrice: '' }] },
			additionalFields: { bankAccountId, issueDate: '2024-06-05', saleDate: '2024-06-04T10:00:00', paymentStatus: 0 },
		});
		invoiceId = Number(invoice.Id);
		invoiceNumber = String(invoice.Number);
		expect(invoiceNumber).toMatch(/^FS\/24\/6\/\d+$/);
		expect(invoice.Status).toBe(0);
		const lines = invoice.Items as IDataObject[];
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatchObject({ ProductId: productId, Quantity: 2, ProductCurrencyNetPrice: 50 });
		// no unit price → the product's current net sale price (200 after the gross update)
		expect(lines[1]).toMatchObject({ ProductId: productId, Quantity: 1, ProductCurrencyNetPrice: 200 });
		const post = sb.requests().filter((request) => request.method === 'POST' && /\/invoices$/i.test(request.path));
		expect(post.at(-1)?.body).toMatchObject({ PurchasingPartyId: customerId, IssueDate: '2024-06-05', SalesDate: '2024-06-04' });

		const [byNumber] = await ok({ resource: 'invoice', operation: 'getByNumber', documentNumber: invoiceNumber });
		expect(byNumber.Id).toBe(invoiceId);

		const [viaLocator] = await ok({
			resource: 'invoice',
			operation: 'get',
			invoiceId: { __rl: true, mode: 'number', value: invoiceNumber },
		});
		expect(viaLocator.Id).toBe(invoiceId);

		const [updated] = await ok({
			resource: 'invoice',
			operation: 'update',
			invoiceId: byId(invoiceId),
			updateFields: { issueDate: '2024-06-06' },
		});
		expect(String(updated.IssueDate)).toMatch(/^2024-06-06/);
		expect(updated.Items).toHaveLength(2);

		const pdfRun = await run({ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(invoiceId), binaryPropertyName: 'pdf' });
		expect(pdfRun.error).toBeUndefined();
		const binary = pdfRun.output[0].binary?.pdf;
		expect(binary).toMatchObject({ mimeType: 'application/pdf', fileName: `${invoiceNumber.replace(/\//g, '-')}.pdf` });
		const pdf = Buffer.from(String(binary?.data), 'base64');
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.toString('latin1')).toContain(invoiceNumber);

		const [confirmed] = await ok({ resource: 'invoice', operation: 'confirm', invoiceId: byId(invoiceId) });
		expect(confirmed.Status).toBe(1);

		const refused = await run({ resource: 'invoice', operation: 'update', invoiceId: byId(invoiceId), updateFields: { issueDate: '2024-06-07' } });
		expect(refused.error?.message).toMatch(/cannot be changed: it is confirmed/);
	});

	it('surfaces the ERP message when ERP XT refuses a delete, and deletes drafts', async () => {
		const refused = await run({ resource: 'invoice', operation: 'delete', invoiceId: byId(invoiceId) });
		expect(refused.error?.message).toMatch(new RegExp(`ERP XT rejected invoice ${invoiceId}: .+`));

		const [draft] = await ok({
			resource: 'invoice',
			operation: 'create',
			customerId,
			paymentTypeId,
			itemsInputMode: 'json',
			itemsJson: JSON.stringify([{ productId, quantity: 1, unitPrice: 10 }]),
			createOptions: { returnFullRecord: false },
		});
		expect(Object.keys(draft)).toEqual(['Id']);
		expect(await ok({ resource: 'invoice', operation: 'delete', invoiceId: byId(Number(draft.Id)) })).toEqual([
			{ deleted: true, id: Number(draft.Id) },
		]);
		const gone = await run({ resource: 'invoice', operation: 'get', invoiceId: byId(Number(draft.Id)) });
		expect(gone.error?.message).toMatch(new RegExp(`^Invoice ${String(draft.Id)} was not found in ERP XT`));
	});

	it('handles proformas: create, get by number, update, print, list, delete', async () => {
		const [proforma] = await ok({
			resource: 'proforma',
			operation: 'create',
			customerId,
			paymentTypeId,
			items: { item: [{ productId, quantity: 3, unitPrice: 12.5 }] },
		});
		expect(String(proforma.Number)).toMatch(/^PF\//);
		expect(proforma.Status).toBe(0);
		const id = Number(proforma.Id);
		const [byNumber] = await ok({ resource: 'proforma', operation: 'getByNumber', documentNumber: String(proforma.Number) });
		expect(byNumber.Id).toBe(id);
		const [updated] = await ok({
			resource: 'proforma',
			operation: 'update',
			proformaId: byId(id),
			itemsUpdateMode: 'fields',
			items: { item: [{ productId, quantity: 5, unitPrice: 10 }] },
		});
		expect(updated.Items).toEqual([expect.objectContaining({ Quantity: 5, ProductCurrencyNetPrice: 10 })]);
		const pdfRun = await run({ resource: 'proforma', operation: 'downloadPdf', proformaId: byId(id), binaryPropertyName: 'data' });
		expect(pdfRun.output[0].binary?.data.mimeType).toBe('application/pdf');
		const drafts = await ok({
			resource: 'proforma',
			operation: 'getAll',
			returnAll: true,
			filters: { conditions: [{ field: 'Id', operator: 'eq', value: String(id) }] },
		});
		expect(drafts).toEqual([expect.objectContaining({ Id: id })]);
		expect(await ok({ resource: 'proforma', operation: 'delete', proformaId: byId(id) })).toEqual([{ deleted: true, id }]);
	});

	it('deletes master data that nothing references', async () => {
		const [spare] = await ok({ resource: 'product', operation: 'create', name: 'Einmalartikel', unitOfMeasurement: 'Stk.', rate: 8 });
		expect(await ok({ resource: 'product', operation: 'delete', productId: byId(Number(spare.Id)) })).toEqual([
			{ deleted: true, id: Number(spare.Id) },
		]);
		const [spareType] = await ok({ resource: 'paymentType', operation: 'create', name: 'Bar', deadline: 0, type: 0 });
		expect(await ok({ resource: 'paymentType', operation: 'delete', paymentTypeId: byId(Number(spareType.Id)) })).toHaveLength(1);
		const [spareAccount] = await ok({ resource: 'bankAccount', operation: 'create', accountNumber: 'DE02120300000000202051', symbol: 'DKB', reportingPeriod: 1 });
		expect(await ok({ resource: 'bankAccount', operation: 'delete', bankAccountId: byId(Number(spareAccount.Id)) })).toHaveLength(1);
		const [spareCustomer] = await ok({ resource: 'customer', operation: 'create', name: 'Einmalkunde' });
		expect(await ok({ resource: 'customer', operation: 'delete', customerId: byId(Number(spareCustomer.Id)) })).toHaveLength(1);
	});
});
