'use strict';
// PDF archive: every confirmed invoice issued this month comes back with its PDF as binary data.
// Two confirmed invoices and one draft are created first (the seed data is from 2024).
const { assert, assertEqual, assertSuccess, requests, nodeItems } = require('../lib/expect');
const { monthStarts, cetMidnight, ymd } = require('../lib/dates');

module.exports = {
	async before({ erp }) {
		await erp.createInvoice({ confirm: true, quantity: 2 });
		await erp.createInvoice({ confirm: true, quantity: 5 });
		await erp.createInvoice({ confirm: false });
	},
	async check({ run, sandboxRequests, erp }) {
		assertSuccess(run);
		// Return All: the short first page is confirmed by one more (empty) page with the same filter.
		const lists = requests(sandboxRequests, 'GET', /\/api2\/public\/invoices$/);
		const filter = lists[0]?.query.$filter ?? '';
		const from = monthStarts().find((d) => filter === `Status eq 1 and IssueDate ge ${cetMidnight(d)}`);
		assert(from, `$filter of the list: "${filter}"`);
		assert(lists.every((r) => r.query.$filter === filter), `$filter of the pages: ${JSON.stringify(lists.map((r) => r.query.$filter))}`);

		const expected = (await erp.list('invoices')).filter((i) => i.Status === 1 && ymd(i.IssueDate) >= from);
		assert(expected.length >= 2, `confirmed invoices this month in the sandbox: ${expected.length}`);
		const items = nodeItems(run, 'Download PDF');
		assertEqual(items.map((i) => i.json.Id).sort(), expected.map((i) => i.Id).sort(), 'invoices with a PDF');
		for (const item of items) {
			const pdf = item.binary?.data;
			assert(pdf, `invoice ${item.json.Number}: no binary "data"`);
			assertEqual(pdf.mimeType, 'application/pdf', `${item.json.Number}: mimeType`);
			assertEqual(pdf.fileName, `${item.json.Number.replace(/\//g, '-')}.pdf`, `${item.json.Number}: file name`);
			assert(/^FS-\d{2}-\d{1,2}-\d+\.pdf$/.test(pdf.fileName), `file name ${pdf.fileName}`);
			assert(pdf.fileSize && !/^0/.test(String(pdf.fileSize)), `${pdf.fileName}: size ${pdf.fileSize}`);
		}
		const prints = requests(sandboxRequests, 'GET', /\/invoices\/(\d+\/print|print\/\d+)$/).filter((r) => r.status === 200);
		assertEqual(prints.length, expected.length, 'successful print requests');
		return `${items.length} PDFs (${items.map((i) => i.binary.data.fileName).join(', ')})`;
	},
};
