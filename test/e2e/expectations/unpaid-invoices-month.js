'use strict';
// Unpaid invoices of the month: the count and the net/gross totals match what the sandbox holds.
// Two unpaid invoices and a paid one are created first (the seed data is from 2024).
const { assert, assertEqual, assertSuccess, requests, nodeJson } = require('../lib/expect');
const { monthStarts, cetMidnight, ymd } = require('../lib/dates');

const GERMAN_VAT = { 9: 19, 8: 7, 2: 0, 1: 0, 0: 0 };
const round = (v) => Math.round(v * 100) / 100;

module.exports = {
	async before({ erp }) {
		await erp.createInvoice({ quantity: 3 });
		await erp.createInvoice({ quantity: 1, confirm: true });
		await erp.createInvoice({ quantity: 7, paid: true });
	},
	async check({ run, sandboxRequests, erp }) {
		assertSuccess(run);
		const [list] = requests(sandboxRequests, 'GET', /\/api2\/public\/invoices$/);
		const filter = list?.query.$filter ?? '';
		const from = monthStarts().find((d) => filter === `PaymentStatus eq 0 and IssueDate ge ${cetMidnight(d)}`);
		assert(from, `$filter of the list: "${filter}"`);

		const rates = new Map((await erp.list('products')).map((p) => [p.Id, GERMAN_VAT[p.Rate]]));
		const expected = (await erp.list('invoices')).filter((i) => i.PaymentStatus === 0 && ymd(i.IssueDate) >= from);
		assert(expected.length >= 2, `unpaid invoices this month in the sandbox: ${expected.length}`);
		let net = 0;
		let gross = 0;
		for (const invoice of expected) {
			for (const line of invoice.Items) {
				net += line.Quantity * line.ProductCurrencyNetPrice;
				gross += line.Quantity * line.ProductCurrencyNetPrice * (1 + rates.get(line.ProductId) / 100);
			}
		}
		const [summary] = nodeJson(run, 'Count and total');
		assertEqual(summary.count, expected.length, 'count');
		assertEqual(summary.invoices.map((i) => i.number).sort(), expected.map((i) => i.Number).sort(), 'invoice numbers');
		assert(Math.abs(summary.netTotal - round(net)) < 0.011, `netTotal ${summary.netTotal}, expected ${round(net)}`);
		assert(Math.abs(summary.grossTotal - round(gross)) < 0.011, `grossTotal ${summary.grossTotal}, expected ${round(gross)}`);
		assertEqual(summary.month, from.slice(0, 7), 'month');
		return `${summary.count} unpaid, gross ${summary.grossTotal.toFixed(2)} EUR`;
	},
};
