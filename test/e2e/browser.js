#!/usr/bin/env node
'use strict';
// Browser test: Debian's chromium driven by playwright-core (no browser download).
// Logs in to a running n8n, opens the example "Unpaid invoices of this month", opens its Comarch
// ERP XT node, picks resource and operation in the real parameter dropdowns, checks that the
// example's filters are still there, executes the node and saves screenshots to docs/
// (node-panel.png, node-output.png, workflow.png).
//
// Run alone with `npm run test:e2e:browser`: that does the same setup as test:e2e (fresh n8n,
// fresh sandbox, inside `unshare -n` when possible) and runs only this test. test:e2e runs it at the
// end whenever chromium is available.

const fs = require('node:fs');
const path = require('node:path');
const { run } = require('../../scripts/lib/proc');

const CHROMIUM = '/usr/bin/chromium';
const NODE_TYPE = 'n8n-nodes-comarch-erp-xt.comarchErpXt';
// The example the browser test opens, and what it selects in the node panel. The example's node is
// already Invoice → Get Many: choosing the same values in the dropdowns keeps its filters, which
// switching to another resource and back would reset (n8n drops parameters that get hidden).
const EXAMPLE = 'unpaid-invoices-month.json';
const PICK = { resource: 'Invoice', operation: 'Get Many', filterLabels: ['Payment Status', 'Issue Date'] };
// Screenshots at twice the CSS resolution, so they stay sharp in the README and on HiDPI screens.
const SCALE = 2;

const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
];

/** Installs Debian's chromium when missing and we are root (this phase may use apt). Returns availability. */
async function ensureChromium(log) {
	if (fs.existsSync(CHROMIUM)) return true;
	if (process.getuid?.() !== 0 || !fs.existsSync('/usr/bin/apt-get')) {
		log(`browser test skipped: ${CHROMIUM} is missing (install the Debian package "chromium")`);
		return false;
	}
	try {
		await log.step('apt-get install chromium (for the browser test)', async () => {
			const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
			await run('apt-get', ['update', '-qq'], { env });
			await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
		});
	} catch (err) {
		log(`browser test skipped: chromium install failed: ${err.message.split('\n')[0]}`);
		return false;
	}
	return fs.existsSync(CHROMIUM);
}

/** The workflow to show: the unpaid-invoices example (examples are what users open). */
function pickWorkflow(workflows) {
	const chosen = workflows.find((w) => path.basename(w.file) === EXAMPLE && w.file.split(path.sep).includes('examples'));
	if (!chosen) throw new Error(`examples/${EXAMPLE} was not imported`);
	return chosen;
}

/**
 * The example lists this month's unpaid invoices; the sandbox seed is from 2024. When the suite's
 * other workflows have not created any yet (npm run test:e2e:browser), two are created, so the
 * screenshot shows a real output.
 */
async function prepareData(erp, monthStart) {
	const unpaid = await erp.list('invoices', `PaymentStatus eq 0 and IssueDate ge ${monthStart}`);
	if (unpaid.length >= 2) return 0;
	await erp.createInvoice({ quantity: 3 });
	await erp.createInvoice({ quantity: 1, confirm: true });
	return 2;
}

/** Aborts every request that is not for the local machine, and remembers it (the test fails on any). */
async function guardNetwork(context) {
	const blocked = [];
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		const local = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.protocol === 'data:';
		if (local) return route.continue();
		blocked.push(url.href);
		return route.abort();
	});
	return blocked;
}

/** Picks an option in an n8n parameter dropdown (the real select in the node panel). */
async function selectParameter(page, parameterName, optionLabel) {
	const param = page.locator(`[data-test-id="parameter-input-${parameterName}"]`).first();
	await param.waitFor({ state: 'visible', timeout: 15_000 });
	await param.click();
	// the option whose name is exactly the label ("Invoice", not "Advance Invoice"); an option may also show a description
	const option = page
		.locator('.el-select-dropdown__item:visible, [role="option"]:visible')
		.filter({ has: page.getByText(optionLabel, { exact: true }) })
		.first();
	await option.waitFor({ state: 'visible', timeout: 10_000 });
	await option.click();
	const shown = await param.locator('input').first().inputValue();
	if (shown !== optionLabel) throw new Error(`dropdown "${parameterName}" shows "${shown}" after picking "${optionLabel}"`);
}

async function runBrowserTest({ baseUrl, owner, workflow, outDir, log }) {
	const { chromium } = require('playwright-core');
	fs.mkdirSync(outDir, { recursive: true });
	const nodeName = workflow.workflow.nodes.find((n) => n.type === NODE_TYPE).name;
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	const shots = [];
	try {
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: SCALE, baseURL: baseUrl });
		const blocked = await guardNetwork(context);
		const page = await context.newPage();

		// Log in over REST; the page shares the cookie jar.
		const login = await page.request.post('/rest/login', {
			data: { emailOrLdapLoginId: owner.email, password: owner.password },
		});
		if (!login.ok()) throw new Error(`login failed: HTTP ${login.status()}`);

		await page.goto(`/workflow/${workflow.id}`, { waitUntil: 'networkidle' });
		const canvasNode = page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName }).first();
		await canvasNode.waitFor({ state: 'visible', timeout: 30_000 });

		// Open the node and choose resource and operation in the dropdowns.
		await canvasNode.dblclick();
		await page.locator('[data-test-id="ndv"]').first().waitFor({ state: 'visible', timeout: 15_000 });
		await selectParameter(page, 'resource', PICK.resource);
		await selectParameter(page, 'operation', PICK.operation);
		// The example's filter conditions (Payment Status = 0, Issue Date ≥ first of the month) are shown.
		const ndv = page.locator('[data-test-id="ndv"]').first();
		const values = await ndv.locator('input').evaluateAll((inputs) => inputs.map((input) => input.value));
		const text = `${values.join('\n')}\n${await ndv.innerText()}`;
		const missing = PICK.filterLabels.filter((label) => !text.includes(label));
		if (missing.length) throw new Error(`the node panel does not show the filter(s) ${missing.join(', ')}`);
		await page.waitForTimeout(500);
		shots.push(await shot(page, outDir, 'node-panel.png'));

		// Execute this node (runs the workflow up to it) and wait for the output table.
		await page.locator('[data-test-id="node-execute-button"]').first().click();
		const output = page.locator('[data-test-id="ndv-output-panel"], [data-test-id="output-panel"]').first();
		await output.locator('table, [data-test-id="ndv-data-container"] .vue-recycle-scroller, .json-data').first().waitFor({ state: 'visible', timeout: 60_000 });
		const rows = await output.locator('table tbody tr').count();
		if (rows === 0) throw new Error('the output table is empty');
		// Invoices with their lines read better as JSON than as a table with nested cells.
		await output.getByText('JSON', { exact: true }).first().click();
		await output.getByText('"Number"').first().waitFor({ state: 'visible', timeout: 10_000 });
		await page.waitForTimeout(500);
		shots.push(await shot(page, outDir, 'node-output.png'));

		// Close the panel and show the executed workflow.
		await page.keyboard.press('Escape');
		await page.waitForTimeout(500);
		// "1" is n8n's "zoom to fit": the whole example, sticky note included
		await page.keyboard.press('1');
		await page.waitForTimeout(800);
		shots.push(await shot(page, outDir, 'workflow.png'));

		if (blocked.length) throw new Error(`the editor tried to reach: ${[...new Set(blocked)].slice(0, 5).join(', ')}`);
		log?.(`browser test: screenshots ${shots.map((s) => path.basename(s)).join(', ')}`);
		return shots;
	} catch (err) {
		// Keep a picture of what the page showed when it failed; it says more than a selector timeout.
		const failureShot = path.join(require('node:os').tmpdir(), 'erp-xt-browser-failure.png');
		const pages = browser.contexts().flatMap((c) => c.pages());
		if (pages[0]) await pages[0].screenshot({ path: failureShot }).catch(() => {});
		err.message = `${err.message}\n(screenshot of the page: ${failureShot})`;
		throw err;
	} finally {
		await browser.close();
	}
}

async function shot(page, outDir, name) {
	const file = path.join(outDir, name);
	await page.screenshot({ path: file });
	return file;
}

module.exports = { ensureChromium, pickWorkflow, prepareData, runBrowserTest, CHROMIUM };

if (require.main === module) {
	if (!process.argv.includes('--browser-only')) process.argv.push('--browser-only');
	require('./run').main();
}
