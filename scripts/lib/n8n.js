'use strict';
// Drives a real n8n (from scripts/n8n-runtime.js) for the demo and the e2e tests:
// environment, CLI commands (import, publish, execute), the server process and a small REST client.

const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { run, startBackground } = require('./proc');
const { SANDBOX_CLIENT } = require('./sandbox');

const NODE_TYPE = 'n8n-nodes-comarch-erp-xt.comarchErpXt';
const CREDENTIAL_TYPE = 'comarchErpXtOAuth2Api';
const CREDENTIAL_ID = 'erpXtSandbox0001';
const CREDENTIAL_NAME = 'ERP XT Sandbox';

/** n8n rejects weak passwords (8+ chars, a digit and an upper-case letter). Local-only account. */
const DEFAULT_OWNER = {
	email: 'demo@example.com',
	password: 'Demo-Passw0rd',
	firstName: 'Demo',
	lastName: 'User',
};

/** Asks the OS for a free loopback port. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/**
 * Environment for every n8n command: loopback only, and every feature that would call out switched
 * off (telemetry, version checks, templates, banners, AI, license renewal, the vetted community
 * node list, the MCP registry refresh, ...). Inherited N8N_* / DB_* variables are dropped so a
 * developer's own settings cannot leak in.
 */
function n8nEnv(runtime, { userFolder, port, brokerPort, logLevel = 'info', extra = {} }) {
	const base = Object.fromEntries(
		Object.entries(process.env).filter(([k]) => !/^(N8N_|DB_|EXECUTIONS_|WEBHOOK_URL|QUEUE_|NODE_OPTIONS)/.test(k)),
	);
	const url = `http://127.0.0.1:${port}/`;
	return {
		...base,
		PATH: `${path.join(runtime.nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
		N8N_USER_FOLDER: userFolder,
		// Fixed key: the demo folder is reused between runs and must decrypt its credentials again.
		N8N_ENCRYPTION_KEY: 'local-demo-and-e2e-key-not-secret',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		N8N_EDITOR_BASE_URL: url,
		N8N_WEBHOOK_URL: url,
		N8N_SECURE_COOKIE: 'false',
		DB_TYPE: 'sqlite',
		GENERIC_TIMEZONE: 'UTC',
		N8N_LOG_LEVEL: logLevel,
		N8N_LOG_OUTPUT: 'console',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		// nothing phones home
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_WHATS_NEW_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_LICENSE_SERVER_URL: 'http://127.0.0.1:9/license',
		EXTERNAL_FRONTEND_HOOKS_URLS: '',
		// mcp-registry fetches api.n8n.io at start; the others are AI/cloud features that call out.
		N8N_DISABLED_MODULES: 'mcp-registry,instance-ai,workflow-builder,promotions',
		// Community packages stay enabled: that module is what loads our package from .n8n/nodes.
		// But no vetted-package list from api.n8n.io, and any npm lookup would hit a dead local port.
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_VERIFIED_PACKAGES_ENABLED: 'false',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_COMMUNITY_PACKAGES_REGISTRY: 'http://127.0.0.1:9',
		// task runners: internal, loopback, and a port of our choosing (n8n execute opens one too)
		N8N_RUNNERS_MODE: 'internal',
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_PYTHON_ENABLED: 'false',
		...extra,
	};
}

/** Runs one n8n CLI command (each boots n8n: ~5 s). */
function n8nCli(runtime, env, args, opts = {}) {
	return run(runtime.nodeBin, [runtime.n8nBin, ...args], { env, cwd: env.N8N_USER_FOLDER, ...opts });
}

/**
 * The credential pointing at the sandbox, as `n8n import:credentials` wants it. `id`/`name` default
 * to the one credential the demo and the examples use; the e2e suite adds a second one for Poland.
 */
function sandboxCredential(sandboxUrl, edition, { id = CREDENTIAL_ID, name = CREDENTIAL_NAME } = {}) {
	const base = sandboxUrl.replace(/\/$/, '');
	return {
		id,
		name,
		type: CREDENTIAL_TYPE,
		data: {
			region: 'custom',
			customBaseUrl: base,
			edition,
			clientId: SANDBOX_CLIENT.clientId,
			clientSecret: SANDBOX_CLIENT.clientSecret,
			// The hidden fields have expression defaults in the credential type; stored as plain
			// values here so the import does not depend on how n8n fills in defaults.
			grantType: 'clientCredentials',
			authentication: 'header',
			scope: '',
			authQueryParameters: '',
			authUrl: '',
			baseUrl: base,
			accessTokenUrl: `${base}/api2/public/token`,
		},
	};
}

async function importCredentials(runtime, env, credentials, workDir) {
	const file = path.join(workDir, 'credentials.json');
	fs.writeFileSync(file, JSON.stringify(credentials, null, 2));
	await n8nCli(runtime, env, ['import:credentials', `--input=${file}`]);
}

/** A stable 16-character id for a workflow file that has none (n8n ids are alphanumeric). */
function idForFile(file) {
	return `wf${crypto.createHash('sha256').update(path.basename(file)).digest('hex').slice(0, 14)}`;
}

/**
 * Reads a workflow file and prepares it for import: gives it an id if it has none, and points every
 * Comarch ERP XT credential reference at our sandbox credential (example files are meant for any
 * tenant, so their credential ids cannot match a given n8n instance). `credential` overrides which
 * one ({ id, name }).
 */
function prepareWorkflow(file, credential = { id: CREDENTIAL_ID, name: CREDENTIAL_NAME }) {
	const wf = JSON.parse(fs.readFileSync(file, 'utf8'));
	wf.id = wf.id || idForFile(file);
	for (const node of wf.nodes ?? []) {
		if (node.type === NODE_TYPE || node.credentials?.[CREDENTIAL_TYPE]) {
			node.credentials = node.credentials ?? {};
			node.credentials[CREDENTIAL_TYPE] = { id: credential.id, name: credential.name };
		}
	}
	return wf;
}

/** How a workflow can be run headless: "cli" (Manual Trigger, via n8n execute) or "server" (webhook/trigger). */
function runMode(wf) {
	const types = (wf.nodes ?? []).map((n) => n.type);
	return types.includes('n8n-nodes-base.manualTrigger') ? 'cli' : 'server';
}

/**
 * Imports all workflow files in one CLI boot. Returns [{ file, id, name, mode, workflow }].
 * `credentialForFile(file)` may name another credential ({ id, name }) for a file.
 */
async function importWorkflows(runtime, env, files, workDir, { credentialForFile } = {}) {
	const dir = path.join(workDir, 'workflows-to-import');
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	const imported = files.map((file) => {
		const wf = prepareWorkflow(file, credentialForFile?.(file));
		fs.writeFileSync(path.join(dir, `${wf.id}.json`), JSON.stringify(wf, null, 2));
		return { file, id: wf.id, name: wf.name, mode: runMode(wf), workflow: wf };
	});
	if (imported.length > 0) await n8nCli(runtime, env, ['import:workflow', '--separate', `--input=${dir}`]);
	return imported;
}

/** Publishing (2.x word for activating) must happen before `n8n start`, so the server registers the webhooks. */
async function publishWorkflow(runtime, env, id) {
	await n8nCli(runtime, env, ['publish:workflow', `--id=${id}`]);
}

/**
 * Finds the run JSON in `n8n execute --rawOutput` output. Log lines come before it even with
 * --rawOutput, and on failure n8n logs the run and then more text, so try every "}" line as the end.
 */
function parseRunFromOutput(stdout) {
	const lines = stdout.split('\n');
	const start = lines.findIndex((l) => l.startsWith('{'));
	if (start < 0) return null;
	for (let end = start; end < lines.length; end++) {
		if (!lines[end].startsWith('}')) continue;
		try {
			return JSON.parse(lines.slice(start, end + 1).join('\n'));
		} catch {
			// not the end of the object yet
		}
	}
	return null;
}

/** The latest saved execution of a workflow, read from the SQLite database (see read-execution.js). */
async function readSavedExecution(runtime, env, workflowId) {
	const dbFile = path.join(env.N8N_USER_FOLDER, '.n8n', 'database.sqlite');
	const res = await run(runtime.nodeBin, [path.join(__dirname, 'read-execution.js'), runtime.hostDir, dbFile, workflowId], {
		allowFailure: true,
	});
	if (res.code !== 0) return null;
	return JSON.parse(res.stdout);
}

/**
 * `n8n execute --id` and its run (IRun). Returns { ok, run, exitCode, output }. When the CLI loses a
 * fast-failing run, the saved execution is read from the database instead.
 */
async function executeWorkflow(runtime, env, id) {
	const res = await n8nCli(runtime, env, ['execute', `--id=${id}`, '--rawOutput'], { allowFailure: true });
	let runData = parseRunFromOutput(res.stdout);
	if (!runData && res.code !== 0) runData = await readSavedExecution(runtime, env, id);
	return { ok: res.code === 0, run: runData, exitCode: res.code, output: `${res.stdout}\n${res.stderr}` };
}

/** Starts `n8n start` in its own process group; resolves once /healthz/readiness answers 200. */
async function startServer(runtime, env, { logFile, echo = false, timeoutMs = 180_000 } = {}) {
	const server = startBackground(runtime.nodeBin, [runtime.n8nBin, 'start'], {
		env,
		cwd: env.N8N_USER_FOLDER,
		logFile,
		echo,
		name: 'n8n',
	});
	const baseUrl = `http://127.0.0.1:${env.N8N_PORT}`;
	const t0 = Date.now();
	let exited = false;
	server.exited.then(() => (exited = true));
	while (Date.now() - t0 < timeoutMs) {
		if (exited) throw new Error(`n8n exited during start:\n${server.output().slice(-3000)}`);
		try {
			const res = await fetch(`${baseUrl}/healthz/readiness`);
			if (res.ok) return { ...server, baseUrl, readyAfterMs: Date.now() - t0 };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	await server.stop();
	throw new Error(`n8n was not ready after ${timeoutMs / 1000} s:\n${server.output().slice(-3000)}`);
}

/**
 * Minimal REST client with a cookie jar. n8n ties its auth cookie to a "browser-id" header, so the
 * same value is sent with every request.
 */
function restClient(baseUrl) {
	let cookie = '';
	const browserId = crypto.randomUUID();
	async function call(method, route, body) {
		const res = await fetch(`${baseUrl}${route}`, {
			method,
			headers: {
				'content-type': 'application/json',
				'browser-id': browserId,
				...(cookie ? { cookie } : {}),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = res.headers.getSetCookie?.() ?? [];
		const auth = setCookie.find((c) => c.startsWith('n8n-auth='));
		if (auth) cookie = auth.split(';')[0];
		const text = await res.text();
		let json;
		try {
			json = text ? JSON.parse(text) : undefined;
		} catch {
			json = undefined;
		}
		return { status: res.status, ok: res.ok, json, text, headers: res.headers };
	}
	return {
		call,
		get: (route) => call('GET', route),
		post: (route, body) => call('POST', route, body),
		browserId,
		cookie: () => cookie,
	};
}

/** Creates the owner account on a fresh instance, or logs in if it already exists. Returns a logged-in client. */
async function ensureOwner(baseUrl, owner = DEFAULT_OWNER) {
	const client = restClient(baseUrl);
	const setup = await client.post('/rest/owner/setup', owner);
	if (!setup.ok) {
		const login = await client.post('/rest/login', { emailOrLdapLoginId: owner.email, password: owner.password });
		if (!login.ok) {
			throw new Error(`Cannot set up or log in the owner ${owner.email}: setup HTTP ${setup.status}, login HTTP ${login.status} ${login.text.slice(0, 300)}`);
		}
		return { client, created: false };
	}
	return { client, created: true };
}

/**
 * Waits until each published workflow serves its current version. n8n 2.x applies publications
 * through an outbox: when `import:workflow` replaces a published workflow, the server first
 * re-publishes the version that was live before the import, and only its reconciler (every 10 s)
 * switches to the version that `publish:workflow` set. Until then a webhook runs the old workflow.
 * Returns the ids that were not live in time (the caller decides whether that is fatal).
 */
async function waitUntilPublished(client, workflowIds, { timeoutMs = 30_000, intervalMs = 500 } = {}) {
	const deadline = Date.now() + timeoutMs;
	let pending = [...workflowIds];
	while (pending.length) {
		const still = [];
		for (const id of pending) {
			const wf = await client.get(`/rest/workflows/${id}`);
			const status = await client.get(`/rest/workflows/${id}/publication-status`);
			const wanted = wf.json?.data?.activeVersionId;
			const live = status.json?.data;
			if (!wanted || live?.liveVersionId !== wanted || live?.status !== 'published' || live?.pendingVersionId) still.push(id);
		}
		pending = still;
		if (!pending.length || Date.now() > deadline) break;
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
	return pending;
}

module.exports = {
	waitUntilPublished,
	NODE_TYPE,
	CREDENTIAL_TYPE,
	CREDENTIAL_ID,
	CREDENTIAL_NAME,
	DEFAULT_OWNER,
	freePort,
	n8nEnv,
	n8nCli,
	sandboxCredential,
	importCredentials,
	importWorkflows,
	prepareWorkflow,
	publishWorkflow,
	executeWorkflow,
	readSavedExecution,
	startServer,
	restClient,
	ensureOwner,
};
