'use strict';
// Return All pages through a list longer than one page (500): 1200 invoices are bulk-seeded into
// the sandbox first, and every one must come back exactly once. The node confirms a short page with
// one more request (the server might cap pages below $top), so the last request is the empty page
// at $skip = total.
const { assert, assertEqual, assertSuccess, requests, nodeJson } = require('../lib/expect');

const PAGE = 500;

module.exports = {
	async before({ erp, state }) {
		await erp.admin('POST', 'seed', { invoices: 1200 });
		state.total = (await erp.admin('GET', 'state?summary=1')).summary.invoices;
	},
	check({ run, sandboxRequests, state }) {
		assertSuccess(run);
		assert(state.total >= 1200, `the sandbox holds ${state.total} invoices after seeding`);
		const [count] = nodeJson(run, 'Count');
		assertEqual(count.count, state.total, 'invoices returned');
		assertEqual(count.distinct, state.total, 'distinct invoice ids returned');
		const pages = requests(sandboxRequests, 'GET', /\/api2\/public\/invoices$/);
		const skips = Array.from({ length: Math.ceil(state.total / PAGE) }, (_, i) => i * PAGE).concat(state.total);
		assertEqual(pages.map((r) => r.query.$skip), skips.map(String), '$skip of the page requests');
		assert(pages.every((r) => r.query.$top === String(PAGE) && r.status === 200), `page requests: ${pages.map((r) => `${r.query.$top}/${r.status}`).join(', ')}`);
		return `${state.total} invoices in ${pages.length - 1} pages + 1 empty confirming page`;
	},
};
