'use strict';
// The node also works in production mode: a published workflow, started by its webhook on a
// running `n8n start`, answers with the node's output.
const { assert, assertSuccess, nodeJson, assertRequested } = require('../lib/expect');

module.exports = {
	// how run.js calls it: GET <n8n>/webhook/e2e-payment-types
	webhook: { method: 'GET', path: 'e2e-payment-types' },
	check({ run, response, sandboxRequests }) {
		assert(response.status === 200, `webhook answered HTTP ${response.status}: ${response.text.slice(0, 300)}`);
		assert(Array.isArray(response.json) && response.json.length > 0, `expected a non-empty JSON array, got ${response.text.slice(0, 200)}`);
		assertSuccess(run);
		const items = nodeJson(run, 'Comarch ERP XT');
		assert(items.length === response.json.length, `webhook returned ${response.json.length} items, the node output ${items.length}`);
		assertRequested(sandboxRequests, 'GET', /paymenttype/i, { status: 200 });
	},
};
