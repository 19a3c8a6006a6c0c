'use strict';
// Digest of new invoices: the first run reports the newest invoices (at most 100) and stores the
// highest Id in the workflow's static data; after one more invoice is created, the second run
// starts from the stored Id and reports exactly that invoice.
const { assert, assertEqual, assertSuccess, requests, nodeJson } = require('../lib/expect');

module.exports = {
	async before({ erp, state }) {
		state.before = await erp.list('invoices');
	},
	async again({ erp, state }, firstRun) {
		state.first = nodeJson(firstRun, 'Digest')[0];
		state.created = await erp.createInvoice({ quantity: 2 });
	},
	check({ runs, run, sandboxRequests, state }) {
		runs.forEach(assertSuccess);
		const maxBefore = Math.max(...state.before.map((i) => i.Id));
		const { first, created } = state;
		assertEqual(first.previousLastInvoiceId, 0, 'first run: previous last Id');
		assertEqual(first.newInvoices, Math.min(100, state.before.length), 'first run: invoices reported');
		assertEqual(first.lastInvoiceId, maxBefore, 'first run: highest Id stored');

		assertEqual(nodeJson(run, 'Last seen invoice')[0].lastSeenId, maxBefore, 'second run: Id read from static data');
		const second = nodeJson(run, 'Digest')[0];
		assertEqual([second.newInvoices, second.numbers], [1, [created.Number]], 'second run: [count, numbers]');
		assertEqual(second.lastInvoiceId, created.Id, 'second run: highest Id stored');
		assert(second.text.includes(created.Number), `digest text: ${second.text}`);

		// First run: one full page of 100 (the limit). Second run: a short page of 1, confirmed by
		// one more request for the rest of the limit (99 from $skip 1), which is empty.
		const lists = requests(sandboxRequests, 'GET', /\/api2\/public\/invoices$/);
		const pages = lists.map((r) => [r.query.$filter, r.query.$top, r.query.$skip]);
		const firstPages = state.before.length >= 100 ? [['Id gt 0', '100', '0']] : [['Id gt 0', '100', '0'], ['Id gt 0', String(100 - state.before.length), String(state.before.length)]];
		assertEqual(pages, [...firstPages, [`Id gt ${maxBefore}`, '100', '0'], [`Id gt ${maxBefore}`, '99', '1']], '[$filter, $top, $skip] of the list requests');
		assert(lists.every((r) => r.query.$orderby === 'Id desc'), `queries: ${JSON.stringify(lists.map((r) => r.query))}`);
		return `first run ${first.newInvoices} invoices, second run ${second.numbers.join(', ')}`;
	},
};
