'use strict';
// Sync customers: two customers of the list exist (found by tax number → updated), one is new
// (created). A second run finds all three and only updates.
const { assert, assertEqual, assertSuccess, requests, nodeJson, nodeRuns } = require('../lib/expect');

const NEW_TAX_NUMBER = 'DE246813573';

module.exports = {
	async before({ erp, state }) {
		state.existing = (await erp.list('customers')).length;
	},
	async again({ state }, firstRun) {
		state.firstSummary = nodeJson(firstRun, 'Summary')[0];
		state.firstList = nodeJson(firstRun, 'Customer list');
	},
	async check({ run, runs, sandboxRequests, erp, state }) {
		assertSuccess(runs[0]);
		assertSuccess(run);
		const first = state.firstSummary;
		assertEqual([first.created, first.updated], [1, 2], 'first run [created, updated]');
		const second = nodeJson(run, 'Summary')[0];
		assertEqual([second.created, second.updated], [0, 3], 'second run [created, updated]');
		assertEqual(nodeRuns(run, 'Find by tax number').length, 3, 'tax number lookups in the loop');

		// What the sandbox holds now: the new customer once, the list's values on every customer.
		const customers = await erp.list('customers');
		assertEqual(customers.length, state.existing + 1, 'customers in the sandbox');
		for (const wanted of state.firstList) {
			const matches = customers.filter((c) => c.CustomerTaxNumber === wanted.taxNumber);
			assertEqual(matches.length, 1, `customers with tax number ${wanted.taxNumber}`);
			assertEqual([matches[0].Mail, matches[0].PhoneNumber, matches[0].Address.City], [wanted.email, wanted.phone, wanted.city], `${wanted.name}: mail, phone, city`);
		}
		const created = customers.find((c) => c.CustomerTaxNumber === NEW_TAX_NUMBER);
		assertEqual(first.customers.find((c) => c.action === 'created').Id, created.Id, 'id reported for the created customer');

		// The requests: lookups by $filter on the tax number, one POST, PUTs carrying the found ids.
		const lookups = requests(sandboxRequests, 'GET', /\/api2\/public\/customers$/).filter((r) => /CustomerTaxNumber eq/.test(r.query.$filter ?? ''));
		assertEqual(lookups.length, 6, 'tax number lookups over both runs');
		assert(lookups.some((r) => r.query.$filter.includes(`'${NEW_TAX_NUMBER}'`)), 'no lookup for the new tax number');
		const posts = requests(sandboxRequests, 'POST', /\/api2\/public\/customers$/);
		assertEqual(posts.length, 1, 'customer POSTs');
		assertEqual([posts[0].body.Name, posts[0].body.CustomerTaxNumber, posts[0].body.Address?.City], ['Brauerei Kellermann GmbH & Co. KG', NEW_TAX_NUMBER, 'Bamberg'], 'POST body');
		const puts = requests(sandboxRequests, 'PUT', /\/api2\/public\/customers$/);
		assertEqual(puts.length, 5, 'customer PUTs (2 + 3)');
		const schneider = customers.find((c) => c.CustomerTaxNumber === 'DE129456781');
		assert(puts.some((r) => r.body.Id === schneider.Id && r.body.Mail === 'rechnungen@schneider-soehne.de'), 'no PUT with the new mail for Schneider & Söhne KG');
		return `created ${first.created}, updated ${first.updated}; then updated ${second.updated}`;
	},
};
