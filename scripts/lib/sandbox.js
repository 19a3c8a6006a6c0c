'use strict';
// Starts the local ERP XT sandbox (the stand-in for the real API) as a child process and talks to
// its admin routes. It runs on the machine's own Node; it only listens on 127.0.0.1.

const fs = require('node:fs');
const path = require('node:path');
const { run, startBackground } = require('./proc');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
// ERP_XT_SANDBOX_CLI: run another sandbox build (same CLI contract) instead of this checkout's.
const SANDBOX_OVERRIDE = process.env.ERP_XT_SANDBOX_CLI ? path.resolve(process.env.ERP_XT_SANDBOX_CLI) : null;
const SANDBOX_CLI = SANDBOX_OVERRIDE ?? path.join(REPO_ROOT, 'sandbox', 'dist', 'cli.js');

const SANDBOX_CLIENT = { clientId: 'sandbox-client', clientSecret: 'sandbox-secret' };

/** Compiles the sandbox (npm run build:sandbox); fails clearly if it does not produce the CLI. */
async function buildSandbox(log) {
	if (SANDBOX_OVERRIDE) return log(`using the sandbox from ERP_XT_SANDBOX_CLI: ${SANDBOX_OVERRIDE}`);
	await log.step('building the sandbox (npm run build:sandbox)', async () => {
		try {
			await run('npm', ['run', '--silent', 'build:sandbox'], { cwd: REPO_ROOT });
		} catch (err) {
			throw new Error(`The ERP XT sandbox does not build yet:\n${err.message}`);
		}
	});
	if (!fs.existsSync(SANDBOX_CLI)) {
		throw new Error(`The sandbox was built but ${path.relative(REPO_ROOT, SANDBOX_CLI)} is missing.`);
	}
}

/**
 * Starts the sandbox on 127.0.0.1:<port> with the given edition and waits for its "listening" line.
 * Returns { url, port, edition, stop(), requests(), counts(), reset() }.
 */
async function startSandbox({ port, edition = 'de', log, logFile, echo = false }) {
	const proc = startBackground(process.execPath, [SANDBOX_CLI, '--port', String(port), '--edition', edition], {
		cwd: REPO_ROOT,
		logFile,
		echo,
		name: 'sandbox',
	});
	const m = await proc.waitForOutput(/ERP XT sandbox listening on (http:\/\/[^\s]+)/, 30_000);
	const url = m[1].replace(/\/$/, '');
	log?.(`sandbox (${edition}) listening on ${url}`);
	const admin = async (method, route) => {
		const res = await fetch(`${url}/__sandbox/${route}`, { method });
		if (!res.ok) throw new Error(`sandbox ${method} /__sandbox/${route}: HTTP ${res.status}`);
		const text = await res.text();
		return text ? JSON.parse(text) : undefined;
	};
	return {
		url,
		port,
		edition,
		pid: proc.pid,
		proc,
		requests: () => admin('GET', 'requests'),
		counts: () => admin('GET', 'counts'),
		reset: () => admin('POST', 'reset'),
		stop: () => proc.stop(5_000),
	};
}

module.exports = { buildSandbox, startSandbox, SANDBOX_CLIENT, SANDBOX_CLI };
