'use strict';
// Poland: payable payments due by today, sorted by due date; the summary matches the sandbox.
const { assert, assertEqual, assertSuccess, requests, nodeJson } = require('../lib/expect');
const { todays, cetMidnight, ymd } = require('../lib/dates');

const round = (v) => Math.round(v * 100) / 100;

module.exports = async function check({ run, sandboxRequests, erp }) {
	assertSuccess(run);
	const [list] = requests(sandboxRequests, 'GET', /\/api2\/public\/v1\.4\/paymentdetails$/);
	assert(list, 'no GET on v1.4/paymentdetails');
	const today = todays().find((d) => list.query.$filter === `Payable eq true and DueDate le ${cetMidnight(d)}`);
	assert(today, `$filter: "${list.query.$filter}"`);
	assertEqual(list.query.$orderby, 'DueDate asc', '$orderby');

	const expected = (await erp.list('payments')).filter((p) => p.Payable === true && ymd(p.DueDate) <= today);
	const [summary] = nodeJson(run, 'Summary');
	assert(expected.length > 0, 'the seed has payable payments');
	assertEqual(summary.count, expected.length, 'count');
	assertEqual(summary.payments.map((p) => p.paymentId).sort(), expected.map((p) => p.PaymentId).sort(), 'payment ids');
	const dues = summary.payments.map((p) => p.dueDate);
	assertEqual(dues, [...dues].sort(), 'payments sorted by due date');
	const income = round(expected.filter((p) => p.PaymentType === 'INCOME').reduce((s, p) => s + p.Amount, 0));
	const outgoing = round(expected.filter((p) => p.PaymentType !== 'INCOME').reduce((s, p) => s + p.Amount, 0));
	assertEqual([summary.toCollect, summary.toPay], [income, outgoing], '[toCollect, toPay]');
	return `${summary.count} payable, collect ${summary.toCollect} PLN, pay ${summary.toPay} PLN`;
};
