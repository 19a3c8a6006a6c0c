'use strict';
// An ERP XT error reaches the user in real n8n: Get of an invoice id that does not exist fails the
// execution with the node's message, and the sandbox answered 404.
const { assert, assertEqual, assertRequested, executionStatus, executionError, nodeRuns } = require('../lib/expect');

module.exports = function check({ run, sandboxRequests }) {
	assertEqual(executionStatus(run), 'error', 'execution status');
	const message = executionError(run) ?? '';
	assert(/^Invoice 999999999 was not found in ERP XT/.test(message), `execution error: ${message}`);
	const [task] = nodeRuns(run, 'Get unknown invoice');
	assert(task.error, 'the node run carries no error');
	assert(/Invoice 999999999 was not found in ERP XT/.test(task.error.message), `node error: ${task.error.message}`);
	assertRequested(sandboxRequests, 'GET', /\/api2\/public\/invoices\/999999999$/, { status: 404 });
};
