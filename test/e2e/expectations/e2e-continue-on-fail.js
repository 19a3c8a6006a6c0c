'use strict';
// Continue On Fail (node setting "On Error: Continue"): the unknown id becomes an error item, the
// other items are read normally, and the workflow carries on to the next node.
const { assert, assertEqual, assertSuccess, assertRequested, nodeJson } = require('../lib/expect');

module.exports = function check({ run, sandboxRequests }) {
	assertSuccess(run);
	const input = nodeJson(run, 'Add an unknown id');
	const output = nodeJson(run, 'Get each invoice');
	assertEqual(output.length, 3, 'items out of "Get each invoice"');
	assertEqual(output.slice(0, 2).map((j) => j.Id), input.slice(0, 2).map((j) => j.Id), 'ids of the invoices read');
	assert(!output[0].error && !output[1].error, 'the known invoices must not carry an error');
	assert(/^Invoice 999999999 was not found in ERP XT/.test(output[2].error ?? ''), `error item: ${JSON.stringify(output[2])}`);
	assertEqual(nodeJson(run, 'Count results')[0].ok, 2, 'ok count of the next node');
	assertEqual(nodeJson(run, 'Count results')[0].failed, 1, 'failed count of the next node');
	assertRequested(sandboxRequests, 'GET', /\/invoices\/999999999$/, { status: 404 });
	assertEqual(assertRequested(sandboxRequests, 'GET', /\/invoices\/\d+$/).length, 3, 'GET requests for single invoices');
};
