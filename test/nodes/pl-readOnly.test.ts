import { byId, byNumber, erp, jsonItems, run, runOk, tokenScope, useNock } from './setup';
import type { EditionCase, Json } from './pl-setup';
import { EDITIONS, expectPdf, JSON_HEADERS, paired, pathOf, plFixture, PRINT_ANSWER } from './pl-setup';

interface ReadOnlyCase {
	resource: string;
	segment: string;
	version: (edition: EditionCase) => string;
	fixture: string;
	id: number;
	filters: Array<{ field: string; operator: string; value: string }>;
	filter: string;
	simplified: Json;
}

const RESOURCES: ReadOnlyCase[] = [
	{
		resource: 'marginInvoice',
		segment: 'profitmargininvoices',
		version: () => '1.4',
		fixture: 'margin-invoice',
		id: 2760820,
		filters: [{ field: 'Status', operator: 'eq', value: '1' }],
		filter: 'Status eq 1',
		simplified: {
			Id: 2760820,
			Number: 'FVM/24/6/1',
			Status: 1,
			IssueDate: '2024-06-05',
			PurchasingPartyId: 529611,
			ProfitMarginInvoiceProcedureType: 2,
			ProfitMarginTotal: 250,
			GrossTotal: 1500,
			CurrencyCode: 'PLN',
			PaymentStatus: 1,
		},
	},
	{
		resource: 'purchaseInvoice',
		segment: 'purchaseinvoices',
		version: (edition) => edition.current,
		fixture: 'purchase-invoice',
		id: 2760830,
		filters: [
			{ field: 'PaymentDeadline', operator: 'le', value: '2024-06-30' },
			{ field: 'SellingPartyId', operator: 'eq', value: '529700' },
		],
		filter: 'PaymentDeadline le 2024-06-30T00:00:00+02:00 and SellingPartyId eq 529700',
		simplified: {
			Id: 2760830,
			Number: 'FZ/2024/06/117',
			SellingPartyId: 529700,
			PurchaseDate: '2024-06-03',
			PaymentDeadline: '2024-06-20',
			PaymentStatus: 0,
			NetTotal: 400,
			VatTotal: 92,
			GrossTotal: 492,
			CurrencyCode: 'PLN',
		},
	},
	{
		resource: 'vatPurchaseRegister',
		segment: 'vatpurchasebooks',
		version: () => '1.4',
		fixture: 'vat-purchase-book',
		id: 2760840,
		filters: [
			{ field: 'ReceiptDate', operator: 'ge', value: '2024-06-01' },
			{ field: 'Number', operator: 'eq', value: 'FV/05/2024/88' },
		],
		filter: "ReceiptDate ge 2024-06-01T00:00:00+02:00 and Number eq 'FV/05/2024/88'",
		simplified: {
			Id: 2760840,
			Number: 'FV/05/2024/88',
			CustomerId: 529700,
			IssueDate: '2024-05-31',
			ReceiptDate: '2024-06-03',
			PurchaseDate: '2024-05-31',
			NetTotal: 1000,
			VatTotal: 230,
			GrossTotal: 1230,
			VATDeclatationDate: '2024-06-01',
		},
	},
];

const CASES = RESOURCES.flatMap((resource) =>
	EDITIONS.map((edition) => ({ ...resource, ...edition, path: pathOf(resource.version(edition), resource.segment) })),
);

describe('Read-only documents', () => {
	useNock();

	describe.each(CASES)('$resource — $label edition ($path)', (c) => {
		const { edition, resource, path } = c;
		const locator = `${resource}Id`;
		const record = plFixture(c.fixture);

		it('Get reads …/{id} and returns the record unchanged', async () => {
			tokenScope();
			const api = erp().get(`${path}/${c.id}`).reply(200, record);

			const output = await runOk({ resource, operation: 'get', [locator]: byId(c.id) }, { edition });

			expect(jsonItems(output)).toEqual([paired(record)]);
			api.done();
		});

		it('Get Many sends the filter conditions as one $filter and simplifies to ten fields', async () => {
			tokenScope();
			const api = erp()
				.get(path)
				.query({ $filter: c.filter, $top: '50', $skip: '0' })
				.reply(200, [record])
				.get(path)
				.query({ $filter: c.filter, $top: '49', $skip: '1' })
				.reply(200, []);

			const output = await runOk({ resource, operation: 'getAll', filters: { conditions: c.filters } }, { edition });

			expect(jsonItems(output)).toEqual([paired(c.simplified)]);
			expect(Object.keys(output[0].json)).toHaveLength(10);
			api.done();
		});

		it('Get Many with Return All and Simplify off returns the records as they are', async () => {
			tokenScope();
			const second = { ...record, Id: c.id + 1 };
			const api = erp()
				.get(path)
				.query({ $top: '500', $skip: '0' })
				.reply(200, [record, second])
				.get(path)
				.query({ $top: '500', $skip: '2' })
				.reply(200, []);

			const output = await runOk({ resource, operation: 'getAll', returnAll: true, simplify: false }, { edition });

			expect(jsonItems(output)).toEqual([paired(record), paired(second)]);
			api.done();
		});
	});

	describe.each(EDITIONS)('marginInvoice — $label edition: Download PDF', ({ edition }) => {
		const PATH = pathOf('1.4', 'profitmargininvoices');
		const margin = plFixture('margin-invoice');

		it('prints v1.4/profitmargininvoices/{id}/print (template from the list) and returns the PDF', async () => {
			tokenScope();
			const api = erp()
				.get(`${PATH}/2760820`)
				.reply(200, margin)
				.get(`${PATH}/2760820/print`)
				.query({ customPrintId: '302' })
				.reply(200, PRINT_ANSWER, JSON_HEADERS);

			const output = await runOk(
				{
					resource: 'marginInvoice',
					operation: 'downloadPdf',
					marginInvoiceId: byId(2760820),
					printTemplateId: 302,
					binaryPropertyName: 'data',
				},
				{ edition },
			);

			expect(jsonItems(output)).toEqual([paired(margin)]);
			expectPdf(output, 'FVM-24-6-1.pdf');
			api.done();
		});

		it('works By Number', async () => {
			tokenScope();
			const api = erp()
				.get(PATH)
				.query({ $filter: "Number eq 'FVM/24/6/1'" })
				.reply(200, [margin])
				.get(`${PATH}/2760820`)
				.reply(200, margin)
				.get(`${PATH}/2760820/print`)
				.reply(200, PRINT_ANSWER, JSON_HEADERS);

			const output = await runOk(
				{ resource: 'marginInvoice', operation: 'downloadPdf', marginInvoiceId: byNumber('FVM/24/6/1'), binaryPropertyName: 'data' },
				{ edition },
			);

			expectPdf(output, 'FVM-24-6-1.pdf');
			api.done();
		});

		it('a 400 from the print (ERP XT answers unknown ids so) names the PDF and carries the message', async () => {
			tokenScope();
			const api = erp()
				.get(`${PATH}/2760820`)
				.reply(200, margin)
				.get(`${PATH}/2760820/print`)
				.reply(400, { Code: 1, Data: null, Message: 'Nie znaleziono dokumentu' });

			const { error } = await run(
				{ resource: 'marginInvoice', operation: 'downloadPdf', marginInvoiceId: byId(2760820), binaryPropertyName: 'data' },
				{ edition },
			);

			expect(error?.message).toBe('ERP XT rejected the PDF of margin invoice 2760820: Nie znaleziono dokumentu');
			api.done();
		});
	});

	it('margin invoices offer no write operations (Delete is refused before any request)', async () => {
		const { error } = await run({ resource: 'marginInvoice', operation: 'delete', marginInvoiceId: byId(2760820) }, { edition: 'pl' });

		expect(error?.message).toBe('The operation "delete" of "marginInvoice" is not supported');
	});
});
