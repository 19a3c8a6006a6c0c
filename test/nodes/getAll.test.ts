import { API, erp, jsonItems, run, runOk, tokenScope, useNock } from './setup';

const PRODUCTS = `${API}/products`;
const INVOICES = `${API}/invoices`;

/** Products with ids from..from+count-1 (only what paging needs). */
function page(from: number, count: number) {
	return Array.from({ length: count }, (_, index) => ({ Id: from + index, Name: `Product ${from + index}` }));
}

const ids = (output: Array<{ json: { Id?: unknown } }>) => output.map((item) => item.json.Id);
const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);

describe('Get Many', () => {
	useNock();

	describe('paging', () => {
		it('Return All reads pages of 500; a short page is confirmed by one more (empty) page', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 500))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '500' })
				.reply(200, page(501, 500))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '1000' })
				.reply(200, page(1001, 120))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '1120' })
				.reply(200, []);

			const output = await runOk({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(ids(output)).toEqual(range(1, 1120));
			expect(output.every((item) => item.pairedItem && (item.pairedItem as { item: number }).item === 0)).toBe(true);
			api.done();
		});

		it('Return All stops on an empty page after full ones', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 500))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '500' })
				.reply(200, []);

			const output = await runOk({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(ids(output)).toEqual(range(1, 500));
			api.done();
		});

		it('Limit above one page asks only for what is still missing', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 500))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '500' })
				.reply(200, page(501, 500))
				.get(PRODUCTS)
				.query({ $top: '200', $skip: '1000' })
				.reply(200, page(1001, 200));

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 1200, simplify: false });

			expect(ids(output)).toEqual(range(1, 1200));
			api.done();
		});

		it('a short first page within a Limit is confirmed with $top = what is still missing', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '7', $skip: '0' })
				.reply(200, page(1, 3))
				.get(PRODUCTS)
				.query({ $top: '4', $skip: '3' })
				.reply(200, []);

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 7, simplify: false });

			expect(ids(output)).toEqual(range(1, 3));
			api.done();
		});

		it('a server that caps pages below $top: a second page of the same length continues paging until a shorter one', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 100))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '100' })
				.reply(200, page(101, 100))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '200' })
				.reply(200, page(201, 100))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '300' })
				.reply(200, page(301, 40));

			const output = await runOk({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(ids(output)).toEqual(range(1, 340));
			api.done();
		});

		it('a server cap with a list ending exactly on a page boundary stops at the first empty page', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 100))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '100' })
				.reply(200, page(101, 100))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '200' })
				.reply(200, []);

			const output = await runOk({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(ids(output)).toEqual(range(1, 200));
			api.done();
		});

		it('a confirming page shorter than the short first page ends the list (no further request)', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 100))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '100' })
				.reply(200, page(101, 30));

			const output = await runOk({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(ids(output)).toEqual(range(1, 130));
			api.done();
		});

		it('a server cap under a Limit keeps asking for the remaining Limit and stops when it is reached', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '250', $skip: '0' })
				.reply(200, page(1, 100))
				.get(PRODUCTS)
				.query({ $top: '150', $skip: '100' })
				.reply(200, page(101, 100))
				.get(PRODUCTS)
				.query({ $top: '50', $skip: '200' })
				.reply(200, page(201, 50));

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 250, simplify: false });

			expect(ids(output)).toEqual(range(1, 250));
			api.done();
		});

		it('Limit within one page makes one request with $top = limit', async () => {
			tokenScope();
			const api = erp().get(PRODUCTS).query({ $top: '7', $skip: '0' }).reply(200, page(1, 7));

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 7, simplify: false });

			expect(ids(output)).toEqual(range(1, 7));
			api.done();
		});

		it('a server that ignores $skip is reported instead of looping forever or returning a cut list', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 500))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '500' })
				.reply(200, page(1, 500));

			const { error, output } = await run({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(output).toEqual([]);
			expect(error?.name).toBe('NodeOperationError');
			expect(error?.message).toBe('ERP XT ignored paging and sent the same records again after 500; the list is incomplete');
			expect(error?.description).toBe('Narrow the list with Filters, or turn off Return All and use Limit.');
			api.done();
		});

		it('a server that ignores $skip only on the confirming request of a short page gives the short page, once', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '50', $skip: '0' })
				.reply(200, page(1, 20))
				.get(PRODUCTS)
				.query({ $top: '30', $skip: '20' })
				.reply(200, page(1, 20));

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 50, simplify: false });

			// The short first page was already the whole list; the repeat adds nothing and ends paging.
			expect(output.map((item) => item.json.Id)).toEqual(page(1, 20).map((record) => record.Id));
			api.done();
		});

		it('a first page refused with 400 is read once more without $top/$skip and taken as the whole list', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $filter: "Name eq 'Kabel'", $top: '500', $skip: '0' })
				.reply(400, { Message: 'The query specified in the URI is not valid.' })
				.get(PRODUCTS)
				.query({ $filter: "Name eq 'Kabel'" })
				.reply(200, page(1, 3));

			const output = await runOk({
				resource: 'product',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { conditions: [{ field: 'Name', operator: 'eq', value: 'Kabel' }] },
			});

			expect(ids(output)).toEqual(range(1, 3));
			api.done();
		});

		it('a first page refused with 400: the unpaged answer is still cut to the Limit', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '2', $skip: '0' })
				.reply(400, { Message: 'The query specified in the URI is not valid.' })
				.get(PRODUCTS)
				.reply(200, page(1, 5));

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 2, simplify: false });

			expect(ids(output)).toEqual([1, 2]);
			api.done();
		});

		it('a first-page 400 caused by a bad filter is reported after the single unpaged retry', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $filter: 'Name eq', $top: '50', $skip: '0' })
				.reply(400, { Message: "Syntax error at position 7 in 'Name eq'." })
				.get(PRODUCTS)
				.query({ $filter: 'Name eq' })
				.reply(400, { Message: "Syntax error at position 7 in 'Name eq'." });

			const { error, output } = await run({ resource: 'product', operation: 'getAll', options: { rawFilter: 'Name eq' } });

			expect(output).toEqual([]);
			expect(error?.message).toBe("ERP XT rejected the list of products: Syntax error at position 7 in 'Name eq'.");
			api.done();
		});

		it('a 400 on a later page is an error, not a silent re-read', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '0' })
				.reply(200, page(1, 500))
				.get(PRODUCTS)
				.query({ $top: '500', $skip: '500' })
				.reply(400, { Message: 'Bad paging' });

			const { error, output } = await run({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(output).toEqual([]);
			expect(error?.message).toBe('ERP XT rejected the list of products: Bad paging');
			expect(error?.httpCode).toBe('400');
			api.done();
		});

		it('a server that ignores $top: Return All takes the whole answer in one request', async () => {
			tokenScope();
			const api = erp().get(PRODUCTS).query({ $top: '500', $skip: '0' }).reply(200, page(1, 1300));

			const output = await runOk({ resource: 'product', operation: 'getAll', returnAll: true, simplify: false });

			expect(ids(output)).toEqual(range(1, 1300));
			api.done();
		});

		it('a server that ignores $top: Limit still caps the output', async () => {
			tokenScope();
			const api = erp().get(PRODUCTS).query({ $top: '10', $skip: '0' }).reply(200, page(1, 40));

			const output = await runOk({ resource: 'product', operation: 'getAll', limit: 10, simplify: false });

			expect(ids(output)).toEqual(range(1, 10));
			api.done();
		});
	});

	describe('filters → $filter', () => {
		async function expectFilter(parameters: Record<string, unknown>, query: Record<string, string>, path = PRODUCTS) {
			tokenScope();
			const api = erp()
				.get(path)
				.query({ $top: '50', $skip: '0', ...query })
				.reply(200, []);
			const output = await runOk({ operation: 'getAll', resource: 'product', ...parameters });
			expect(output).toEqual([]);
			api.done();
		}

		it("quotes strings and doubles embedded quotes (O'Brien)", async () => {
			await expectFilter(
				{ resource: 'customer', filters: { conditions: [{ field: 'Name', operator: 'eq', value: "O'Brien GmbH" }] } },
				{ $filter: "Name eq 'O''Brien GmbH'" },
				`${API}/customers`,
			);
		});

		it('keeps a tax number on a string field quoted even though it looks like a number', async () => {
			await expectFilter(
				{ resource: 'customer', filters: { conditions: [{ field: 'CustomerTaxNumber', operator: 'eq', value: '6770065406' }] } },
				{ $filter: "CustomerTaxNumber eq '6770065406'" },
				`${API}/customers`,
			);
		});

		it('writes numbers unquoted and joins conditions with and', async () => {
			await expectFilter(
				{
					filters: {
						conditions: [
							{ field: 'SaleGrossPrice', operator: 'ge', value: '199.99' },
							{ field: 'SaleGrossPrice', operator: 'le', value: '300' },
						],
					},
				},
				{ $filter: 'SaleGrossPrice ge 199.99 and SaleGrossPrice le 300' },
			);
		});

		it('Match any condition joins with or', async () => {
			await expectFilter(
				{
					filters: {
						conditions: [
							{ field: 'Name', operator: 'eq', value: 'Produkt' },
							{ field: 'ProductCode', operator: 'eq', value: 'P/000001' },
						],
					},
					options: { combine: 'or' },
				},
				{ $filter: "Name eq 'Produkt' or ProductCode eq 'P/000001'" },
			);
		});

		it('writes dates by default as the day\'s midnight in Central European summer time (+02:00)', async () => {
			await expectFilter(
				{ resource: 'invoice', filters: { conditions: [{ field: 'IssueDate', operator: 'ge', value: '2024-06-01' }] } },
				{ $filter: 'IssueDate ge 2024-06-01T00:00:00+02:00' },
				INVOICES,
			);
		});

		it('writes winter dates with +01:00 by default', async () => {
			await expectFilter(
				{ resource: 'invoice', filters: { conditions: [{ field: 'IssueDate', operator: 'lt', value: '2024-01-15' }] } },
				{ $filter: 'IssueDate lt 2024-01-15T00:00:00+01:00' },
				INVOICES,
			);
		});

		it('uses the offset valid at local midnight on the days the clocks change', async () => {
			await expectFilter(
				{
					resource: 'invoice',
					filters: {
						conditions: [
							{ field: 'IssueDate', operator: 'ge', value: '2024-03-31' },
							{ field: 'IssueDate', operator: 'le', value: '2024-10-27' },
						],
					},
				},
				{ $filter: 'IssueDate ge 2024-03-31T00:00:00+01:00 and IssueDate le 2024-10-27T00:00:00+02:00' },
				INVOICES,
			);
		});

		it('writes bare dates with Date Only (iso)', async () => {
			await expectFilter(
				{
					resource: 'invoice',
					filters: { conditions: [{ field: 'IssueDate', operator: 'ge', value: '2024-06-01' }] },
					options: { dateLiteralStyle: 'iso' },
				},
				{ $filter: 'IssueDate ge 2024-06-01' },
				INVOICES,
			);
		});

		it('takes the Central European date of a timestamp with Z or an offset, the date part of one without', async () => {
			await expectFilter(
				{
					resource: 'invoice',
					filters: {
						conditions: [
							{ field: 'IssueDate', operator: 'ge', value: '2024-06-04T22:30:00Z' },
							{ field: 'IssueDate', operator: 'lt', value: '2024-06-05T00:30:00+05:00' },
							{ field: 'IssueDate', operator: 'le', value: '2024-01-15T23:30:00.000Z' },
							{ field: 'IssueDate', operator: 'ge', value: '2024-06-04T23:59:00' },
						],
					},
					options: { dateLiteralStyle: 'iso' },
				},
				{
					$filter:
						'IssueDate ge 2024-06-05 and IssueDate lt 2024-06-04 and IssueDate le 2024-01-16 and IssueDate ge 2024-06-04',
				},
				INVOICES,
			);
		});

		it("writes dates as datetime'…' literals in the OData v3 style", async () => {
			await expectFilter(
				{
					resource: 'invoice',
					filters: { conditions: [{ field: 'IssueDate', operator: 'lt', value: '2024-07-01T10:00:00' }] },
					options: { dateLiteralStyle: 'datetime' },
				},
				{ $filter: "IssueDate lt datetime'2024-07-01T00:00:00'" },
				INVOICES,
			);
		});

		it('Is Empty / Is Not Empty become eq null / ne null', async () => {
			await expectFilter(
				{
					resource: 'proforma',
					filters: {
						conditions: [
							{ field: 'InvoiceDocIdNum', operator: 'isEmpty' },
							{ field: 'BankAccountId', operator: 'isNotEmpty' },
						],
					},
				},
				{ $filter: 'InvoiceDocIdNum eq null and BankAccountId ne null' },
				`${API}/proformas`,
			);
		});

		it('combines the builder and a raw filter with parentheses', async () => {
			await expectFilter(
				{
					resource: 'customer',
					filters: {
						conditions: [
							{ field: 'Name', operator: 'eq', value: 'Comarch' },
							{ field: 'Address/City', operator: 'eq', value: 'Kraków' },
						],
					},
					options: { combine: 'or', rawFilter: "Mail eq 'demo@comarch.pl'" },
				},
				{ $filter: "(Name eq 'Comarch' or Address/City eq 'Kraków') and (Mail eq 'demo@comarch.pl')" },
				`${API}/customers`,
			);
		});

		it('passes a raw filter alone unchanged', async () => {
			await expectFilter(
				{ options: { rawFilter: "Name eq 'Produkt' or ProductCode eq 'P/000001'" } },
				{ $filter: "Name eq 'Produkt' or ProductCode eq 'P/000001'" },
			);
		});

		it('accepts a field name given by expression with a dotted path', async () => {
			await expectFilter(
				{ resource: 'customer', filters: { conditions: [{ field: 'Address.PostalCode', operator: 'eq', value: '31-864' }] } },
				{ $filter: "Address/PostalCode eq '31-864'" },
				`${API}/customers`,
			);
		});

		it('Sort becomes $orderby', async () => {
			await expectFilter(
				{
					resource: 'invoice',
					sort: {
						rules: [
							{ field: 'IssueDate', direction: 'desc' },
							{ field: 'Id', direction: 'asc' },
						],
					},
				},
				{ $orderby: 'IssueDate desc, Id asc' },
				INVOICES,
			);
		});

		it('refuses a non-number on a number field before any request', async () => {
			const { error } = await run({
				resource: 'product',
				operation: 'getAll',
				filters: { conditions: [{ field: 'SaleGrossPrice', operator: 'ge', value: 'cheap' }] },
			});

			expect(error?.message).toBe('Filter on Sale Gross Price needs a number, not "cheap"');
		});

		it('refuses an invalid date on a date field before any request', async () => {
			const { error } = await run({
				resource: 'invoice',
				operation: 'getAll',
				filters: { conditions: [{ field: 'IssueDate', operator: 'ge', value: '2024-02-30' }] },
			});

			expect(error?.message).toBe('Filter on Issue Date needs a date like 2024-06-05, not "2024-02-30"');
		});

		it('refuses a field name that could inject into the filter', async () => {
			const { error } = await run({
				resource: 'product',
				operation: 'getAll',
				filters: { conditions: [{ field: "Name eq 'x' or Id", operator: 'gt', value: '0' }] },
			});

			expect(error?.message).toMatch(/is not a field name ERP XT can filter or sort by/);
		});
	});

	it('resolves Json.NET $ref markers and drops $id from legacy lists', async () => {
		tokenScope();
		const address = { $id: '2', City: 'Berlin', Id: 7001 };
		const api = erp()
			.get(`${API}/customers`)
			.query({ $top: '50', $skip: '0' })
			.reply(200, [
				{ $id: '1', Name: 'A', Address: address, Id: 1 },
				{ $id: '3', Name: 'B', Address: { $ref: '2' }, Id: 2 },
			])
			.get(`${API}/customers`)
			.query({ $top: '48', $skip: '2' })
			.reply(200, []);

		const output = await runOk({ resource: 'customer', operation: 'getAll', simplify: false });

		expect(output.map((item) => item.json)).toEqual([
			{ Name: 'A', Address: { City: 'Berlin', Id: 7001 }, Id: 1 },
			{ Name: 'B', Address: { City: 'Berlin', Id: 7001 }, Id: 2 },
		]);
		api.done();
	});

	describe('Simplify', () => {
		const full = {
			Name: 'Mysz komputerowa',
			Description: '',
			ItemCode: '',
			ProductCode: 'P/000002',
			UnitOfMeasurment: 'szt.',
			Rate: 9,
			SaleNetPrice: 50,
			SaleGrossPrice: 61.5,
			Quantity: 0,
			ProductType: 0,
			Id: 10951199,
		};

		it('on: at most ten fields', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '50', $skip: '0' })
				.reply(200, [full])
				.get(PRODUCTS)
				.query({ $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk({ resource: 'product', operation: 'getAll', simplify: true });

			const expected: Record<string, unknown> = { ...full };
			delete expected.ItemCode;
			expect(jsonItems(output)).toEqual([{ json: expected, pairedItem: { item: 0 } }]);
			expect(Object.keys(output[0].json).length).toBeLessThanOrEqual(10);
			api.done();
		});

		it('off: the records as ERP XT sent them', async () => {
			tokenScope();
			const api = erp()
				.get(PRODUCTS)
				.query({ $top: '50', $skip: '0' })
				.reply(200, [full])
				.get(PRODUCTS)
				.query({ $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk({ resource: 'product', operation: 'getAll', simplify: false });

			expect(jsonItems(output)).toEqual([{ json: full, pairedItem: { item: 0 } }]);
			api.done();
		});
	});
});
