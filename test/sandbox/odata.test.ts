/* eslint-disable @typescript-eslint/no-explicit-any -- test code, not n8n node code */
import { Api, Sandbox, withSandbox } from './helpers';

describe('sandbox: OData query subset', () => {
	let sb: Sandbox;
	let api: Api;
	beforeAll(async () => ({ sb, api } = await withSandbox({ edition: 'pl' })));
	afterAll(() => sb.stop());

	const q = (path: string, params: Record<string, string | number>) => api.query(path, params);
	const names = (r: { body: any[] }) => r.body.map((x) => x.Name);

	it('eq / or on strings (documented example)', async () => {
		const r = await q('products', { $filter: "Name eq 'Mysz komputerowa' or ProductCode eq 'P/000001'" });
		expect(r.status).toBe(200);
		expect(names(r).sort()).toEqual(['Mysz komputerowa', 'Usługa informatyczna']);
	});

	it('ge / le on numbers with and (documented example)', async () => {
		const r = await q('products', { $filter: 'SaleGrossPrice ge 50 and SaleGrossPrice le 130' });
		expect(r.body.length).toBeGreaterThan(0);
		for (const p of r.body) expect(p.SaleGrossPrice >= 50 && p.SaleGrossPrice <= 130).toBe(true);
		const gt = await q('products', { $filter: 'SaleNetPrice gt 4000' });
		expect(names(gt)).toEqual(['Laptop Dell Latitude 5440']);
		const lt = await q('products', { $filter: 'SaleNetPrice lt 10' });
		expect(names(lt)).toEqual(['Chleb żytni 1 kg']);
	});

	it('ne, not and parentheses', async () => {
		const all = (await api.get('products')).body.length;
		const ne = await q('products', { $filter: 'Rate ne 9' });
		const notEq = await q('products', { $filter: 'not Rate eq 9' });
		expect(ne.body.length).toBe(notEq.body.length);
		expect(ne.body.length).toBeLessThan(all);
		const paren = await q('products', { $filter: "(Rate eq 7 or Rate eq 8) and not (Name eq 'Usługa cateringowa')" });
		expect(names(paren).sort()).toEqual(['Chleb żytni 1 kg', 'Książka „Podatki w firmie”']);
		const notParen = await q('products', { $filter: 'not (Rate eq 9 or Rate eq 7)' });
		expect(notParen.body.every((p: any) => p.Rate !== 9 && p.Rate !== 7)).toBe(true);
	});

	it("single-quoted strings with '' escaping", async () => {
		const r = await q('v1.1/invoices', { $filter: "Description eq 'Faktura za serwis O''Reilly'" });
		expect(r.body).toHaveLength(1);
		expect(r.body[0].Description).toBe("Faktura za serwis O'Reilly");
	});

	it('null, true/false', async () => {
		const converted = await q('proformas', { $filter: 'InvoiceDocIdNum ne null' });
		expect(converted.body.length).toBe(1);
		const open = await q('proformas', { $filter: 'InvoiceDocIdNum eq null' });
		expect(open.body.length).toBe((await api.get('proformas')).body.length - 1);
		const oss = await q('v1.4/invoices', { $filter: 'IsOSSProcedure eq false and IsFinal eq false' });
		expect(oss.body.length).toBe((await api.get('v1.4/invoices')).body.length);
		const desc = await q('v1.1/invoices', { $filter: 'Description eq null' });
		expect(desc.body.every((i: any) => i.Description === null)).toBe(true);
	});

	it('dates: bare ISO (v4), datetime literal (v3), calendar-date comparison', async () => {
		const v4 = await q('v1.4/invoices', { $filter: 'IssueDate ge 2024-06-01 and IssueDate lt 2024-07-01' });
		const v3 = await q('v1.4/invoices', { $filter: "IssueDate ge datetime'2024-06-01T00:00:00' and IssueDate lt datetime'2024-07-01T00:00:00'" });
		expect(v4.body.length).toBeGreaterThan(0);
		expect(v3.body.map((i: any) => i.Id)).toEqual(v4.body.map((i: any) => i.Id));
		for (const i of v4.body) expect(i.IssueDate.slice(0, 7)).toBe('2024-06');
		const eq = await q('v1.4/invoices', { $filter: 'IssueDate eq 2024-06-05' });
		expect(eq.body.map((i: any) => i.Number)).toEqual(['FS/24/6/1']);
		const quoted = await q('v1.4/invoices', { $filter: "IssueDate eq '2024-06-05'" });
		expect(quoted.body).toHaveLength(1);
		const offset = await q('v1.4/invoices', { $filter: 'IssueDate eq 2024-06-04T22:00:00Z' });
		expect(offset.body.map((i: any) => i.Number)).toEqual(['FS/24/6/1']);
	});

	it('nested properties and string functions', async () => {
		const r = await q('v1.2/customers', { $filter: "Address/City eq 'Kraków'" });
		expect(names(r).sort()).toEqual(['COMARCH SPÓŁKA AKCYJNA', 'Tech-Serwis Wójcik']);
		const c = await q('v1.2/customers', { $filter: "contains(Name,'Nowak') or startswith(Name,'Hurtownia')" });
		expect(c.body).toHaveLength(2);
	});

	it('$orderby with several keys and directions', async () => {
		const r = await q('products', { $orderby: 'Rate desc, SaleNetPrice asc' });
		const rows = r.body.map((p: any) => [p.Rate, p.SaleNetPrice]);
		const sorted = [...rows].sort((a, b) => b[0] - a[0] || a[1] - b[1]);
		expect(rows).toEqual(sorted);
		const inv = await q('v1.4/invoices', { $orderby: 'IssueDate desc, Id desc', $skip: 0, $top: 3 });
		expect(inv.body).toHaveLength(3);
		expect(inv.body[0].IssueDate >= inv.body[1].IssueDate).toBe(true);
	});

	it('$top / $skip paging, without and with filter; unknown params ignored', async () => {
		const all = (await api.get('v1.4/invoices')).body;
		const page1 = await q('v1.4/invoices', { $top: 3, $skip: 0 });
		const page2 = await q('v1.4/invoices', { $top: 3, $skip: 3, page: 7, limit: 1 });
		expect([...page1.body, ...page2.body].map((i: any) => i.Id)).toEqual(all.slice(0, 6).map((i: any) => i.Id));
		expect((await q('v1.4/invoices', { $skip: 1000 })).body).toEqual([]);
		const filtered = await q('v1.4/invoices', { $filter: 'Status eq 1', $orderby: 'Id desc', $top: 2, $skip: 1 });
		const expected = all.filter((i: any) => i.Status === 1).map((i: any) => i.Id).sort((a: number, b: number) => b - a).slice(1, 3);
		expect(filtered.body.map((i: any) => i.Id)).toEqual(expected);
	});

	it('a filter that matches one record still answers an array', async () => {
		const r = await q('customers', { $filter: "CustomerTaxNumber eq '6770065406'" });
		expect(Array.isArray(r.body)).toBe(true);
		expect(r.body).toHaveLength(1);
	});

	it.each([
		["Name eq 'unterminated"],
		['Name eq'],
		['(Rate eq 9'],
		['Rate eq 9 xor Rate eq 8'],
		['Rate eq 9)'],
		['NoSuchProperty eq 1'],
		['IssueDate eq 2024-13-45'],
		['frobnicate(Name)'],
	])('malformed $filter %s → 400 {Code, Message}', async (filter) => {
		const r = await q('products', { $filter: filter });
		expect(r.status).toBe(400);
		expect(r.body).toEqual({ Code: expect.any(Number), Message: expect.any(String) });
	});

	it('invalid $top / $skip / $orderby → 400', async () => {
		expect((await q('products', { $top: -1 })).status).toBe(400);
		expect((await q('products', { $skip: 'abc' })).status).toBe(400);
		expect((await q('products', { $orderby: 'Name sideways' })).status).toBe(400);
	});
});
