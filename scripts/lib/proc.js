'use strict';
// Child-process helpers.
// Background processes are started in their own process group (detached), so stopping one also
// stops its children (n8n starts a task-runner child) and nothing is left running afterwards.
// We only ever signal the process groups we started ourselves.

const { spawn } = require('node:child_process');
const fs = require('node:fs');

const running = new Set();

/** Runs a command to completion. Resolves with { code, stdout, stderr }; rejects on failure unless allowFailure. */
function run(cmd, args, opts = {}) {
	const { env = process.env, cwd, allowFailure = false, echo = false, input } = opts;
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
		running.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => {
			stdout += d;
			if (echo) process.stdout.write(d);
		});
		child.stderr.on('data', (d) => {
			stderr += d;
			if (echo) process.stderr.write(d);
		});
		if (input !== undefined) child.stdin.end(input);
		else child.stdin.end();
		child.on('error', (err) => {
			running.delete(child);
			reject(err);
		});
		child.on('close', (code, signal) => {
			running.delete(child);
			const result = { code, signal, stdout, stderr };
			if ((code === 0 || allowFailure) && !signal) return resolve(result);
			if (allowFailure) return resolve(result);
			const tail = (stderr || stdout).trim().split('\n').slice(-25).join('\n');
			reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}\n${tail}`));
		});
	});
}

/**
 * Starts a long-running process in its own process group. Output goes to logFile (and to our
 * stdout when echo is set). Returns a handle with stop(), exited (a promise) and output().
 */
function startBackground(cmd, args, opts = {}) {
	const { env = process.env, cwd, logFile, echo = false, name = cmd } = opts;
	const child = spawn(cmd, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	running.add(child);
	const out = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
	let buffer = '';
	const listeners = new Set();
	const onData = (d) => {
		const text = d.toString();
		buffer += text;
		if (buffer.length > 2_000_000) buffer = buffer.slice(-1_000_000);
		if (out) out.write(text);
		if (echo) process.stdout.write(text);
		for (const l of listeners) l(text);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	const exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => {
			running.delete(child);
			if (out) out.end();
			resolve({ code, signal });
		});
	});
	return {
		name,
		pid: child.pid,
		exited,
		output: () => buffer,
		/** Resolves when the output matches regex (returns the match) or rejects after timeoutMs / on exit. */
		waitForOutput(regex, timeoutMs) {
			return new Promise((resolve, reject) => {
				const m0 = buffer.match(regex);
				if (m0) return resolve(m0);
				const timer = setTimeout(() => done(new Error(`${name}: no "${regex}" within ${timeoutMs} ms`)), timeoutMs);
				const listener = () => {
					const m = buffer.match(regex);
					if (m) done(null, m);
				};
				const done = (err, m) => {
					clearTimeout(timer);
					listeners.delete(listener);
					if (err) reject(err);
					else resolve(m);
				};
				listeners.add(listener);
				exited.then(({ code, signal }) =>
					done(new Error(`${name} exited (${signal ?? code}) before "${regex}":\n${buffer.slice(-3000)}`)),
				);
			});
		},
		stop: (graceMs = 10_000) => stopGroup(child, exited, graceMs),
	};
}

/** SIGTERM to the whole process group, SIGKILL after graceMs. */
async function stopGroup(child, exited, graceMs) {
	if (child.exitCode !== null || child.signalCode !== null) {
		killGroup(child.pid, 'SIGKILL'); // children of an exited leader may still be around
		return;
	}
	killGroup(child.pid, 'SIGTERM');
	const timer = new Promise((r) => setTimeout(r, graceMs, 'timeout'));
	if ((await Promise.race([exited, timer])) === 'timeout') killGroup(child.pid, 'SIGKILL');
	await exited;
	killGroup(child.pid, 'SIGKILL');
}

function killGroup(pid, signal) {
	try {
		process.kill(-pid, signal);
	} catch {
		// group already gone
	}
}

/** Last-resort cleanup (e.g. on process exit): kill every group we started and that is still alive. */
function killAllStarted() {
	for (const child of running) killGroup(child.pid, 'SIGKILL');
	running.clear();
}

process.on('exit', killAllStarted);

module.exports = { run, startBackground, killAllStarted };
