'use strict';
// Small assertion helpers for test/e2e/expectations/*.js.
// `run` is n8n's IRun (what `n8n execute --rawOutput` prints, or the execution fetched over REST
// for webhook workflows); `sandboxRequests` are the requests the sandbox recorded while this one
// workflow ran ({ method, path, query, status, ... }).

class ExpectationError extends Error {}

function fail(message) {
	throw new ExpectationError(message);
}

function assert(condition, message) {
	if (!condition) fail(message);
}

function assertEqual(actual, expected, what) {
	const a = JSON.stringify(actual);
	const e = JSON.stringify(expected);
	if (a !== e) fail(`${what}: expected ${e}, got ${a}`);
}

/** "success" | "error" | ... ; the top-level error message is included when there is one. */
function executionStatus(run) {
	return run?.status ?? (run?.data?.resultData?.error ? 'error' : run?.finished ? 'success' : 'unknown');
}

function executionError(run) {
	const err = run?.data?.resultData?.error;
	if (!err) return null;
	return [err.message, err.description].filter(Boolean).join(' - ');
}

function assertSuccess(run) {
	const status = executionStatus(run);
	if (status !== 'success') fail(`execution status is "${status}"${executionError(run) ? `: ${executionError(run)}` : ''}`);
}

/** Runs of one node (an array: a node inside a loop runs several times). */
function nodeRuns(run, nodeName) {
	const runs = run?.data?.resultData?.runData?.[nodeName];
	if (!runs) fail(`node "${nodeName}" did not run (ran: ${Object.keys(run?.data?.resultData?.runData ?? {}).join(', ')})`);
	return runs;
}

/** Items of a node's output (default: first run, first output). */
function nodeItems(run, nodeName, { runIndex = 0, output = 0 } = {}) {
	const task = nodeRuns(run, nodeName)[runIndex];
	if (task?.error) fail(`node "${nodeName}" failed: ${task.error.message}`);
	return task?.data?.main?.[output] ?? [];
}

/** The json of every output item. */
function nodeJson(run, nodeName, opts) {
	return nodeItems(run, nodeName, opts).map((i) => i.json);
}

/** Binary metadata of an item: { mimeType, fileName, fileSize, fileExtension, ... } (data itself may be stored elsewhere). */
function nodeBinary(run, nodeName, property = 'data', { itemIndex = 0, ...opts } = {}) {
	const item = nodeItems(run, nodeName, opts)[itemIndex];
	const bin = item?.binary?.[property];
	if (!bin) fail(`node "${nodeName}" item ${itemIndex} has no binary "${property}" (has: ${Object.keys(item?.binary ?? {}).join(', ') || 'none'})`);
	return bin;
}

/** Names of nodes of a given type in the workflow run (e.g. every Comarch ERP XT node). */
function nodesOfType(workflow, type) {
	return (workflow?.nodes ?? []).filter((n) => n.type === type).map((n) => n.name);
}

/** Requests filtered by method and a path regex (or substring). */
function requests(sandboxRequests, method, pathPattern) {
	const re = pathPattern instanceof RegExp ? pathPattern : new RegExp(pathPattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return sandboxRequests.filter((r) => (!method || r.method === method) && re.test(r.path));
}

function assertRequested(sandboxRequests, method, pathPattern, { min = 1, status } = {}) {
	const found = requests(sandboxRequests, method, pathPattern).filter((r) => status === undefined || r.status === status);
	if (found.length < min) {
		const seen = sandboxRequests.map((r) => `${r.method} ${r.path} ${r.status}`).join('; ') || 'none';
		fail(`expected ${min}+ ${method ?? ''} ${pathPattern}${status ? ` (${status})` : ''} request(s) to the sandbox; saw: ${seen}`);
	}
	return found;
}

module.exports = {
	ExpectationError,
	fail,
	assert,
	assertEqual,
	assertSuccess,
	assertRequested,
	executionStatus,
	executionError,
	nodeRuns,
	nodeItems,
	nodeJson,
	nodeBinary,
	nodesOfType,
	requests,
};
