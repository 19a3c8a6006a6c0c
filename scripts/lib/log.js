'use strict';
// Tiny progress logger shared by the demo, the runtime installer and the e2e runner.
// Every line carries the seconds since the process started, so slow steps are easy to spot.

const started = Date.now();

function elapsed() {
	return ((Date.now() - started) / 1000).toFixed(1).padStart(6);
}

function makeLogger(prefix) {
	const log = (msg) => console.log(`[${prefix} ${elapsed()}s] ${msg}`);
	/** Runs an async step and prints how long it took. */
	log.step = async (name, fn) => {
		const t0 = Date.now();
		log(`${name} ...`);
		const result = await fn();
		log(`${name} done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
		return result;
	};
	return log;
}

module.exports = { makeLogger };
