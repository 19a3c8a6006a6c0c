import { API, BodyLog, byId, erp, fromList, jsonItems, run, runOk, tokenScope, useNock } from './setup';
import type { Json } from './pl-setup';
import { EDITIONS, paired, pathOf, plFixture } from './pl-setup';

const PAYMENTS = `${API}/v1.4/payments`;

/** The simplified payment detail records of the fixtures (dates cut to YYYY-MM-DD). */
const SIMPLE_1 = {
	PaymentId: 7300101,
	PaymentType: 'INCOME',
	DocumentNumber: 'FS/24/6/1',
	IssueDate: '2024-06-05',
	DueDate: '2024-06-12',
	Amount: 123,
	Currency: 'PLN',
	Payable: true,
	SenderName: 'COMARCH SPÓŁKA AKCYJNA',
	RecipientName: 'Serwis Komputerowy Sp. z o.o.',
};
const SIMPLE_2 = {
	PaymentId: 7300102,
	PaymentType: 'INCOME',
	DocumentNumber: 'FS/24/6/2',
	IssueDate: '2024-06-06',
	DueDate: '2024-06-20',
	Amount: 1845,
	Currency: 'PLN',
	Payable: true,
	SenderName: 'Drukarnia Nowak',
	RecipientName: 'Serwis Komputerowy Sp. z o.o.',
};

const CASES = [
	{ ...EDITIONS[0], records: plFixture<Json[]>('payment-details-v1.4'), simplified: [SIMPLE_1, SIMPLE_2] },
	{ ...EDITIONS[1], records: plFixture<Json[]>('payment-details-v1.5'), simplified: [SIMPLE_1] },
];

const PAYABLE_INCOME = [
	{ field: 'PaymentType', operator: 'eq', value: 'INCOME' },
	{ field: 'Payable', operator: 'eq', value: 'true' },
	{ field: 'DueDate', operator: 'le', value: '2024-06-30' },
];

describe('Payment', () => {
	useNock();

	describe.each(CASES)('$label edition (v$current/paymentdetails)', ({ edition, current, records, simplified }) => {
		const DETAILS = pathOf(current, 'paymentdetails');

		describe('Get Many', () => {
			it("filters PaymentType eq 'INCOME', Payable eq true, DueDate le a date — exact $filter, simplified output", async () => {
				tokenScope();
				const $filter = "PaymentType eq 'INCOME' and Payable eq true and DueDate le 2024-06-30T00:00:00+02:00";
				const api = erp()
					.get(DETAILS)
					.query({ $filter, $top: '50', $skip: '0' })
					.reply(200, records)
					.get(DETAILS)
					.query({ $filter, $top: String(50 - records.length), $skip: String(records.length) })
					.reply(200, []);

				const output = await runOk({ resource: 'payment', operation: 'getAll', filters: { conditions: PAYABLE_INCOME } }, { edition });

				expect(jsonItems(output)).toEqual(simplified.map((json) => paired(json)));
				api.done();
			});

			it('Simplify off returns the records with nested addresses unchanged', async () => {
				tokenScope();
				const api = erp()
					.get(DETAILS)
					.query({ $top: '500', $skip: '0' })
					.reply(200, records)
					.get(DETAILS)
					.query({ $top: '500', $skip: String(records.length) })
					.reply(200, []);

				const output = await runOk({ resource: 'payment', operation: 'getAll', returnAll: true, simplify: false }, { edition });

				expect(jsonItems(output)).toEqual(records.map((json) => paired(json)));
				api.done();
			});

			it('Match Any, a raw filter and OData v3 date literals combine as documented', async () => {
				tokenScope();
				const api = erp()
					.get(DETAILS)
					.query({
						$filter: "(PaymentType eq 'VAT' or DueDate lt datetime'2024-07-01T00:00:00') and (Amount gt 1000)",
						$orderby: 'DueDate asc',
						$top: '10',
						$skip: '0',
					})
					.reply(200, []);

				const output = await runOk(
					{
						resource: 'payment',
						operation: 'getAll',
						limit: 10,
						filters: {
							conditions: [
								{ field: 'PaymentType', operator: 'eq', value: 'VAT' },
								{ field: 'DueDate', operator: 'lt', value: '2024-07-01' },
							],
						},
						options: { combine: 'or', rawFilter: 'Amount gt 1000', dateLiteralStyle: 'datetime' },
						sort: { rules: [{ field: 'DueDate', direction: 'asc' }] },
					},
					{ edition },
				);

				expect(output).toEqual([]);
				api.done();
			});

			it('refuses a Payable filter that is not true/false before any request', async () => {
				const { error } = await run(
					{ resource: 'payment', operation: 'getAll', filters: { conditions: [{ field: 'Payable', operator: 'eq', value: 'yes' }] } },
					{ edition },
				);

				expect(error?.message).toBe('Filter on Payable (Not Settled) needs true or false, not "yes"');
			});
		});

		describe('Update Status', () => {
			it.each([
				['Settled', true, false],
				['Not Settled', false, true],
			])('%s → PUT v1.4/payments {PaymentId, Payable: %s→%s}, then the payment read back', async (_name, settled, payable) => {
				tokenScope();
				const log = new BodyLog();
				const readBack = { ...records[0], Payable: payable };
				const api = erp()
					.put(PAYMENTS)
					.reply(log.reply(204))
					.get(DETAILS)
					.query({ $filter: 'PaymentId eq 7300101' })
					.reply(200, [readBack]);

				const output = await runOk({ resource: 'payment', operation: 'updateStatus', paymentId: ' 7300101 ', settled }, { edition });

				expect(log.bodies).toEqual([{ PaymentId: 7300101, Payable: payable }]);
				expect(jsonItems(output)).toEqual([paired(readBack)]);
				api.done();
			});

			it('returns {PaymentId, requestedPayable, readBackError} when the read-back finds nothing', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp().put(PAYMENTS).reply(log.reply(204)).get(DETAILS).query({ $filter: 'PaymentId eq 7300199' }).reply(200, []);

				const output = await runOk({ resource: 'payment', operation: 'updateStatus', paymentId: 7300199, settled: true }, { edition });

				expect(log.bodies).toEqual([{ PaymentId: 7300199, Payable: false }]);
				expect(jsonItems(output)).toEqual([
					paired({ PaymentId: 7300199, requestedPayable: false, readBackError: 'ERP XT did not list payment 7300199 after the update' }),
				]);
				api.done();
			});

			it('keeps only the payment with that PaymentId when the read-back ignores $filter', async () => {
				tokenScope();
				const log = new BodyLog();
				const other = { ...records[0], PaymentId: 7300150 };
				const wanted = { ...records[0], PaymentId: 7300102, Payable: true };
				const api = erp()
					.put(PAYMENTS)
					.reply(log.reply(204))
					.get(DETAILS)
					.query({ $filter: 'PaymentId eq 7300102' })
					.reply(200, [other, wanted]);

				const output = await runOk({ resource: 'payment', operation: 'updateStatus', paymentId: 7300102, settled: false }, { edition });

				expect(log.bodies).toEqual([{ PaymentId: 7300102, Payable: true }]);
				expect(jsonItems(output)).toEqual([paired(wanted)]);
				api.done();
			});

			it('a read-back listing only other payments is reported in readBackError, not taken as the payment', async () => {
				tokenScope();
				const api = erp()
					.put(PAYMENTS)
					.reply(204)
					.get(DETAILS)
					.query({ $filter: 'PaymentId eq 7300102' })
					.reply(200, [{ ...records[0], PaymentId: 7300150 }]);

				const output = await runOk({ resource: 'payment', operation: 'updateStatus', paymentId: 7300102, settled: false }, { edition });

				expect(jsonItems(output)).toEqual([
					paired({ PaymentId: 7300102, requestedPayable: true, readBackError: 'ERP XT did not list payment 7300102 after the update' }),
				]);
				api.done();
			});

			it.each([
				['from the list', fromList('7300101')],
				['By ID', byId(7300101)],
			])('takes the payment picked %s in the Payment locator', async (_label, paymentId) => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.put(PAYMENTS)
					.reply(log.reply(204))
					.get(DETAILS)
					.query({ $filter: 'PaymentId eq 7300101' })
					.reply(200, [records[0]]);

				const output = await runOk({ resource: 'payment', operation: 'updateStatus', paymentId, settled: true }, { edition });

				expect(log.bodies).toEqual([{ PaymentId: 7300101, Payable: false }]);
				expect(jsonItems(output)).toEqual([paired(records[0])]);
				api.done();
			});

			it('one PUT and one read-back per input item, paired with its item', async () => {
				tokenScope();
				const log = new BodyLog();
				const api = erp()
					.put(PAYMENTS)
					.times(2)
					.reply(log.reply(204))
					.get(DETAILS)
					.query({ $filter: 'PaymentId eq 7300101' })
					.reply(200, [records[0]])
					.get(DETAILS)
					.query({ $filter: 'PaymentId eq 7300102' })
					.reply(200, []);

				const output = await runOk(
					{ resource: 'payment', operation: 'updateStatus', paymentId: '={{ $json.id }}', settled: true },
					{ edition, items: [{ id: 7300101 }, { id: 7300102 }] },
				);

				expect(log.bodies).toEqual([
					{ PaymentId: 7300101, Payable: false },
					{ PaymentId: 7300102, Payable: false },
				]);
				expect(jsonItems(output)).toEqual([
					paired(records[0], 0),
					paired({ PaymentId: 7300102, requestedPayable: false, readBackError: 'ERP XT did not list payment 7300102 after the update' }, 1),
				]);
				api.done();
			});

			it("a 400 on the PUT names the payment, carries ERP XT's message and reads nothing back", async () => {
				tokenScope();
				const api = erp().put(PAYMENTS).reply(400, { Code: 5, Message: 'Płatność jest rozliczona' });

				const { error, output } = await run(
					{ resource: 'payment', operation: 'updateStatus', paymentId: 7300101, settled: true },
					{ edition },
				);

				expect(output).toEqual([]);
				expect(error?.message).toBe('ERP XT rejected payment 7300101: Płatność jest rozliczona');
				api.done();
			});

			it('refuses a Payment ID that is not a number before any request', async () => {
				const { error } = await run({ resource: 'payment', operation: 'updateStatus', paymentId: 'FS/24/6/1', settled: true }, { edition });

				expect(error?.message).toBe('Payment ID must be a positive whole number, not "FS/24/6/1"');
			});
		});
	});

	it('API Version 1.4 on a Betterfly credential reads v1.4/paymentdetails; the status PUT stays on v1.4/payments', async () => {
		tokenScope();
		const log = new BodyLog();
		const [record] = plFixture<Json[]>('payment-details-v1.4');
		const api = erp()
			.put(PAYMENTS)
			.reply(log.reply(204))
			.get(pathOf('1.4', 'paymentdetails'))
			.query({ $filter: 'PaymentId eq 7300101' })
			.reply(200, [record]);

		const output = await runOk(
			{ resource: 'payment', operation: 'updateStatus', apiVersion: '1.4', paymentId: 7300101, settled: false },
			{ edition: 'betterfly' },
		);

		expect(log.bodies).toEqual([{ PaymentId: 7300101, Payable: true }]);
		expect(jsonItems(output)).toEqual([paired(record)]);
		api.done();
	});

	/* Payment details carry PaymentId, not Id: repeated PaymentIds must still be recognised. */
	it('Return All reports a server that ignores $skip and repeats the same payments', async () => {
		tokenScope();
		const [template] = plFixture<Json[]>('payment-details-v1.4');
		const page = Array.from({ length: 500 }, (_, index) => ({ ...template, PaymentId: 7400000 + index }));
		const api = erp()
			.get(pathOf('1.4', 'paymentdetails'))
			.query({ $top: '500', $skip: '0' })
			.reply(200, page)
			.get(pathOf('1.4', 'paymentdetails'))
			.query({ $top: '500', $skip: '500' })
			.reply(200, page);

		const { error, output } = await run({ resource: 'payment', operation: 'getAll', returnAll: true, simplify: false }, { edition: 'pl' });

		expect(output).toEqual([]);
		expect(error?.message).toBe('ERP XT ignored paging and sent the same records again after 500; the list is incomplete');
		api.done();
	});
});
