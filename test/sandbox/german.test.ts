/* eslint-disable @typescript-eslint/no-explicit-any -- test code, not n8n node code */
import { Api, decodePrint, raw, Sandbox, withSandbox } from './helpers';

describe('sandbox: German edition (de)', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'de' })));
	afterAll(() => sb.stop());
	beforeEach(() => sb.reset());

	const firstId = async (path: string): Promise<number> => (await api.get(path)).body[0].Id;

	describe('products', () => {
		it('lists a realistic German catalogue as a bare array (19 % and 7 %)', async () => {
			const r = await api.get('products');
			expect(r.status).toBe(200);
			expect(Array.isArray(r.body)).toBe(true);
			const names = r.body.map((p: any) => p.Name);
			expect(names).toContain('Beratungsstunde');
			const book = r.body.find((p: any) => p.Rate === 8);
			expect(book.SaleGrossPrice).toBeCloseTo(book.SaleNetPrice * 1.07, 2);
			expect(Object.keys(r.body[0])).toEqual(['Name', 'Description', 'ProductCode', 'UnitOfMeasurment', 'Rate', 'SaleNetPrice', 'SaleGrossPrice', 'Quantity', 'ProductType', 'Id']);
			expect(r.body[0].$id).toBeUndefined();
		});

		it('creates: 200 with a bare numeric id, code P/00000n, gross computed from net', async () => {
			const r = await api.post('products', { Name: 'Schulung', UnitOfMeasurement: 'Std.', Rate: 9, SaleNetPrice: 100 });
			expect(r.status).toBe(200);
			expect(typeof r.body).toBe('number');
			expect(r.text).toMatch(/^\d+$/);
			const p = (await api.get(`products/${r.body}`)).body;
			expect(p).toMatchObject({ Name: 'Schulung', UnitOfMeasurment: 'Std.', Rate: 9, SaleNetPrice: 100, SaleGrossPrice: 119 });
			expect(p.ProductCode).toMatch(/^P\/\d{6}$/);
		});

		it('computes net from gross, recomputes gross when both are sent, accepts the response spelling of the unit', async () => {
			const a = await api.post('products', { Name: 'A', UnitOfMeasurment: 'kg', Rate: 8, SaleGrossPrice: 10.7 });
			expect(a.status).toBe(200);
			expect((await api.get(`products/${a.body}`)).body).toMatchObject({ SaleNetPrice: 10, SaleGrossPrice: 10.7, UnitOfMeasurment: 'kg' });
			const b = await api.post('products', { Name: 'B', UnitOfMeasurement: 'Stk.', Rate: 9, SaleNetPrice: 10, SaleGrossPrice: 99 });
			expect((await api.get(`products/${b.body}`)).body.SaleGrossPrice).toBe(11.9);
		});

		it('validates required fields and the rate key', async () => {
			for (const body of [{ UnitOfMeasurement: 'x', Rate: 9 }, { Name: 'x', Rate: 9 }, { Name: 'x', UnitOfMeasurement: 'x' }, { Name: 'x', UnitOfMeasurement: 'x', Rate: 5 }]) {
				const r = await api.post('products', body);
				expect(r.status).toBe(400);
				expect(r.body).toEqual({ Code: expect.any(Number), Message: expect.any(String) });
			}
			expect((await api.post('products', [1, 2])).status).toBe(400);
		});

		it('PUT to the collection URL merges and answers 204 with an empty body; DELETE /{id} answers 204', async () => {
			const id = (await api.post('products', { Name: 'Alt', UnitOfMeasurement: 'Stk.', Rate: 9, SaleNetPrice: 50, Description: 'bleibt' })).body;
			const put = await api.put('products', { Id: id, Name: 'Neu' });
			expect(put.status).toBe(204);
			expect(put.text).toBe('');
			expect((await api.get(`products/${id}`)).body).toMatchObject({ Name: 'Neu', Description: 'bleibt', SaleNetPrice: 50 });
			expect((await api.put('products', { Id: 1, Name: 'x' })).status).toBe(404);
			expect((await api.del(`products/${id}`)).status).toBe(204);
			const gone = await api.get(`products/${id}`);
			expect(gone.status).toBe(404);
			expect(gone.body.Message).toEqual(expect.any(String));
		});

		it('refuses to delete a product used on documents', async () => {
			const used = sb.state.docs.invoice.values().next().value!.Items[0].ProductId;
			expect((await api.del(`products/${used}`)).status).toBe(400);
		});
	});

	describe('customers', () => {
		it('have CustomerKind and USt-IdNr style tax numbers', async () => {
			const r = await api.get('customers');
			expect(r.status).toBe(200);
			expect(r.body[0]).toMatchObject({ CustomerTaxNumber: 'DE811907980', CustomerKind: 1, Address: expect.objectContaining({ City: 'Köln' }) });
			expect(r.body.map((c: any) => c.CustomerKind)).toEqual(expect.arrayContaining([1, 2, 3]));
		});

		it('CRUD with generated K/ code and nested Address merge', async () => {
			const id = (await api.post('customers', { Name: 'Neukunde GmbH', CustomerKind: 3, Address: { City: 'Bonn', Street: 'Rheinweg' } })).body;
			const c = (await api.get(`customers/${id}`)).body;
			expect(c.CustomerCode).toMatch(/^K\/\d{6}$/);
			expect(c).toMatchObject({ CustomerType: 1, CustomerKind: 3, Address: { City: 'Bonn', Street: 'Rheinweg' } });
			expect((await api.put('customers', { Id: id, Address: { PostalCode: '53111' } })).status).toBe(204);
			expect((await api.get(`customers/${id}`)).body.Address).toMatchObject({ City: 'Bonn', PostalCode: '53111' });
			expect((await api.post('customers', { Mail: 'x@y.de' })).status).toBe(400);
			expect((await api.post('customers', { Name: 'x', CustomerKind: 7 })).status).toBe(400);
			expect((await api.del(`customers/${id}`)).status).toBe(204);
		});

		it('has no versioned customers and no NIP lookup on the German API', async () => {
			expect((await api.get('v1.2/customers')).status).toBe(404);
			expect((await api.get('v1.4/invoices')).status).toBe(404);
		});
	});

	describe('payment types and bank accounts', () => {
		it('seeds Überweisung / Bar / Karte and validates Deadline 0..366', async () => {
			const r = await api.get('paymenttypes');
			expect(r.body.map((p: any) => p.Name)).toEqual(expect.arrayContaining(['Überweisung', 'Bar', 'Karte']));
			expect((await api.post('paymenttypes', { Name: 'Skonto', Deadline: 367, Type: 1 })).status).toBe(400);
			expect((await api.post('paymenttypes', { Name: 'Skonto', Deadline: -1, Type: 1 })).status).toBe(400);
			expect((await api.post('paymenttypes', { Name: 'Skonto', Type: 1 })).status).toBe(400);
			expect((await api.post('paymenttypes', { Name: 'Skonto', Deadline: 10 })).status).toBe(400);
			const ok = await api.post('paymenttypes', { Name: 'Skonto', Deadline: 366, Type: 1, Primary: true });
			expect(ok.status).toBe(200);
			const all = (await api.get('paymenttypes')).body;
			expect(all.filter((p: any) => p.Primary).map((p: any) => p.Id)).toEqual([ok.body]);
			expect((await api.put('paymenttypes', { Id: ok.body, Deadline: 30 })).status).toBe(204);
			expect((await api.get(`paymenttypes/${ok.body}`)).body).toMatchObject({ Name: 'Skonto', Deadline: 30 });
			expect((await api.del(`paymenttypes/${ok.body}`)).status).toBe(204);
		});

		it('bank accounts need AccountNumber, Symbol and ReportingPeriod', async () => {
			const list = (await api.get('bankaccounts')).body;
			expect(list[0].AccountNumber).toMatch(/^DE\d{20}$/);
			expect((await api.post('bankaccounts', { AccountNumber: 'DE02120300000000202051', Symbol: 'DKB' })).status).toBe(400);
			expect((await api.post('bankaccounts', { Symbol: 'DKB', ReportingPeriod: 3 })).status).toBe(400);
			const id = (await api.post('bankaccounts', { AccountNumber: 'DE02 1203 0000 0000 2020 51', Symbol: 'DKB', ReportingPeriod: 3, BankName: 'DKB' })).body;
			expect((await api.get(`bankaccounts/${id}`)).body).toMatchObject({ AccountNumber: 'DE02120300000000202051', ReportingPeriod: 3, Primary: false });
			expect((await api.put('bankaccounts', { Id: id, ReportingPeriod: 9 })).status).toBe(400);
			expect((await api.del(`bankaccounts/${id}`)).status).toBe(204);
		});
	});

	describe('invoices (v1.0 shape)', () => {
		const base = async () => ({
			PurchasingPartyId: await firstId('customers'),
			PaymentTypeId: await firstId('paymenttypes'),
		});

		it('seeds invoices in both statuses with FS numbers and CET/CEST offsets', async () => {
			const r = await api.get('invoices');
			expect(new Set(r.body.map((i: any) => i.Status))).toEqual(new Set([0, 1]));
			const jan = r.body.find((i: any) => i.IssueDate.startsWith('2024-01-15'));
			expect(jan.IssueDate).toBe('2024-01-15T00:00:00+01:00');
			expect(jan.Number).toBe('FS/24/1/1');
			const june = r.body.find((i: any) => i.IssueDate.startsWith('2024-06-05'));
			expect(june.IssueDate).toBe('2024-06-05T00:00:00+02:00');
			// last Sunday of October 2024 is the 27th: the 30th is winter time again
			expect(r.body.find((i: any) => i.IssueDate.startsWith('2024-10-30')).IssueDate).toBe('2024-10-30T00:00:00+01:00');
			expect(Object.keys(jan)).toEqual(['PaymentStatus', 'PurchasingPartyId', 'PaymentTypeId', 'BankAccountId', 'SalesDate', 'Items', 'IssueDate', 'Number', 'Status', 'Id']);
			expect(Object.keys(jan.Items[0])).toEqual(['ProductId', 'Quantity', 'ProductCurrencyNetPrice', 'ProductDescription', 'Id']);
		});

		it('creates a buffer invoice with today\'s dates and a generated number', async () => {
			const product = await firstId('products');
			const r = await api.post('invoices', { ...(await base()), Items: [{ ProductId: product, Quantity: 2, ProductCurrencyNetPrice: 95 }] });
			expect(r.status).toBe(200);
			const inv = (await api.get(`invoices/${r.body}`)).body;
			const now = new Date();
			expect(inv.Number).toBe(`FS/${String(now.getFullYear()).slice(2)}/${now.getMonth() + 1}/${inv.Number.split('/')[3]}`);
			expect(inv.Status).toBe(0);
			expect(inv.PaymentStatus).toBe(0);
			expect(inv.Items[0]).toMatchObject({ ProductId: product, Quantity: 2, ProductCurrencyNetPrice: 95 });
			expect((await api.get(`invoices/number/${inv.Number}`)).body.Id).toBe(r.body);
			expect((await api.get(`invoices/number/${encodeURIComponent(inv.Number)}`)).body.Id).toBe(r.body);
		});

		it('enforces required fields, references, PaymentStatus 0/1 and valid dates', async () => {
			const b = await base();
			const product = await firstId('products');
			expect((await api.post('invoices', { PaymentTypeId: b.PaymentTypeId })).status).toBe(400);
			expect((await api.post('invoices', { PurchasingPartyId: b.PurchasingPartyId })).status).toBe(400);
			expect((await api.post('invoices', { ...b, PurchasingPartyId: 1 })).status).toBe(400);
			expect((await api.post('invoices', { ...b, PaymentTypeId: 1 })).status).toBe(400);
			const ps2 = await api.post('invoices', { ...b, PaymentStatus: 2 });
			expect(ps2.status).toBe(400);
			expect(ps2.body.Message).toMatch(/PaymentStatus/);
			expect((await api.post('invoices', { ...b, PaymentStatus: 1 })).status).toBe(200);
			expect((await api.post('invoices', { ...b, Items: [{ ProductId: product, Quantity: 1 }] })).status).toBe(400);
			// v1.0 knows only the net price field
			expect((await api.post('invoices', { ...b, Items: [{ ProductId: product, Quantity: 1, ProductCurrencyPrice: 3 }] })).status).toBe(400);
			expect((await api.post('invoices', { ...b, Items: [{ ProductId: 42, Quantity: 1, ProductCurrencyNetPrice: 3 }] })).status).toBe(400);
			expect((await api.post('invoices', { ...b, IssueDate: '2024-02-30' })).status).toBe(400);
			expect((await api.post('invoices', { ...b, IssueDate: 'gestern' })).status).toBe(400);
			const full = await api.post('invoices', { ...b, IssueDate: '2024-04-02T10:00:00+02:00', SalesDate: '2024-03-31' });
			expect(full.status).toBe(200);
			const got = (await api.get(`invoices/${full.body}`)).body;
			expect(got.IssueDate).toBe('2024-04-02T00:00:00+02:00');
			// summer time starts at 02:00 on the last Sunday of March: its midnight is still +01:00
			expect(got.SalesDate).toBe('2024-03-31T00:00:00+01:00');
			expect(got.Number).toMatch(/^FS\/24\/4\/\d+$/);
			// an instant with offset is converted to the local calendar date
			const utc = await api.post('invoices', { ...b, IssueDate: '2024-06-04T22:30:00Z' });
			expect((await api.get(`invoices/${utc.body}`)).body.IssueDate).toBe('2024-06-05T00:00:00+02:00');
		});

		it('only buffer documents may be changed or deleted', async () => {
			const confirmed = (await api.get('invoices?$filter=Status eq 1')).body[0];
			const put = await api.put('invoices', { Id: confirmed.Id, PaymentStatus: 1 });
			expect(put.status).toBe(400);
			expect(put.body.Message).toMatch(/bestätigt/);
			expect((await api.del(`invoices/${confirmed.Id}`)).status).toBe(400);
			const draft = (await api.get('invoices?$filter=Status eq 0')).body[0];
			expect((await api.put('invoices', { Id: draft.Id, PaymentStatus: 1 })).status).toBe(204);
			expect((await api.get(`invoices/${draft.Id}`)).body.PaymentStatus).toBe(1);
			expect((await api.del(`invoices/${draft.Id}`)).status).toBe(204);
			expect((await api.get(`invoices/${draft.Id}`)).status).toBe(404);
		});

		it('confirm accepts {Id}, bare numbers, arrays and IdCollection; confirmed twice is 400', async () => {
			const b = await base();
			const ids: number[] = [];
			for (let i = 0; i < 5; i++) ids.push((await api.post('invoices', b)).body);
			expect((await api.put('invoices/confirm', { Id: ids[0] })).status).toBe(204);
			expect((await api.put('invoices/confirm', ids[1])).status).toBe(204);
			expect((await api.put('invoices/confirm', [ids[2], ids[3]])).status).toBe(204);
			expect((await api.put('invoices/confirm', { IdCollection: [ids[4]] })).status).toBe(204);
			for (const id of ids) expect((await api.get(`invoices/${id}`)).body.Status).toBe(1);
			expect((await api.put('invoices/confirm', { Id: ids[0] })).status).toBe(400);
			expect((await api.put('invoices/confirm', { Id: 1 })).status).toBe(404);
		});
	});

	describe('proformas (Aufträge)', () => {
		it('API-created proformas stay Status 0 with PF numbers; converted ones are locked', async () => {
			const list = (await api.get('proformas')).body;
			const converted = list.find((p: any) => p.Status === 1);
			expect(converted.InvoiceDocIdNum).toEqual(expect.any(Number));
			expect((await api.put('proformas', { Id: converted.Id, BankAccountId: null })).status).toBe(400);
			const id = (await api.post('proformas', { PurchasingPartyId: list[0].PurchasingPartyId, PaymentTypeId: list[0].PaymentTypeId, Status: 1 })).body;
			const p = (await api.get(`proformas/${id}`)).body;
			expect(p.Status).toBe(0);
			expect(p.Number).toMatch(/^PF\/\d{2}\/\d{1,2}\/\d+$/);
			expect((await api.get(`proformas/number/${p.Number}`)).body.Id).toBe(id);
			expect((await api.del(`proformas/${id}`)).status).toBe(204);
		});
	});

	describe('prints', () => {
		it('serves both plausible German print routes as a PDF data URI containing the number', async () => {
			const inv = (await api.get('invoices')).body[0];
			for (const path of [`invoices/${inv.Id}/print`, `invoices/print/${inv.Id}`]) {
				const r = await api.get(path);
				expect(r.status).toBe(200);
				expect(r.headers.get('content-type')).toMatch(/application\/json/);
				const pdf = decodePrint(r.body);
				expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
				expect(pdf.toString('latin1')).toContain(inv.Number);
				expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
			}
		});

		it('has a valid xref table', async () => {
			const inv = (await api.get('invoices')).body[0];
			const pdf = decodePrint((await api.get(`invoices/${inv.Id}/print`)).body).toString('latin1');
			const startxref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
			expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
			const offsets = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
			expect(offsets).toHaveLength(5);
			offsets.forEach((off, i) => expect(pdf.slice(off, off + 7)).toBe(`${i + 1} 0 obj`));
		});

		it('prints with a custom template and names it; unknown template or id → 400 {Code, Data, Message}', async () => {
			const tpl = (await api.get('customprints')).body.find((t: any) => t.Type === 7);
			const pf = (await api.get('proformas')).body[0];
			const r = await api.get(`proformas/${pf.Id}/print?customPrintId=${tpl.Id}`);
			const text = decodePrint(r.body).toString('latin1');
			expect(text).toContain(pf.Number);
			expect(text).toContain('Auftragsbest');
			const badTpl = await api.get(`proformas/${pf.Id}/print?customPrintId=1`);
			expect(badTpl.status).toBe(400);
			const missing = await api.get('invoices/1/print');
			expect(missing.status).toBe(400);
			expect(missing.body).toEqual({ Code: expect.any(Number), Data: null, Message: expect.any(String) });
		});

		it('lists print templates', async () => {
			const r = await api.get('customprints');
			expect(r.body[0]).toEqual({ Name: 'Rechnung Standard', Language: 'DE', Type: 0, Id: expect.any(Number) });
		});
	});

	describe('routing', () => {
		it('matches paths case-insensitively, with optional trailing slash and ?$filter after a slash', async () => {
			expect((await api.get('Products')).status).toBe(200);
			expect((await api.get('PRODUCTS/')).status).toBe(200);
			const r = await api.get(`customers/?$filter=${encodeURIComponent("Name eq 'Bäckerei Weber e.K.'")}`);
			expect(r.body).toHaveLength(1);
		});

		it('answers 404 for unknown paths/ids and 405 for unsupported methods', async () => {
			expect((await api.get('nothing')).status).toBe(404);
			expect((await api.get('products/1')).status).toBe(404);
			const m = await api.del('products');
			expect(m.status).toBe(405);
			expect(m.headers.get('allow')).toContain('GET');
			expect((await api.post('customprints', { Name: 'x' })).status).toBe(405);
			expect((await api.put('invoices/confirm/', 1)).status).toBe(404);
		});

		it('rejects invalid JSON bodies with 400', async () => {
			const r = await raw(`${sb.url}/api2/public/products`, {
				method: 'POST', headers: { Authorization: `Bearer ${api.token}`, 'Content-Type': 'application/json' }, body: '{"Name":',
			});
			expect(r.status).toBe(400);
		});
	});

	describe('PUT semantics', () => {
		it('replace resets missing properties and then validates required fields', async () => {
			const id = (await api.post('products', { Name: 'Alt', UnitOfMeasurement: 'Stk.', Rate: 9, SaleNetPrice: 50, Description: 'weg' })).body;
			sb.setOptions({ putSemantics: 'replace' });
			try {
				expect((await api.put('products', { Id: id, Name: 'Nur Name' })).status).toBe(400);
				expect((await api.put('products', { Id: id, Name: 'Neu', UnitOfMeasurement: 'Stk.', Rate: 8 })).status).toBe(204);
				expect((await api.get(`products/${id}`)).body).toMatchObject({ Name: 'Neu', Description: '', SaleNetPrice: 0, Rate: 8 });
				const inv = (await api.get('invoices?$filter=Status eq 0')).body[0];
				expect((await api.put('invoices', { Id: inv.Id, PaymentStatus: 1 })).status).toBe(400);
				expect((await api.put('invoices', { Id: inv.Id, PurchasingPartyId: inv.PurchasingPartyId, PaymentTypeId: inv.PaymentTypeId })).status).toBe(204);
				const after = (await api.get(`invoices/${inv.Id}`)).body;
				expect(after.Items).toEqual([]);
				expect(after.Number).toBe(inv.Number);
			} finally {
				sb.setOptions({ putSemantics: 'merge' });
			}
		});
	});
});
