/* eslint-disable @typescript-eslint/no-explicit-any -- test code, not n8n node code */
import { Api, decodePrint, Sandbox, withSandbox } from './helpers';

describe('sandbox: Polish edition (pl)', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'pl' })));
	afterAll(() => sb.stop());
	beforeEach(() => sb.reset());

	const ids = async () => {
		const customers = (await api.get('v1.2/customers')).body;
		const products = (await api.get('products')).body;
		const paymentTypes = (await api.get('paymenttypes')).body;
		return {
			buyer: customers.find((c: any) => c.CustomerTaxNumber === '6770065406').Id as number,
			transfer: paymentTypes.find((p: any) => p.Name === 'Przelew') as { Id: number; Deadline: number },
			p23: products.find((p: any) => p.Rate === 9).Id as number,
			p8: products.find((p: any) => p.Rate === 8).Id as number,
			p5: products.find((p: any) => p.Rate === 7).Id as number,
		};
	};

	describe('master data', () => {
		it('Polish tenant: PLN prices with 23/8/5 %, Gotówka/Przelew/Karta, valid NIPs, 26-digit accounts', async () => {
			const products = (await api.get('products')).body;
			expect(new Set(products.map((p: any) => p.Rate))).toEqual(new Set([9, 8, 7, 1, 0]));
			const mysz = products.find((p: any) => p.Name === 'Mysz komputerowa');
			expect(mysz).toMatchObject({ SaleNetPrice: 50, SaleGrossPrice: 61.5, ItemCode: expect.any(String), UnitOfMeasurment: 'szt.' });
			expect((await api.get('paymenttypes')).body.map((p: any) => p.Name)).toEqual(expect.arrayContaining(['Gotówka', 'Przelew', 'Karta']));
			const w = [6, 5, 7, 2, 3, 4, 5, 6, 7];
			for (const c of (await api.get('v1.2/customers')).body.filter((x: any) => /^\d{10}$/.test(x.CustomerTaxNumber))) {
				const d = [...c.CustomerTaxNumber].map(Number);
				expect(w.reduce((s, x, i) => s + x * d[i], 0) % 11).toBe(d[9]);
			}
			expect((await api.get('bankaccounts')).body[0].AccountNumber).toMatch(/^\d{26}$/);
			const prints = (await api.get('customprints')).body;
			expect(new Set(prints.map((p: any) => p.Type))).toEqual(new Set([0, 7]));
		});

		it('v1.2 customers: documented key order, ?nip= and /nip/{nip} lookups (v1.2 and legacy)', async () => {
			const list = (await api.get('v1.2/customers')).body;
			expect(Object.keys(list[0])).toEqual(['Name', 'CountryCode', 'CustomerTaxNumber', 'CustomerCode', 'Mail', 'PhoneNumber', 'CustomerType', 'Address', 'CustomerStatus', 'RepresentativeFirstName', 'RepresentativeLastName', 'Id']);
			const byQuery = await api.get('v1.2/customers/?nip=6770065406');
			expect(byQuery.status).toBe(200);
			expect(byQuery.body).toMatchObject({ Name: 'COMARCH SPÓŁKA AKCYJNA', Id: list[0].Id });
			expect((await api.get('v1.2/customers/nip/677-006-54-06')).body.Id).toBe(list[0].Id);
			const legacy = await api.get('customers/nip/6770065406');
			expect(legacy.body.Id).toBe(list[0].Id);
			expect(legacy.body.CountryCode).toBeUndefined();
			expect(legacy.body.CustomerKind).toBeUndefined();
			expect((await api.get('v1.2/customers?nip=1111111111')).status).toBe(404);
		});

		it('v1.2 customers CRUD with CountryCode rule; a v1.2 customer is visible through v1.0', async () => {
			expect((await api.post('v1.2/customers', { Name: 'EU GmbH', CustomerStatus: 1 })).status).toBe(400);
			const id = (await api.post('v1.2/customers', { Name: 'EU GmbH', CustomerStatus: 1, CountryCode: 'de', CustomerTaxNumber: '811907980' })).body;
			expect((await api.get(`v1.2/customers/${id}`)).body).toMatchObject({ CountryCode: 'DE', CustomerStatus: 1 });
			expect((await api.get(`customers/${id}`)).body.Name).toBe('EU GmbH');
			expect((await api.put('v1.2/customers', { Id: id, RepresentativeFirstName: 'Anna' })).status).toBe(204);
			expect((await api.get(`v1.2/customers/${id}`)).body).toMatchObject({ RepresentativeFirstName: 'Anna', CountryCode: 'DE' });
			expect((await api.del(`v1.2/customers/${id}`)).status).toBe(204);
		});

		it('OSS dictionaries', async () => {
			const countries = (await api.get('v1.2/vatrates/countries')).body;
			expect(countries).toContain('EL');
			expect(countries).toContain('XI');
			expect(countries).not.toContain('GR');
			expect(countries).toHaveLength(28);
			const rates = (await api.get('v1.2/vatrates')).body;
			expect(rates[0]).toEqual({ RateId: expect.any(Number), Rate: expect.any(String), Symbol: expect.any(String), CountryCode: expect.any(String) });
			const at = await api.query('v1.2/vatrates', { $filter: "CountryCode eq 'AT'" });
			expect(at.body.map((r: any) => r.Rate)).toEqual(['20', '13', '10']);
		});
	});

	describe('sales invoices across versions', () => {
		it('one store, many views: created via v1.0, read via v1.1–v1.4 in their shapes', async () => {
			const { buyer, transfer, p23 } = await ids();
			const id = (await api.post('invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, IssueDate: '2024-06-10', Items: [{ ProductId: p23, Quantity: 2, ProductCurrencyNetPrice: 100 }] })).body;
			const v11 = (await api.get(`v1.1/invoices/${id}`)).body;
			expect(v11).toMatchObject({ InvoiceType: 0, Description: null, ReceivingPartyId: null });
			expect(v11.Items[0].ProductCurrencyPrice).toBe(100);
			expect(v11.Items[0].ProductCurrencyNetPrice).toBeUndefined();
			const v12 = (await api.get(`v1.2/invoices/${id}`)).body;
			expect(v12).toMatchObject({ IsOSSProcedure: false, OSSProcedureCountryCode: '' });
			expect(v12.Items[0].VatRateId).toBe(23);
			const v13 = (await api.get(`v1.3/invoices/${id}`)).body;
			expect(v13).toMatchObject({ NetTotal: 200, VatTotal: 46, GrossTotal: 246, PaymentDeadline: '2024-06-17T00:00:00+02:00' });
			expect(v13.CurrencyCode).toBeUndefined();
			const v14 = (await api.get(`v1.4/invoices/${id}`)).body;
			expect(Object.keys(v14).sort()).toEqual(['BankAccountId', 'BankAccountNumber', 'CurrencyCode', 'CurrencyConverter', 'CurrencyGrossTotal', 'CurrencyNetTotal', 'CurrencyRate', 'CurrencyRateDate', 'CurrencyRateType', 'CurrencyVatTotal', 'Description', 'DocumentCreatedByTaxPayer', 'GrossTotal', 'Id', 'InvoiceType', 'IsFinal', 'IsOSSProcedure', 'IssueDate', 'Items', 'NetTotal', 'Number', 'OSSProcedureCountryCode', 'PaymentDeadline', 'PaymentId', 'PaymentStatus', 'PaymentType', 'PaymentTypeId', 'PurchasingParty', 'PurchasingPartyId', 'ReceivingParty', 'ReceivingPartyId', 'SalesDate', 'Status', 'VatTotal']);
			expect(v14).toMatchObject({ CurrencyCode: 'PLN', CurrencyGrossTotal: 246, PaymentType: 1, PurchasingParty: { Nip: '6770065406', City: 'Kraków' } });
			expect(v14.Items[0]).toMatchObject({ ProductName: 'Usługa informatyczna', UnitOfMeasurement: 'godz.', ProductPrice: 100 });
			expect((await api.get('v1.5/invoices')).status).toBe(404);
		});

		it('v1.1+ creates need ProductCurrencyPrice; InvoiceType 1 means gross prices; totals per VAT rate', async () => {
			const { buyer, transfer, p23, p8, p5 } = await ids();
			expect((await api.post('v1.4/invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, Items: [{ ProductId: p23, Quantity: 1, ProductCurrencyNetPrice: 1 }] })).status).toBe(400);
			const net = (await api.post('v1.4/invoices', {
				PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, InvoiceType: 0,
				Items: [{ ProductId: p23, Quantity: 3, ProductCurrencyPrice: 10.01 }, { ProductId: p8, Quantity: 1, ProductCurrencyPrice: 100 }, { ProductId: p5, Quantity: 2, ProductCurrencyPrice: 9.99 }],
			})).body;
			const n = (await api.get(`v1.4/invoices/${net}`)).body;
			// 30.03 @23 % = 6.91; 100 @8 % = 8.00; 19.98 @5 % = 1.00
			expect(n).toMatchObject({ NetTotal: 150.01, VatTotal: 15.91, GrossTotal: 165.92 });
			const gross = (await api.post('v1.4/invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, InvoiceType: 1, Items: [{ ProductId: p23, Quantity: 1, ProductCurrencyPrice: 123 }] })).body;
			const g = (await api.get(`v1.4/invoices/${gross}`)).body;
			expect(g).toMatchObject({ InvoiceType: 1, NetTotal: 100, VatTotal: 23, GrossTotal: 123 });
			// the v1.0 view shows the net unit price of a gross-priced document
			expect((await api.get(`invoices/${gross}`)).body.Items[0].ProductCurrencyNetPrice).toBe(100);
		});

		it('PaymentDeadline (v1.3+) defaults to issue date + payment term and is writable; foreign currency in v1.4', async () => {
			const { buyer, transfer } = await ids();
			const id = (await api.post('v1.3/invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, IssueDate: '2024-02-01', PaymentDeadline: '2024-03-15' })).body;
			expect((await api.get(`v1.4/invoices/${id}`)).body.PaymentDeadline).toBe('2024-03-15T00:00:00+01:00');
			const fx = (await api.post('v1.4/invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, CurrencyCode: 'EUR', CurrencyRate: 4.3, Items: [{ ProductId: (await ids()).p23, Quantity: 1, ProductCurrencyPrice: 100 }] })).body;
			expect((await api.get(`v1.4/invoices/${fx}`)).body).toMatchObject({ CurrencyCode: 'EUR', CurrencyNetTotal: 100, NetTotal: 430, CurrencyGrossTotal: 123, GrossTotal: 528.9 });
			expect((await api.post('v1.4/invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, PaymentDeadline: 'soon' })).status).toBe(400);
		});

		it('number lookups: /number/{n} on v1.0/v1.1, ?number= on v1.2+ (single object)', async () => {
			expect((await api.get('invoices/number/FS/24/6/1')).body.Number).toBe('FS/24/6/1');
			expect((await api.get('v1.1/invoices/number/FS%2F24%2F6%2F1')).body.Number).toBe('FS/24/6/1');
			const q = await api.get(`v1.4/invoices?number=${encodeURIComponent('FS/24/6/1')}`);
			expect(q.body).toMatchObject({ Number: 'FS/24/6/1', Status: 1 });
			expect((await api.get('v1.2/invoices?number=FS%2F99%2F1%2F1')).status).toBe(404);
			expect((await api.get(`v1.4/proformas?number=${encodeURIComponent('PF/24/6/1')}`)).body.Number).toBe('PF/24/6/1');
			expect((await api.get('proformas/number/PF/24/6/1')).body.Number).toBe('PF/24/6/1');
		});

		it('confirm creates the receivable in paymentdetails; PUT v1.4/payments settles it', async () => {
			const { buyer, transfer, p23 } = await ids();
			const id = (await api.post('v1.4/invoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, Items: [{ ProductId: p23, Quantity: 1, ProductCurrencyPrice: 100 }] })).body;
			expect((await api.put('v1.4/invoices/confirm', { Id: id })).status).toBe(204);
			const inv = (await api.get(`v1.4/invoices/${id}`)).body;
			expect(inv.Status).toBe(1);
			expect(inv.PaymentId).toEqual(expect.any(Number));
			expect((await api.put('v1.4/invoices', { Id: id, Description: 'x' })).status).toBe(400);
			const details = await api.query('v1.4/paymentdetails', { $filter: `PaymentId eq ${inv.PaymentId}` });
			expect(details.body).toHaveLength(1);
			expect(details.body[0]).toMatchObject({ PaymentType: 'INCOME', DocumentNumber: inv.Number, Amount: 123, Payable: true });
			expect((await api.put('v1.4/payments', { PaymentId: inv.PaymentId, Payable: false })).status).toBe(204);
			expect((await api.query('v1.4/paymentdetails', { $filter: `PaymentId eq ${inv.PaymentId}` })).body[0].Payable).toBe(false);
			expect((await api.get(`v1.4/invoices/${id}`)).body.PaymentStatus).toBe(1);
			expect((await api.put('v1.4/payments', [{ PaymentId: inv.PaymentId, PaymentStatus: 2 }])).status).toBe(204);
			expect((await api.get(`v1.4/invoices/${id}`)).body.PaymentStatus).toBe(2);
			expect((await api.put('v1.4/payments', { PaymentId: 1, Payable: false })).status).toBe(400);
			expect((await api.put('v1.4/payments', { Payable: false })).status).toBe(400);
		});

		it('GET v1.4/payments answers 400 {Code, Message}', async () => {
			const r = await api.get('v1.4/payments?$top=1');
			expect(r.status).toBe(400);
			expect(r.body).toEqual({ Code: expect.any(Number), Message: expect.any(String) });
		});

		it('paymentdetails carry the documented PaymentType strings and $filter works', async () => {
			const all = (await api.get('v1.4/paymentdetails')).body;
			expect(new Set(all.map((p: any) => p.PaymentType))).toEqual(new Set(['INCOME', 'OUTCOME', 'INCOME_TAX', 'TAX_OR_FEE', 'VAT', 'SOCIAL_INSURANCE']));
			expect(all[0].SenderAddress).toHaveProperty('ApartmentNumbe');
			const zus = await api.query('v1.4/paymentdetails', { $filter: "PaymentType eq 'SOCIAL_INSURANCE' and Payable eq true" });
			expect(zus.body).toHaveLength(1);
		});
	});

	describe('proformas', () => {
		it('v1.4 shape, multi-delete with IdCollection', async () => {
			const { buyer, transfer, p23 } = await ids();
			const a = (await api.post('v1.4/proformas', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, Items: [{ ProductId: p23, Quantity: 1, ProductCurrencyPrice: 10 }] })).body;
			const b = (await api.post('v1.1/proformas', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id })).body;
			const pf = (await api.get(`v1.4/proformas/${a}`)).body;
			expect(pf).toMatchObject({ Status: 0, InvoiceDocIdNum: null, CurrencyCode: 'PLN' });
			expect(Object.keys(pf.Items[0])).toEqual(['ProductId', 'Quantity', 'ProductCurrencyPrice', 'ProductPrice', 'ProductDescription', 'VatRateId', 'Id']);
			expect((await api.put('v1.4/proformas', { Id: a, Description: 'Oferta' })).status).toBe(204);
			expect((await api.get(`v1.1/proformas/${a}`)).body.Description).toBe('Oferta');
			expect((await api.del('proformas', { IdCollection: [a, b] })).status).toBe(204);
			expect((await api.get(`v1.4/proformas/${a}`)).status).toBe(404);
			expect((await api.get(`v1.4/proformas/${b}`)).status).toBe(404);
		});
	});

	describe('advance invoices and finalize', () => {
		it('create, link with ?advanceId=, confirm, finalize one or all', async () => {
			const { buyer, transfer, p23 } = await ids();
			const first = (await api.post('v1.4/advanceInvoices', { PurchasingPartyId: buyer, PaymentTypeId: transfer.Id, CurrencyAdvance: 300, Items: [{ ProductId: p23, Quantity: 10, ProductCurrencyPrice: 100 }] })).body;
			const adv = (await api.get(`v1.4/advanceinvoices/${first}`)).body;
			expect(adv).toMatchObject({ Status: 0, CurrencyAdvance: 300, GrossTotal: 1230 });
			expect(adv.Number).toMatch(/^FZAL\//);
			const second = await api.post(`v1.4/advanceinvoices?advanceId=${first}`, { CurrencyAdvance: 500 });
			expect(second.status).toBe(200);
			expect((await api.get(`v1.4/advanceinvoices/${second.body}`)).body).toMatchObject({ PurchasingPartyId: buyer, CurrencyAdvance: 500 });
			expect((await api.post('v1.4/advanceinvoices?advanceId=1', {})).status).toBe(400);

			// finalize needs confirmed advances
			expect((await api.post(`v1.2/advanceInvoices/${first}/finalize?convertAll=true`, {})).status).toBe(400);
			expect((await api.put('v1.4/advanceInvoices/confirm', { IdCollection: [first, second.body] })).status).toBe(204);
			const fin = await api.post(`v1.2/advanceInvoices/${first}/finalize?convertAll=true`, undefined);
			expect(fin.status).toBe(200);
			expect(fin.body).toMatchObject({ IsFinal: true, PurchasingPartyId: buyer, NetTotal: 1000, VatTotal: 230, GrossTotal: 1230, Status: 0 });
			expect(fin.body.Number).toMatch(/^FS\//);
			expect((await api.get(`v1.4/invoices/${fin.body.Id}`)).body.IsFinal).toBe(true);
			expect((await api.post(`v1.2/advanceinvoices/${second.body}/finalize?convertAll=false`, {})).status).toBe(400);
		});

		it('finalize convertAll=false converts only the given advance invoice', async () => {
			const seeded = (await api.get('v1.4/advanceinvoices')).body;
			const [confirmedRoot] = seeded.filter((a: any) => a.Status === 1);
			const r = await api.post(`v1.2/advanceinvoices/${confirmedRoot.Id}/finalize?convertAll=false`, {});
			expect(r.status).toBe(200);
			expect(r.body.IsFinal).toBe(true);
			const sibling = seeded.find((a: any) => a.Status === 0);
			expect((await api.put('v1.4/advanceinvoices/confirm', sibling.Id)).status).toBe(204);
			expect((await api.post(`v1.2/advanceinvoices/${sibling.Id}/finalize?convertAll=maybe`, {})).status).toBe(400);
			expect((await api.post(`v1.2/advanceinvoices/${sibling.Id}/finalize`, {})).status).toBe(200);
		});
	});

	describe('corrections', () => {
		it('corrective invoice from ?documentId= copies the confirmed source; update, confirm, print, delete', async () => {
			const src = (await api.get(`v1.4/invoices?number=${encodeURIComponent('FS/24/6/1')}`)).body;
			expect((await api.post('v1.4/correctiveinvoices', {})).status).toBe(400);
			const draftSrc = (await api.query('v1.4/invoices', { $filter: 'Status eq 0' })).body[0];
			expect((await api.post(`v1.4/correctiveinvoices?documentId=${draftSrc.Id}`, {})).status).toBe(400);
			const id = (await api.post(`v1.4/correctiveinvoices?documentId=${src.Id}`, { CorrectionReasonText: 'Błędna cena' })).body;
			const k = (await api.get(`v1.4/correctiveinvoices/${id}`)).body;
			expect(k).toMatchObject({ CorrectedId: src.Id, Status: 0, CorrectionReasonText: 'Błędna cena', PurchasingPartyId: src.PurchasingPartyId, GrossTotal: src.GrossTotal });
			expect(k.Number).toMatch(/^KOR\//);
			expect(k.Items[0].ProductId).toBe(src.Items[0].ProductId);
			expect(k.Items[0].Id).not.toBe(src.Items[0].Id);
			expect((await api.put('v1.4/correctiveinvoices', { Id: id, Items: [{ Id: k.Items[0].Id, ProductCurrencyPrice: 90 }] })).status).toBe(204);
			expect((await api.get(`v1.4/correctiveinvoices/${id}`)).body).toMatchObject({ NetTotal: 90, GrossTotal: 110.7 });
			const pdf = decodePrint((await api.get(`v1.4/correctiveinvoices/${id}/print`)).body).toString('latin1');
			expect(pdf).toContain(k.Number);
			expect((await api.put('v1.4/correctiveinvoices/confirm', [id])).status).toBe(204);
			expect((await api.del(`v1.4/correctiveinvoices/${id}`)).status).toBe(400);
		});

		it('corrective advance invoice from a confirmed advance invoice', async () => {
			const adv = (await api.get('v1.4/advanceinvoices')).body.find((a: any) => a.Status === 1);
			const id = (await api.post(`v1.4/correctiveadvanceinvoices?documentId=${adv.Id}`, {})).body;
			const k = (await api.get(`v1.4/correctiveadvanceinvoices/${id}`)).body;
			expect(k).toMatchObject({ CorrectedId: adv.Id, Status: 0 });
			expect((await api.del(`v1.4/correctiveadvanceinvoices/${id}`)).status).toBe(204);
		});
	});

	describe('read-only families and prints', () => {
		it('margin invoices: read + print; no writes', async () => {
			const list = (await api.get('v1.4/profitmargininvoices')).body;
			expect(list[0]).toMatchObject({ ProfitMarginInvoiceProcedureType: 4, ProfitMarginTotal: 300, GrossTotal: 1200 });
			expect((await api.get(`v1.4/profitmargininvoices/${list[0].Id}`)).body.Id).toBe(list[0].Id);
			expect(decodePrint((await api.get(`v1.4/profitmargininvoices/${list[0].Id}/print`)).body).toString('latin1')).toContain(list[0].Number);
			expect((await api.post('v1.4/profitmargininvoices', {})).status).toBe(405);
		});

		it('purchase invoices and the VAT purchase register', async () => {
			const pi = (await api.get('v1.4/purchaseinvoices')).body;
			expect(pi[0]).toMatchObject({ SellingPartyId: expect.any(Number), PurchaseDate: expect.stringMatching(/T00:00:00\+0[12]:00$/), NetTotal: 620, VatTotal: 142.6 });
			expect((await api.get(`v1.4/purchaseinvoices/${pi[0].Id}`)).body.Id).toBe(pi[0].Id);
			expect((await api.post('v1.4/purchaseinvoices', {})).status).toBe(405);
			const books = (await api.get('v1.4/vatpurchasebooks')).body;
			expect(books.length).toBe(4);
			expect(books[0]).toHaveProperty('VATDeclatationDate');
			expect((await api.query('v1.4/vatpurchasebooks', { $filter: 'IncludedInJPKV7 eq true' })).body.length).toBe(2);
		});

		it('prints of every printable family, old and new routes', async () => {
			const inv = (await api.get('v1.4/invoices')).body[0];
			const pf = (await api.get('v1.4/proformas')).body[0];
			const tpl = (await api.get('customprints')).body.find((t: any) => t.Type === 0);
			for (const path of [
				`v1.4/invoices/${inv.Id}/print`, `v1.2/invoices/${inv.Id}/print?customPrintId=${tpl.Id}`, `v1.1/invoices/print/${inv.Id}`,
				`v1.1/proformas/print/${pf.Id}`, `v1.2/proformas/${pf.Id}/print`, `v1.4/proformas/${pf.Id}/print`,
			]) {
				const r = await api.get(path);
				expect(r.status).toBe(200);
				const pdf = decodePrint(r.body).toString('latin1');
				expect(pdf.startsWith('%PDF')).toBe(true);
				expect(pdf).toContain(path.includes('proformas') ? pf.Number : inv.Number);
			}
			expect(decodePrint((await api.get(`v1.4/invoices/${inv.Id}/print?customPrintId=${tpl.Id}`)).body).toString('latin1')).toContain('Szablon: Faktura');
			const bad = await api.get('v1.4/invoices/1/print');
			expect(bad.status).toBe(400);
			expect(bad.body).toEqual({ Code: expect.any(Number), Data: null, Message: expect.any(String) });
		});
	});
});

describe('sandbox: Betterfly edition', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'betterfly' })));
	afterAll(() => sb.stop());

	it('serves the v1.5 families in parallel with v1.4 and the legacy paths', async () => {
		for (const path of ['v1.5/invoices', 'v1.5/advanceinvoices', 'v1.5/correctiveinvoices', 'v1.5/correctiveadvanceinvoices', 'v1.5/purchaseinvoices', 'v1.5/paymentdetails', 'v1.4/invoices', 'invoices', 'v1.2/customers', 'products']) {
			const r = await api.get(path);
			expect([path, r.status]).toEqual([path, 200]);
			expect(Array.isArray(r.body)).toBe(true);
		}
		const [v14, v15] = [(await api.get('v1.4/invoices')).body, (await api.get('v1.5/invoices')).body];
		expect(v15.map((i: any) => i.Id)).toEqual(v14.map((i: any) => i.Id));
	});

	it('v1.5 paymentdetails use the live key list', async () => {
		const [p] = (await api.get('v1.5/paymentdetails?$top=1')).body;
		expect(Object.keys(p)).toEqual(['Amount', 'Balance', 'CashAccounting', 'CreationDate', 'Currency', 'DocumentId', 'DocumentNumber', 'DocumentType', 'DueDate', 'ExchangeRate', 'ExportStatus', 'IssueDate', 'Payable', 'PaymentDirection', 'PaymentId', 'PaymentStatus', 'PaymentType', 'RecipientAccountNumber', 'RecipientAddress', 'RecipientName', 'RecipientTaxId', 'SenderAccountNumber', 'SenderAddress', 'SenderName', 'SenderTaxId', 'SplitPayment', 'Title', 'UpdateDate', 'VatAmount']);
	});

	it('v1.5 invoice CRUD and corrective workflow', async () => {
		const c = (await api.get('v1.2/customers')).body[0];
		const pt = (await api.get('paymenttypes')).body[0];
		const pr = (await api.get('products')).body[0];
		const id = (await api.post('v1.5/invoices', { PurchasingPartyId: c.Id, PaymentTypeId: pt.Id, Items: [{ ProductId: pr.Id, Quantity: 1, ProductCurrencyPrice: 10 }] })).body;
		expect((await api.put('v1.5/invoices', { Id: id, Description: 'v1.5' })).status).toBe(204);
		expect((await api.put('v1.5/invoices/confirm', { Id: id })).status).toBe(204);
		const k = await api.post(`v1.5/correctiveinvoices?documentId=${id}`, {});
		expect(k.status).toBe(200);
		expect((await api.get(`v1.4/correctiveinvoices/${k.body}`)).body.CorrectedId).toBe(id);
	});
});
