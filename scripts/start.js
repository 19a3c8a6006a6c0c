#!/usr/bin/env node
'use strict';
// `npm start`: the local demo. Builds and packs this package, starts the ERP XT sandbox and a real
// n8n on http://127.0.0.1:5678 with the package installed as a community package, a credential for
// the sandbox and the example workflows. Ctrl-C stops everything it started.
//
//   npm start                          German edition (default)
//   npm start -- --edition pl          or betterfly
//   npm start -- --fresh               forget the demo's n8n data (workflows, executions, account)
//   npm start -- --port 5678 --sandbox-port 8787

const fs = require('node:fs');
const path = require('node:path');
const { makeLogger } = require('./lib/log');
const { ensureRuntime } = require('./n8n-runtime');
const { buildAndPack } = require('./lib/package');
const { buildSandbox, startSandbox } = require('./lib/sandbox');
const { prepareInstance, exampleFiles, workflowEdition } = require('./lib/instance');
const n8n = require('./lib/n8n');

const REPO_ROOT = path.resolve(__dirname, '..');
// Under node_modules/.cache: disposable, git-ignored, and outside what linters scan (n8n copies its
// whole editor bundle into the user folder). The n8n runtime itself stays in .cache/n8n-runtime.
const DEMO_DIR = path.join(REPO_ROOT, 'node_modules', '.cache', 'erp-xt-demo');
const EDITIONS = ['de', 'pl', 'betterfly'];

const log = makeLogger('demo');

function parseArgs(argv) {
	const opts = { edition: 'de', port: 5678, sandboxPort: 8787, fresh: false };
	for (let i = 0; i < argv.length; i++) {
		const [key, inline] = argv[i].split('=');
		const value = () => inline ?? argv[++i];
		if (key === '--edition') opts.edition = value();
		else if (key === '--port') opts.port = Number(value());
		else if (key === '--sandbox-port') opts.sandboxPort = Number(value());
		else if (key === '--fresh') opts.fresh = true;
		else throw new Error(`unknown option ${argv[i]} (use --edition de|pl|betterfly, --port, --sandbox-port, --fresh)`);
	}
	if (!EDITIONS.includes(opts.edition)) throw new Error(`--edition must be one of ${EDITIONS.join(', ')}`);
	return opts;
}

/** Fails early with a readable message instead of n8n's EADDRINUSE stack trace. */
async function assertPortFree(port, what) {
	const free = await new Promise((resolve) => {
		const srv = require('node:net').createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
	if (!free) throw new Error(`port ${port} (${what}) is already in use; stop what runs there or pick another port`);
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	const started = [];
	let stopping = false;
	const stopAll = async (code) => {
		if (stopping) return;
		stopping = true;
		log('stopping ...');
		while (started.length) await started.pop().stop().catch(() => {});
		log('stopped everything that was started');
		process.exit(code);
	};
	process.on('SIGINT', () => stopAll(0));
	process.on('SIGTERM', () => stopAll(0));
	process.on('SIGHUP', () => stopAll(0)); // terminal closed

	try {
		await assertPortFree(opts.port, 'n8n');
		await assertPortFree(opts.sandboxPort, 'sandbox');
		const runtime = await ensureRuntime({ log });
		const tgz = await buildAndPack(log);
		await buildSandbox(log);
		fs.mkdirSync(DEMO_DIR, { recursive: true });

		const sandbox = await startSandbox({
			port: opts.sandboxPort,
			edition: opts.edition,
			log,
			logFile: path.join(DEMO_DIR, 'sandbox.log'),
		});
		started.push(sandbox);

		// The user folder is kept between runs (so your edits survive); --fresh starts over.
		const userFolder = path.join(DEMO_DIR, 'n8n-user');
		if (opts.fresh) fs.rmSync(userFolder, { recursive: true, force: true });
		const isNew = !fs.existsSync(path.join(userFolder, '.n8n', 'database.sqlite'));
		fs.mkdirSync(userFolder, { recursive: true });
		log(`${isNew ? 'new' : 'reusing the'} n8n user folder node_modules/.cache/erp-xt-demo/n8n-user${isNew ? '' : ' (npm start -- --fresh to reset)'}`);

		// The publication reconciler (10 s by default) is what makes a re-imported webhook workflow live;
		// every 2 s shortens the wait after a restart with a reused user folder.
		const env = n8n.n8nEnv(runtime, {
			userFolder,
			port: opts.port,
			brokerPort: opts.port + 1,
			extra: { N8N_WORKFLOW_PUBLICATION_RECONCILE_INTERVAL_SECONDS: '2' },
		});
		const examples = exampleFiles();
		// Examples are imported again on every start, so the demo always shows the current ones.
		const workflows = await prepareInstance({
			runtime,
			env,
			tgz,
			sandbox,
			workflowFiles: examples,
			workDir: path.join(DEMO_DIR, 'import'),
			log,
		});

		const server = await log.step(`starting n8n ${runtime.n8nVersion} (Node ${runtime.nodeVersion})`, () =>
			n8n.startServer(runtime, env, { logFile: path.join(DEMO_DIR, 'n8n.log') }),
		);
		started.push(server);
		log(`n8n ready after ${(server.readyAfterMs / 1000).toFixed(1)} s`);
		const { client, created } = await n8n.ensureOwner(server.baseUrl);
		// A reused user folder: the server starts with the previous version of each published
		// example and switches within about 10 s. The URL is printed only when the current one is live.
		const published = workflows.filter((w) => w.mode === 'server');
		if (published.length) {
			const late = await log.step('waiting until the published workflows serve the imported version', () =>
				n8n.waitUntilPublished(client, published.map((w) => w.id)),
			);
			if (late.length) log(`warning: not yet live after 30 s: ${late.join(', ')} (a webhook may run the previous version for a moment)`);
		}
		server.exited.then(({ code, signal }) => {
			if (!stopping) {
				log(`n8n stopped unexpectedly (${signal ?? code}); see node_modules/.cache/erp-xt-demo/n8n.log`);
				stopAll(1);
			}
		});

		const o = n8n.DEFAULT_OWNER;
		console.log('');
		console.log('  Comarch ERP XT demo is running (everything stays on this machine)');
		console.log(`  n8n:       ${server.baseUrl}/`);
		console.log(`  login:     ${o.email} / ${o.password}${created ? '' : ' (existing account)'}`);
		console.log(`  sandbox:   ${sandbox.url} (edition ${opts.edition}), credential "${n8n.CREDENTIAL_NAME}"`);
		console.log(`  workflows: ${workflows.length ? workflows.map((w) => w.name).join(', ') : 'none in examples/ yet'}`);
		// pl-… examples use Poland/Betterfly-only resources; on a German sandbox they stop with the
		// node's "not available in this edition" error (their sticky notes say so).
		const polishOnly = workflows.filter((w) => workflowEdition(w.file) === 'pl');
		if (opts.edition === 'de' && polishOnly.length) {
			console.log(`  note:      ${polishOnly.map((w) => `"${w.name}"`).join(', ')} need Poland/Betterfly: npm start -- --edition pl`);
		}
		console.log('  logs:      node_modules/.cache/erp-xt-demo/{n8n,sandbox}.log');
		console.log('  Press Ctrl-C to stop.');
		console.log('');
	} catch (err) {
		console.error(`\ndemo failed: ${err.message}`);
		await stopAll(1);
	}
}

main();
