#!/usr/bin/env node
'use strict';
// End-to-end tests in a real n8n (npm run test:e2e).
//
// Phase 1 (may use the network: npm registry, Debian apt): install the n8n runtime if needed,
// build + pack the package, build the sandbox, install chromium for the browser test.
// Phase 2 (loopback only; inside `unshare -n` when possible, so nothing can leave the machine):
// fresh n8n user folder + fresh sandbox on random ports, the packed package installed as a community
// package, the credential and every examples/*.json + test/e2e/workflows/*.json imported, then
//   - each Manual-Trigger workflow runs headless via `n8n execute --id`,
//   - `n8n start`: node types, credential test, webhook workflows, optional browser test.
// Each workflow is checked by test/e2e/expectations/<file name>.js when it exists, otherwise it
// must simply finish with status "success".
// Two sandboxes run side by side: a German one for every workflow, and a Polish one with its own
// credential for the `pl-…` files (advance invoices, payments and other Poland/Betterfly features).
//
// Flags: --no-browser, --browser-only (used by browser.js), --keep (keep the temp folder),
//        --no-unshare (run phase 2 without a private network namespace),
//        --only=<text> (run only the workflows whose file name contains <text>; for development).

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync, spawn } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const { makeLogger } = require(path.join(REPO_ROOT, 'scripts/lib/log'));
const { run } = require(path.join(REPO_ROOT, 'scripts/lib/proc'));
const { ensureRuntime } = require(path.join(REPO_ROOT, 'scripts/n8n-runtime'));
const { buildAndPack } = require(path.join(REPO_ROOT, 'scripts/lib/package'));
const { buildSandbox, startSandbox } = require(path.join(REPO_ROOT, 'scripts/lib/sandbox'));
const { prepareInstance, exampleFiles, jsonFiles, workflowEdition } = require(path.join(REPO_ROOT, 'scripts/lib/instance'));
const n8n = require(path.join(REPO_ROOT, 'scripts/lib/n8n'));
const browser = require('./browser');
const { erpClient, USER_AGENT: HOOK_USER_AGENT } = require('./lib/erp');

const E2E_WORKFLOWS = path.join(__dirname, 'workflows');
const EXPECTATIONS = path.join(__dirname, 'expectations');
/** The second credential, for the `pl-…` workflows; it points at the Polish sandbox. */
const PL_CREDENTIAL = { id: 'erpXtSandboxPl01', name: 'ERP XT Sandbox (Poland)' };

const log = makeLogger('e2e');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);

// ---------------------------------------------------------------------------------------------
// Result bookkeeping: one line per check, and the summary line CI reads.

const results = { passed: 0, failed: 0, failures: [] };

async function check(name, fn) {
	const t0 = Date.now();
	try {
		const detail = await fn();
		results.passed++;
		console.log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)${detail ? ` - ${detail}` : ''}`);
		return true;
	} catch (err) {
		results.failed++;
		const message = String(err?.message ?? err).split('\n').slice(0, 12).join('\n    ');
		results.failures.push(name);
		console.log(`FAIL ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s): ${message}`);
		return false;
	}
}

function summary() {
	console.log(`e2e: ${results.passed} passed, ${results.failed} failed`);
	return results.failed > 0 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Phase 1

/** True when we can give phase 2 an empty network namespace (needs root and util-linux unshare). */
function canUnshare() {
	if (flag('--no-unshare') || process.env.E2E_NO_UNSHARE === '1') return false;
	if (process.getuid?.() !== 0) return false;
	const probe = spawnSync('unshare', ['-n', 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'ignore' });
	return probe.status === 0;
}

async function outer() {
	const wantBrowser = !flag('--no-browser') && process.env.E2E_BROWSER !== '0';
	await ensureRuntime({ log });
	const tgz = await buildAndPack(log);
	await buildSandbox(log);
	const browserReady = wantBrowser ? await browser.ensureChromium(log) : false;
	if (flag('--browser-only') && !browserReady) {
		console.log('FAIL browser: chromium is not available');
		return summary() || 1;
	}

	const innerArgs = [__filename, '--inner', `--tgz=${tgz}`, ...argv.filter((a) => a.startsWith('--') && a !== '--inner')];
	if (browserReady) innerArgs.push('--with-browser');
	const isolated = canUnshare();
	log(isolated ? 'phase 2 runs inside `unshare -n` (loopback only)' : 'phase 2 runs without a private network namespace (relying on n8n settings)');
	const [cmd, args] = isolated
		? ['unshare', ['-n', process.execPath, ...innerArgs, '--netns']]
		: [process.execPath, innerArgs];
	const child = spawn(cmd, args, { stdio: 'inherit', env: process.env });
	// Ctrl-C in a terminal reaches the child directly (same process group): just wait for it.
	process.on('SIGINT', () => {});
	process.on('SIGTERM', () => child.kill('SIGTERM'));
	return await new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 1 : code ?? 1)));
}

// ---------------------------------------------------------------------------------------------
// Phase 2

function loadExpectation(file) {
	const base = path.basename(file, '.json');
	const modPath = path.join(EXPECTATIONS, `${base}.js`);
	if (!fs.existsSync(modPath)) return { source: 'default (status success)', check: defaultExpectation };
	const mod = require(modPath);
	const spec = typeof mod === 'function' ? { check: mod } : mod;
	return { source: path.relative(REPO_ROOT, modPath), ...spec };
}

/** Without an expectation file a workflow must finish successfully and every ERP XT node must have run. */
function defaultExpectation({ run, workflow }) {
	const expect = require('./lib/expect');
	expect.assertSuccess(run);
	for (const name of expect.nodesOfType(workflow, n8n.NODE_TYPE)) expect.nodeRuns(run, name);
}

/**
 * Requests n8n made to the sandbox since `before` (the log length when the workflow started);
 * those of the expectation hooks (test/e2e/lib/erp.js) are left out.
 */
async function requestsSince(sandbox, before) {
	return (await sandbox.requests()).slice(before).filter((r) => r.headers?.userAgent !== HOOK_USER_AGENT);
}

/** The sandbox a workflow file talks to (German, or Polish for `pl-…` files). */
function sandboxFor(ctx, wf) {
	return ctx.sandboxes[workflowEdition(wf.file)];
}

/**
 * Runs a Manual-Trigger workflow with `n8n execute` and checks it. An expectation may also export
 *   before(hookCtx)       prepares data first (hookCtx: { sandbox, erp, workflow, state }),
 *   again(hookCtx, run)   runs between a first and a second execution (e.g. static data);
 * check() then gets the last run as `run`, all runs as `runs`, and `state` shared with the hooks.
 */
async function runCliWorkflows(ctx, workflows) {
	for (const wf of workflows) {
		const expectation = loadExpectation(wf.file);
		const sandbox = sandboxFor(ctx, wf);
		const label = `workflow ${path.relative(REPO_ROOT, wf.file)} (n8n execute, ${sandbox.edition} sandbox)`;
		await check(label, async () => {
			const hookCtx = { sandbox, erp: erpClient(sandbox), workflow: wf.workflow, state: {} };
			if (expectation.before) await expectation.before(hookCtx);
			const before = (await sandbox.requests()).length;
			const runs = [];
			const execute = async () => {
				const t0 = Date.now();
				const res = await n8n.executeWorkflow(ctx.runtime, ctx.cliEnv, wf.id);
				ctx.timings.executions.push(Date.now() - t0);
				if (!res.run) throw new Error(`n8n execute exited ${res.exitCode} without a result:\n${res.output.trim().split('\n').slice(-15).join('\n')}`);
				runs.push(res.run);
				return res;
			};
			let res = await execute();
			if (expectation.again) {
				await expectation.again(hookCtx, res.run);
				res = await execute();
			}
			const sandboxRequests = await requestsSince(sandbox, before);
			const detail = await expectation.check({ ...hookCtx, run: res.run, runs, sandboxRequests, exitCode: res.exitCode });
			return `${expectation.source}, ${runs.length > 1 ? `${runs.length} runs, ` : ''}${sandboxRequests.length} sandbox request(s)${typeof detail === 'string' ? `: ${detail}` : ''}`;
		});
	}
}

/** The latest execution of a workflow, fetched over REST and turned back into an IRun-like object. */
async function latestExecution(ctx, workflowId, sinceMs) {
	const { parse } = require(path.join(ctx.runtime.hostDir, 'node_modules', 'flatted'));
	for (let attempt = 0; attempt < 40; attempt++) {
		const list = await ctx.client.get(`/rest/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}`);
		const items = list.json?.data?.results ?? list.json?.data ?? [];
		// the newest execution; a webhook answers before its execution is saved, so wait for it to finish
		const newest = items
			.filter((e) => Date.parse(e.startedAt ?? e.createdAt) >= sinceMs - 1000)
			.sort((a, b) => Number(b.id) - Number(a.id))[0];
		const latest = newest && !['running', 'new', 'waiting'].includes(newest.status) ? newest : undefined;
		if (latest) {
			const full = await ctx.client.get(`/rest/executions/${latest.id}`);
			const exec = full.json?.data;
			const data = typeof exec?.data === 'string' ? parse(exec.data) : exec?.data;
			return { ...exec, data, status: exec?.status };
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`no finished execution of ${workflowId} found`);
}

/** Calls a webhook, retrying while n8n still registers webhooks after readiness (404 for ~1 s). */
async function callWebhook(ctx, webhook) {
	const url = `${ctx.server.baseUrl}/webhook/${webhook.path.replace(/^\//, '')}${webhook.query ? `?${new URLSearchParams(webhook.query)}` : ''}`;
	const init = {
		method: webhook.method ?? 'GET',
		headers: { 'content-type': 'application/json', ...(webhook.headers ?? {}) },
		body: webhook.body === undefined ? undefined : JSON.stringify(webhook.body),
	};
	for (let attempt = 0; ; attempt++) {
		const res = await fetch(url, init);
		const text = await res.text();
		if (res.status !== 404 || attempt >= 40) {
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			return { status: res.status, headers: res.headers, text, json };
		}
		await new Promise((r) => setTimeout(r, 250));
	}
}

async function runServerWorkflows(ctx, workflows) {
	for (const wf of workflows) {
		const expectation = loadExpectation(wf.file);
		const sandbox = sandboxFor(ctx, wf);
		const label = `workflow ${path.relative(REPO_ROOT, wf.file)} (running server, ${sandbox.edition} sandbox)`;
		await check(label, async () => {
			const hookCtx = { sandbox, erp: erpClient(sandbox), workflow: wf.workflow, state: {} };
			if (expectation.before) await expectation.before(hookCtx);
			const before = (await sandbox.requests()).length;
			const t0 = Date.now();
			let response;
			if (expectation.server) {
				// custom driver, e.g. call a webhook several times, or create a document and wait for a
				// trigger; what it returns is passed to check() as `response`
				response = await expectation.server({ ...ctx, ...hookCtx, callWebhook: (webhook) => callWebhook(ctx, webhook) });
			} else if (expectation.webhook) {
				response = await callWebhook(ctx, expectation.webhook);
			} else {
				throw new Error(`starts with a webhook/trigger: ${expectation.source} must export "webhook" or "server"`);
			}
			const runData = await latestExecution(ctx, wf.id, t0);
			const sandboxRequests = await requestsSince(sandbox, before);
			const detail = await expectation.check({ ...hookCtx, run: runData, response, sandboxRequests });
			return `${expectation.source}, ${sandboxRequests.length} sandbox request(s)${typeof detail === 'string' ? `: ${detail}` : ''}`;
		});
	}
}

async function serverChecks(ctx, serverWorkflows) {
	await check('REST: owner account set up and logged in', async () => {
		const { client } = await n8n.ensureOwner(ctx.server.baseUrl);
		ctx.client = client;
		return n8n.DEFAULT_OWNER.email;
	});
	if (!ctx.client) return;

	await check(`REST: /types/nodes.json lists ${n8n.NODE_TYPE}`, async () => {
		const res = await ctx.client.get('/types/nodes.json');
		if (!res.ok) throw new Error(`HTTP ${res.status}`);
		const types = res.json.filter((t) => t.name.startsWith('n8n-nodes-comarch-erp-xt.'));
		const node = types.find((t) => t.name === n8n.NODE_TYPE);
		if (!node) throw new Error(`not listed; package types seen: ${types.map((t) => t.name).join(', ') || 'none'}`);
		if (res.json.some((t) => t.name === 'CUSTOM.comarchErpXt')) throw new Error('also loaded as CUSTOM.comarchErpXt');
		return `"${node.displayName}" v${node.version}`;
	});

	await check(`REST: /types/credentials.json lists ${n8n.CREDENTIAL_TYPE} extending oAuth2Api`, async () => {
		const res = await ctx.client.get('/types/credentials.json');
		const cred = (res.json ?? []).find((c) => c.name === n8n.CREDENTIAL_TYPE);
		if (!cred) throw new Error(`HTTP ${res.status}, credential type missing`);
		if (!(cred.extends ?? []).includes('oAuth2Api')) throw new Error(`extends ${JSON.stringify(cred.extends)}`);
	});

	await check('REST: credential test (POST /rest/credentials/test) succeeds against the sandbox', async () => {
		const stored = await ctx.client.get(`/rest/credentials/${n8n.CREDENTIAL_ID}?includeData=true`);
		if (!stored.ok) throw new Error(`GET credential: HTTP ${stored.status} ${stored.text.slice(0, 200)}`);
		const { id, name, type, data } = stored.json.data;
		const before = (await ctx.sandboxes.de.requests()).length;
		const res = await ctx.client.post('/rest/credentials/test', { credentials: { id, name, type, data } });
		if (!res.ok) throw new Error(`HTTP ${res.status} ${res.text.slice(0, 300)}`);
		const result = res.json?.data ?? res.json;
		if (result?.status !== 'OK') throw new Error(`status ${result?.status}: ${result?.message}`);
		const reqs = await requestsSince(ctx.sandboxes.de, before);
		if (reqs.length === 0) throw new Error('the test did not reach the sandbox');
		return `${result.message ?? 'OK'}; sandbox saw ${reqs.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`;
	});

	await runServerWorkflows(ctx, serverWorkflows);

	if (ctx.withBrowser) {
		await check('browser: log in, configure the node in the editor, execute, screenshots in docs/', async () => {
			const target = browser.pickWorkflow(ctx.workflows);
			const { monthStarts } = require('./lib/dates');
			await browser.prepareData(erpClient(ctx.sandboxes.de), monthStarts()[0]);
			const shots = await browser.runBrowserTest({
				baseUrl: ctx.server.baseUrl,
				owner: n8n.DEFAULT_OWNER,
				workflow: target,
				outDir: path.join(REPO_ROOT, 'docs'),
				log,
			});
			return `${target.name}: ${shots.map((s) => path.relative(REPO_ROOT, s)).join(', ')}`;
		});
	}
}

/** Lines in the n8n logs that show an attempt to reach something outside the machine. */
function outboundAttempts(text) {
	return text.split('\n').filter((l) => /ENOTFOUND|EAI_AGAIN|ENETUNREACH|getaddrinfo|api\.n8n\.io/.test(l));
}

async function inner() {
	const tgz = option('--tgz');
	const browserOnly = flag('--browser-only');
	if (flag('--netns')) await run('ip', ['link', 'set', 'lo', 'up']);
	const runtime = await ensureRuntime({ check: true });
	const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'erp-xt-e2e-'));
	const userFolder = path.join(workDir, 'n8n-user');
	const ports = await distinctPorts(5);
	const [sandboxPort, n8nPort, cliBroker, serverBroker, plSandboxPort] = ports;
	const ctx = { runtime, timings: { executions: [] }, withBrowser: flag('--with-browser') };
	log(`work folder ${workDir}; ports: sandboxes ${sandboxPort} (de) / ${plSandboxPort} (pl), n8n ${n8nPort}, task brokers ${cliBroker}/${serverBroker}`);

	const n8nLog = path.join(workDir, 'n8n.log');
	const cleanup = [];
	const stopAll = async () => {
		while (cleanup.length) await cleanup.pop()().catch(() => {});
	};
	process.on('SIGINT', () => stopAll().then(() => process.exit(130)));
	process.on('SIGTERM', () => stopAll().then(() => process.exit(143)));

	try {
		const de = await startSandbox({ port: sandboxPort, edition: 'de', log, logFile: path.join(workDir, 'sandbox.log') });
		cleanup.push(() => de.stop());
		const pl = await startSandbox({ port: plSandboxPort, edition: 'pl', log, logFile: path.join(workDir, 'sandbox-pl.log') });
		cleanup.push(() => pl.stop());
		ctx.sandboxes = { de, pl };
		ctx.cliEnv = n8n.n8nEnv(runtime, { userFolder, port: n8nPort, brokerPort: cliBroker });
		const serverEnv = n8n.n8nEnv(runtime, { userFolder, port: n8nPort, brokerPort: serverBroker });

		// e2e workflows first: the smoke test should be the first thing to fail if the basics break
		const only = option('--only');
		const files = [...jsonFiles(E2E_WORKFLOWS), ...exampleFiles()];
		let ok = await check(`setup: package installed, 2 credentials + ${files.length} workflow(s) imported`, async () => {
			ctx.workflows = await prepareInstance({
				runtime,
				env: ctx.cliEnv,
				tgz,
				sandbox: de,
				extraCredentials: [{ sandbox: pl, ...PL_CREDENTIAL }],
				credentialForFile: (file) => (workflowEdition(file) === 'pl' ? PL_CREDENTIAL : undefined),
				workflowFiles: files,
				workDir,
				log,
			});
		});
		const selected = (mode) => ctx.workflows.filter((w) => w.mode === mode && (!only || path.basename(w.file).includes(only)));

		if (ok && !browserOnly) {
			const cliWorkflows = selected('cli');
			await runCliWorkflows(ctx, cliWorkflows);
			// n8n stores the token in the credential, so only the first workflow per credential fetches one;
			// the client's token requests are told apart from the expectation hooks' by the user agent
			for (const edition of ['de', 'pl'].filter((e) => cliWorkflows.some((w) => workflowEdition(w.file) === e))) {
				await check(`sandbox (${edition}): n8n fetched an OAuth2 token with the client-credentials grant`, async () => {
					const reqs = await ctx.sandboxes[edition].requests();
					const token = reqs.filter((r) => r.method === 'POST' && /\/token$/.test(r.path) && r.headers?.userAgent !== HOOK_USER_AGENT);
					if (token.length === 0) throw new Error('no token request from n8n recorded');
					if (!token.some((r) => r.status === 200)) throw new Error(`token requests: ${token.map((r) => r.status).join(',')}`);
					return `${token.length} token request(s)`;
				});
			}
		}

		if (ok) {
			ok = await check('n8n start: server ready', async () => {
				ctx.server = await n8n.startServer(runtime, serverEnv, { logFile: n8nLog });
				cleanup.push(() => ctx.server.stop());
				ctx.timings.startToReady = ctx.server.readyAfterMs;
				return `ready after ${(ctx.server.readyAfterMs / 1000).toFixed(1)} s on ${ctx.server.baseUrl}`;
			});
		}
		if (ok) await serverChecks(ctx, selected('server'));
	} finally {
		await stopAll();
	}

	if (!browserOnly) {
		await check('no outbound connection attempts in the n8n log', async () => {
			const text = fs.existsSync(n8nLog) ? fs.readFileSync(n8nLog, 'utf8') : '';
			const hits = outboundAttempts(text);
			if (hits.length) throw new Error(hits.slice(0, 5).join('\n'));
		});
	}
	const ex = ctx.timings.executions;
	if (ex.length) log(`timings: n8n execute ${ex.map((t) => (t / 1000).toFixed(1)).join(' s, ')} s; start to ready ${((ctx.timings.startToReady ?? 0) / 1000).toFixed(1)} s`);
	if (flag('--keep') || results.failed > 0) log(`kept ${workDir} (logs: n8n.log, sandbox.log)`);
	else fs.rmSync(workDir, { recursive: true, force: true });
	return summary();
}

async function distinctPorts(n) {
	const ports = new Set();
	while (ports.size < n) ports.add(await n8n.freePort());
	return [...ports];
}

// ---------------------------------------------------------------------------------------------

async function main() {
	try {
		const code = flag('--inner') ? await inner() : await outer();
		process.exitCode = code;
	} catch (err) {
		console.error(`e2e aborted: ${err.message}`);
		console.log(`e2e: ${results.passed} passed, ${results.failed + 1} failed`);
		process.exitCode = 1;
	}
}

module.exports = { main };

if (require.main === module) main();
