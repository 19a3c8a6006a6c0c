import {
	API,
	BodyLog,
	byId,
	byNumber,
	erp,
	fixture,
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

const DE = `${API}/proformas`;
const PL = `${API}/v1.4/proformas`;
const order = fixture<Json>('proforma-v1.0');
const legacyList = fixture<Json[]>('proformas-v1.1');
/** The documented v1.1 proforma as a v1.4 server would answer it (no $id). */
const plProforma = withoutIds(legacyList[0]);

describe('Proforma', () => {
	useNock();

	it('Get reads /proformas/{id} on the German edition (orders) without $id', async () => {
		tokenScope();
		const api = erp().get(`${DE}/2721060`).reply(200, order);

		const output = await runOk({ resource: 'proforma', operation: 'get', proformaId: byId(2721060) });

		expect(jsonItems(output)).toEqual([{ json: withoutIds(order), pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Get reads /v1.4/proformas/{id} on the Polish edition, picked By Number', async () => {
		tokenScope();
		const api = erp()
			.get(PL)
			.query({ $filter: "Number eq 'PF/19/12/1'" })
			.reply(200, [plProforma])
			.get(`${PL}/2721058`)
			.reply(200, plProforma);

		const output = await runOk({ resource: 'proforma', operation: 'get', proformaId: byNumber('PF/19/12/1') }, { edition: 'pl' });

		expect(jsonItems(output)).toEqual([{ json: plProforma, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Get by Number returns every match', async () => {
		tokenScope();
		const api = erp().get(DE).query({ $filter: "Number eq 'AU/24/6/2'" }).reply(200, [order]);

		const output = await runOk({ resource: 'proforma', operation: 'getByNumber', documentNumber: 'AU/24/6/2' });

		expect(jsonItems(output)).toEqual([{ json: withoutIds(order), pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Get Many on /v1.1/proformas returns the documented list without $id, simplified', async () => {
		tokenScope();
		const api = erp()
			.get(`${API}/v1.1/proformas`)
			.query({ $top: '500', $skip: '0' })
			.reply(200, legacyList)
			.get(`${API}/v1.1/proformas`)
			.query({ $top: '500', $skip: String(legacyList.length) })
			.reply(200, []);

		const output = await runOk(
			{ resource: 'proforma', operation: 'getAll', returnAll: true, apiVersion: '1.1' },
			{ edition: 'pl' },
		);

		expect(jsonItems(output)).toEqual(
			withoutIds(legacyList).map((record) => ({
				json: {
					Id: record.Id,
					Number: record.Number,
					Status: record.Status,
					IssueDate: String(record.IssueDate).slice(0, 10),
					PurchasingPartyId: record.PurchasingPartyId,
					PaymentTypeId: record.PaymentTypeId,
					Description: record.Description,
				},
				pairedItem: { item: 0 },
			})),
		);
		api.done();
	});

	it('Create on the German edition posts lines with ProductCurrencyNetPrice', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp().post(DE).reply(log.reply(200, 2721060)).get(`${DE}/2721060`).reply(200, order);

		const output = await runOk({
			resource: 'proforma',
			operation: 'create',
			customerId: 6001,
			paymentTypeId: 10260090,
			items: { item: [{ productId: 10951199, quantity: 3, unitPrice: 45, description: '' }] },
			additionalFields: { issueDate: '2024-06-03' },
		});

		expect(log.bodies).toEqual([
			{
				PurchasingPartyId: 6001,
				PaymentTypeId: 10260090,
				IssueDate: '2024-06-03',
				Items: [{ ProductId: 10951199, Quantity: 3, ProductCurrencyNetPrice: 45 }],
			},
		]);
		expect(jsonItems(output)).toEqual([{ json: withoutIds(order), pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Create on the Polish edition posts to /v1.4/proformas with ProductCurrencyPrice (JSON lines)', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp().post(PL).reply(log.reply(200, 2721058)).get(`${PL}/2721058`).reply(200, plProforma);

		await runOk(
			{
				resource: 'proforma',
				operation: 'create',
				customerId: 2541748,
				paymentTypeId: 2016674,
				itemsInputMode: 'json',
				itemsJson: [{ productId: 2276109, quantity: 6, unitPrice: 100 }],
				additionalFields: { recipientId: 2541749, amountsAre: 0 },
			},
			{ edition: 'pl' },
		);

		expect(log.bodies).toEqual([
			{
				PurchasingPartyId: 2541748,
				PaymentTypeId: 2016674,
				ReceivingPartyId: 2541749,
				InvoiceType: 0,
				Items: [{ ProductId: 2276109, Quantity: 6, ProductCurrencyPrice: 100 }],
			},
		]);
		api.done();
	});

	it('Update keeps the current lines with ids and ProductCurrencyNetPrice (German edition)', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp()
			.get(`${DE}/2721060`)
			.reply(200, order)
			.put(DE)
			.reply(log.reply(204))
			.get(`${DE}/2721060`)
			.reply(200, { ...order, BankAccountId: 113 });

		const output = await runOk({
			resource: 'proforma',
			operation: 'update',
			proformaId: byId(2721060),
			updateFields: { bankAccountId: 113 },
		});

		expect(log.bodies).toEqual([
			{
				Id: 2721060,
				PurchasingPartyId: 6001,
				PaymentTypeId: 10260090,
				BankAccountId: 113,
				IssueDate: '2024-06-03',
				Items: [{ ProductId: 10951199, Quantity: 3, ProductCurrencyNetPrice: 45, ProductDescription: '', Id: 990001 }],
			},
		]);
		expect(output[0].json).toEqual(withoutIds({ ...order, BankAccountId: 113 }));
		api.done();
	});

	it('Update with Replace: JSON sends the new lines with ProductCurrencyPrice (Polish edition)', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp()
			.get(`${PL}/2721058`)
			.reply(200, plProforma)
			.put(PL)
			.reply(log.reply(204))
			.get(`${PL}/2721058`)
			.reply(200, plProforma);

		await runOk(
			{
				resource: 'proforma',
				operation: 'update',
				proformaId: byId(2721058),
				itemsUpdateMode: 'json',
				itemsJson: '[{"productId": 2276109, "quantity": 2, "unitPrice": 90}]',
			},
			{ edition: 'pl' },
		);

		expect(log.bodies).toEqual([
			{
				Id: 2721058,
				PurchasingPartyId: 2541748,
				ReceivingPartyId: 2541749,
				PaymentTypeId: 2016674,
				BankAccountId: null,
				InvoiceType: 0,
				Description: null,
				IssueDate: '2019-12-24',
				Items: [{ ProductId: 2276109, Quantity: 2, ProductCurrencyPrice: 90 }],
			},
		]);
		api.done();
	});

	it('Delete sends DELETE /proformas/{id}', async () => {
		tokenScope();
		const api = erp().delete(`${DE}/2721060`).reply(204);

		const output = await runOk({ resource: 'proforma', operation: 'delete', proformaId: byId(2721060) });

		expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 2721060 }, pairedItem: { item: 0 } }]);
		api.done();
	});

	it.each([
		['pl', '{}'],
		['betterfly', '{}'],
		['pl', '{"apiVersion":"1.1"}'],
	] as const)('Delete on the %s edition (options %s) uses the documented unversioned path /proformas/{id}', async (edition, extra) => {
		tokenScope();
		const api = erp().delete(`${DE}/2721058`).reply(204);

		const output = await runOk(
			{ resource: 'proforma', operation: 'delete', proformaId: byId(2721058), ...(JSON.parse(extra) as Json) },
			{ edition },
		);

		expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 2721058 }, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Delete on the Polish edition reports a 405 of the unversioned path without retrying elsewhere', async () => {
		tokenScope();
		const api = erp()
			.delete(`${DE}/2721058`)
			.reply(405, { Message: "The requested resource does not support http method 'DELETE'." });

		const { error } = await run({ resource: 'proforma', operation: 'delete', proformaId: byId(2721058) }, { edition: 'pl' });

		expect(error?.message).toBe('This ERP XT server does not offer this operation on proforma 2721058 (405 Method Not Allowed)');
		api.done();
	});

	it('Delete on the Polish edition reports a missing proforma (404) without retrying elsewhere', async () => {
		tokenScope();
		const api = erp().delete(`${DE}/2721058`).reply(404, { Message: 'Not found' });

		const { error } = await run({ resource: 'proforma', operation: 'delete', proformaId: byId(2721058) }, { edition: 'pl' });

		expect(error?.message).toBe('Proforma 2721058 was not found in ERP XT (Not found)');
		api.done();
	});

	it('Delete picked By Number looks the proforma up on the edition path and deletes on the unversioned one', async () => {
		tokenScope();
		const api = erp()
			.get(PL)
			.query({ $filter: "Number eq 'PF/19/12/1'" })
			.reply(200, [plProforma])
			.delete(`${DE}/2721058`)
			.reply(204);

		const output = await runOk({ resource: 'proforma', operation: 'delete', proformaId: byNumber('PF/19/12/1') }, { edition: 'pl' });

		expect(output[0].json).toEqual({ deleted: true, id: 2721058 });
		api.done();
	});

	it('Update refuses a proforma already converted into an invoice (Status 1) before any PUT', async () => {
		tokenScope();
		const api = erp().get(`${PL}/2721058`).reply(200, { ...plProforma, Status: 1 });

		const { error, output } = await run(
			{ resource: 'proforma', operation: 'update', proformaId: byId(2721058), updateFields: { description: 'Neu' } },
			{ edition: 'pl' },
		);

		expect(output).toEqual([]);
		expect(error?.message).toBe('Proforma PF/19/12/1 cannot be changed: it is already converted into an invoice');
		expect(error?.description).toBe('ERP XT only changes documents that are still in the buffer (drafts).');
		api.done();
	});

	it('Get by Number keeps only the proformas whose Number equals the number', async () => {
		tokenScope();
		const api = erp()
			.get(DE)
			.query({ $filter: "Number eq 'AU/24/6/2'" })
			.reply(200, [{ ...order, Id: 2721061, Number: 'AU/24/6/20' }, order, { ...order, Id: 2721062, Number: 'au/24/6/2' }]);

		const output = await runOk({ resource: 'proforma', operation: 'getByNumber', documentNumber: ' AU/24/6/2 ' });

		expect(output.map((item) => item.json.Id)).toEqual([2721060]);
		api.done();
	});

	it('a locator By Number ignores records with another number and fails when none is left', async () => {
		tokenScope();
		const api = erp()
			.get(PL)
			.query({ $filter: "Number eq 'PF/19/12/1'" })
			.reply(200, [{ ...plProforma, Id: 2721059, Number: 'PF/19/12/10' }]);

		const { error } = await run({ resource: 'proforma', operation: 'get', proformaId: byNumber('PF/19/12/1') }, { edition: 'pl' });

		expect(error?.message).toBe('No proforma with the number PF/19/12/1 was found in ERP XT');
		api.done();
	});

	it('a locator By Number with two exact matches refuses to guess', async () => {
		tokenScope();
		const api = erp()
			.get(PL)
			.query({ $filter: "Number eq 'PF/19/12/1'" })
			.reply(200, [plProforma, { ...plProforma, Id: 2721059 }]);

		const { error } = await run({ resource: 'proforma', operation: 'get', proformaId: byNumber('PF/19/12/1') }, { edition: 'pl' });

		expect(error?.message).toBe('2 proformas have the number PF/19/12/1');
		expect(error?.description).toBe('Check the number, or pick the document by ID.');
		api.done();
	});

	it('Download PDF on the German edition falls back to /proformas/print/{id} and decodes bare Base64', async () => {
		tokenScope();
		const api = erp()
			.get(`${DE}/2721060`)
			.reply(200, order)
			.get(`${DE}/2721060/print`)
			.query({ customPrintId: '302' })
			.reply(404, { Message: 'No HTTP resource was found' })
			.get(`${DE}/print/2721060`)
			.query({ customPrintId: '302' })
			.reply(200, JSON.stringify(PDF_BASE64), { 'Content-Type': 'application/json' });

		const output = await runOk({
			resource: 'proforma',
			operation: 'downloadPdf',
			proformaId: byId(2721060),
			printTemplateId: 302,
			binaryPropertyName: 'data',
		});

		const binary = output[0].binary!.data;
		expect(binary).toMatchObject({ mimeType: 'application/pdf', fileName: 'AU-24-6-2.pdf' });
		const decoded = Buffer.from(binary.data, 'base64');
		expect(decoded.subarray(0, 4).toString('latin1')).toBe('%PDF');
		expect(decoded.equals(PDF)).toBe(true);
		expect(jsonItems(output)).toEqual([{ json: withoutIds(order), pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Download PDF on the Polish edition uses /v1.4/proformas/{id}/print only', async () => {
		tokenScope();
		const api = erp()
			.get(`${PL}/2721058`)
			.reply(200, plProforma)
			.get(`${PL}/2721058/print`)
			.query({ customPrintId: '302' })
			.reply(200, JSON.stringify(PDF_DATA_URI), { 'Content-Type': 'application/json' });

		const output = await runOk(
			{
				resource: 'proforma',
				operation: 'downloadPdf',
				proformaId: byId(2721058),
				printTemplateId: '302',
				binaryPropertyName: 'data',
			},
			{ edition: 'pl' },
		);

		expect(output[0].binary!.data).toMatchObject({ mimeType: 'application/pdf', fileName: 'PF-19-12-1.pdf' });
		api.done();
	});

	it('Download PDF on the Polish edition reports a 404 of the print route instead of guessing', async () => {
		tokenScope();
		const api = erp()
			.get(`${PL}/2721058`)
			.reply(200, plProforma)
			.get(`${PL}/2721058/print`)
			.reply(404, { Message: 'Not found' });

		const { error } = await run(
			{ resource: 'proforma', operation: 'downloadPdf', proformaId: byId(2721058), binaryPropertyName: 'data' },
			{ edition: 'pl' },
		);

		expect(error?.message).toContain('proforma 2721058');
		api.done();
	});
});
