'use strict';
// Prepares an n8n user folder the way both the demo and the e2e tests need it:
// our packed package installed as a community package, the sandbox credential, the workflows.

const fs = require('node:fs');
const path = require('node:path');
const { installIntoUserFolder } = require('./package');
const { sandboxCredential, importCredentials, importWorkflows, publishWorkflow } = require('./n8n');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** *.json files of a folder, sorted, as absolute paths ([] if the folder does not exist). */
function jsonFiles(dir) {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => path.join(dir, f));
}

function exampleFiles() {
	return jsonFiles(path.join(REPO_ROOT, 'examples'));
}

/**
 * The ERP XT edition a workflow file is written for: files named `pl-…` use Polish/Betterfly-only
 * resources (advance invoices, payments, …); every other one runs on the German edition.
 */
function workflowEdition(file) {
	return /^pl-/.test(path.basename(file)) ? 'pl' : 'de';
}

/**
 * Installs the package, imports the credential and the workflows, and publishes the workflows that
 * need a running server (webhooks/triggers), all before `n8n start`. Returns the imported workflows.
 *
 * `extraCredentials` ([{ sandbox, id, name }]) are imported too, and `credentialForFile(file)` may
 * point a workflow file at one of them ({ id, name }); by default every workflow uses the one
 * sandbox credential.
 */
async function prepareInstance({ runtime, env, tgz, sandbox, extraCredentials = [], credentialForFile, workflowFiles, workDir, log, publish = true }) {
	fs.mkdirSync(workDir, { recursive: true });
	await log.step('installing the package into .n8n/nodes (community package layout)', () =>
		installIntoUserFolder(tgz, env.N8N_USER_FOLDER),
	);
	const credentials = [
		sandboxCredential(sandbox.url, sandbox.edition),
		...extraCredentials.map((c) => sandboxCredential(c.sandbox.url, c.sandbox.edition, { id: c.id, name: c.name })),
	];
	await log.step(`importing the sandbox credential${credentials.length > 1 ? 's' : ''}`, () =>
		importCredentials(runtime, env, credentials, workDir),
	);
	const workflows = await log.step(`importing ${workflowFiles.length} workflow(s)`, () =>
		importWorkflows(runtime, env, workflowFiles, workDir, { credentialForFile }),
	);
	if (publish) {
		for (const wf of workflows.filter((w) => w.mode === 'server')) {
			await log.step(`publishing "${wf.name}" (it starts with a webhook/trigger)`, () =>
				publishWorkflow(runtime, env, wf.id),
			);
		}
	}
	return workflows;
}

module.exports = { prepareInstance, exampleFiles, jsonFiles, workflowEdition, REPO_ROOT };
