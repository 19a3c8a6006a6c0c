'use strict';
// Reads the latest saved execution of a workflow straight from n8n's SQLite database and prints it
// as an IRun-like JSON object. Runs under the runtime's Node 24 (its sqlite3 build), not Node 20.
//
// Why: `n8n execute` in 2.41.1 sometimes loses a run that fails very fast ("No active execution
// found") and then prints no result, although n8n saved the execution. This recovers it.
//
// usage: node read-execution.js <n8n host dir> <database.sqlite> <workflow id>

const { createRequire } = require('node:module');
const path = require('node:path');

const [hostDir, dbFile, workflowId] = process.argv.slice(2);
const hostRequire = createRequire(path.join(hostDir, 'package.json'));
const sqlite3 = hostRequire('sqlite3');
const { parse } = hostRequire('flatted');

const db = new sqlite3.Database(dbFile, sqlite3.OPEN_READONLY);
const sql = `SELECT e.id, e.status, e.mode, e.finished, e.startedAt, e.stoppedAt, d.data
	FROM execution_entity e JOIN execution_data d ON d.executionId = e.id
	WHERE e.workflowId = ? ORDER BY e.id DESC LIMIT 1`;
db.get(sql, [workflowId], (err, row) => {
	db.close();
	if (err) {
		console.error(err.message);
		process.exit(1);
	}
	if (!row) {
		console.error(`no saved execution for workflow ${workflowId}`);
		process.exit(2);
	}
	const { data, ...meta } = row;
	process.stdout.write(JSON.stringify({ ...meta, finished: Boolean(meta.finished), data: parse(data) }));
});
