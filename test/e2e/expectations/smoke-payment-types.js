'use strict';
// Smoke test: the packaged node loads in n8n, authenticates against the sandbox with the
// client-credentials grant, and lists payment types.
const { assert, assertSuccess, nodeJson, assertRequested } = require('../lib/expect');

module.exports = function check({ run, sandboxRequests }) {
	assertSuccess(run);
	const items = nodeJson(run, 'Comarch ERP XT');
	assert(items.length > 0, 'expected at least one payment type');
	assert(items.every((i) => i && typeof i === 'object'), 'every item must be a JSON object');
	// No token assertion here: n8n stores the token in the credential, so only the first workflow
	// of a run fetches one (run.js checks that separately).
	const reads = assertRequested(sandboxRequests, 'GET', /paymenttype/i);
	assert(reads.every((r) => r.status === 200), `payment type reads must all be 200, got ${reads.map((r) => r.status).join(',')}`);
};
