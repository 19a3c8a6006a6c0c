'use strict';
// Invoice for an incoming order, called over HTTP on the running server three times:
//  1. an order with an unknown product code: the workflow stops, no invoice is created;
//  2. an existing customer (found by tax number), a named payment type, a price from the product;
//  3. a new customer (created first), the default payment type, and a free line (unitPrice 0).
// A line without unitPrice must carry the product's sale price, a line with 0 must stay at 0.
// Each answer and the invoice POST bodies are checked against the sandbox's records.
const { assert, assertEqual, assertSuccess, requests, nodeRuns } = require('../lib/expect');
const { USER_AGENT } = require('../lib/erp');

const PATH = 'erp-xt-new-order';
const MUELLER = { name: 'Müller Maschinenbau GmbH', taxNumber: 'DE811907980', email: 'einkauf@mueller-maschinenbau.de', street: 'Industriestraße', buildingNumber: '17', postalCode: '50667', city: 'Köln' };
const KRAUSE = { name: 'Weinhandlung Krause GmbH', taxNumber: 'DE314159262', email: 'bestellung@weinhandlung-krause.de', street: 'Marktplatz', buildingNumber: '3', postalCode: '97070', city: 'Würzburg' };

const ORDERS = {
	unknownProduct: { orderNumber: 'WEB-2026-1041', customer: MUELLER, lines: [{ productCode: 'P/999999', quantity: 1 }] },
	existing: {
		orderNumber: 'WEB-2026-1042',
		customer: MUELLER,
		paymentMethod: 'Überweisung 30 Tage',
		lines: [
			{ productCode: 'P/000001', quantity: 4 },
			{ productCode: 'P/000007', quantity: 1, unitPrice: 4.9 },
		],
	},
	newCustomer: {
		orderNumber: 'WEB-2026-1043',
		customer: KRAUSE,
		lines: [
			{ productCode: 'P/000002', quantity: 1 },
			{ productCode: 'P/000001', quantity: 2, unitPrice: 0, description: 'Muster, kostenlos' },
		],
	},
};

const own = (reqs) => reqs.filter((r) => r.headers?.userAgent !== USER_AGENT);

module.exports = {
	async server({ sandbox, callWebhook }) {
		const calls = {};
		for (const [key, body] of Object.entries(ORDERS)) {
			const before = (await sandbox.requests()).length;
			const response = await callWebhook({ method: 'POST', path: PATH, body });
			calls[key] = { response, requests: own((await sandbox.requests()).slice(before)) };
		}
		return calls;
	},
	async check({ run, response: calls, erp }) {
		const products = await erp.list('products');
		const byCode = (code) => products.find((p) => p.ProductCode === code);
		const paymentTypes = await erp.get('paymenttypes');
		const customers = await erp.list('customers');

		// 1. unknown product code: an error answer, and nothing written
		const bad = calls.unknownProduct;
		assert(bad.response.status >= 400, `unknown product: HTTP ${bad.response.status} ${bad.response.text.slice(0, 200)}`);
		calls.unknownProductAnswer = `HTTP ${bad.response.status} ${bad.response.text.slice(0, 120)}`;
		assertEqual(bad.requests.filter((r) => r.method !== 'GET' && !/\/token$/.test(r.path)).length, 0, 'writes for the order with an unknown product');

		// 2. existing customer
		const mueller = customers.find((c) => c.CustomerTaxNumber === MUELLER.taxNumber);
		const ok = calls.existing;
		assertEqual(ok.response.status, 201, `existing customer: HTTP status (${ok.response.text.slice(0, 200)})`);
		const answer = ok.response.json;
		assert(/^FS\/\d{2}\/\d{1,2}\/\d+$/.test(answer?.invoiceNumber ?? ''), `answer: ${ok.response.text}`);
		assertEqual([answer.orderNumber, answer.customerId, answer.status, answer.paymentType], ['WEB-2026-1042', mueller.Id, 'draft', 'Überweisung 30 Tage'], 'answer [order, customer, status, payment type]');
		const lookup = requests(ok.requests, 'GET', /\/api2\/public\/customers$/)[0];
		assert((lookup?.query.$filter ?? '').includes(`CustomerTaxNumber eq '${MUELLER.taxNumber}'`), `customer lookup $filter: ${lookup?.query.$filter}`);
		const productLookups = requests(ok.requests, 'GET', /\/api2\/public\/products$/).map((r) => r.query.$filter);
		assertEqual(productLookups, ["ProductCode eq 'P/000001'", "ProductCode eq 'P/000007'"], 'product lookups');
		assertEqual(requests(ok.requests, 'POST', /\/customers$/).length, 0, 'customer POSTs for an existing customer');
		const [post] = requests(ok.requests, 'POST', /\/api2\/public\/invoices$/);
		assert(post, 'no invoice POST');
		assertEqual(post.body.PurchasingPartyId, mueller.Id, 'invoice POST: PurchasingPartyId');
		assertEqual(post.body.PaymentTypeId, paymentTypes.find((t) => t.Name === 'Überweisung 30 Tage').Id, 'invoice POST: PaymentTypeId');
		assertEqual(
			post.body.Items,
			[
				{ ProductId: byCode('P/000001').Id, Quantity: 4, ProductCurrencyNetPrice: byCode('P/000001').SaleNetPrice },
				{ ProductId: byCode('P/000007').Id, Quantity: 1, ProductCurrencyNetPrice: 4.9 },
			],
			'invoice POST: Items',
		);
		const invoice = await erp.get(`invoices/${answer.invoiceId}`);
		assertEqual(invoice.Number, answer.invoiceNumber, 'the answered invoice exists in ERP XT');

		// 3. new customer: created, then invoiced with the default payment type
		const krause = customers.find((c) => c.CustomerTaxNumber === KRAUSE.taxNumber);
		assert(krause, 'the new customer was not created');
		assertEqual([krause.Name, krause.Address.City], [KRAUSE.name, KRAUSE.city], 'created customer');
		const created = calls.newCustomer;
		assertEqual(created.response.status, 201, `new customer: HTTP status (${created.response.text.slice(0, 200)})`);
		assertEqual(created.response.json.customerId, krause.Id, 'answer: customerId of the new customer');
		const [post3] = requests(created.requests, 'POST', /\/api2\/public\/invoices$/);
		assertEqual([post3.body.PurchasingPartyId, post3.body.PaymentTypeId], [krause.Id, paymentTypes.find((t) => t.Primary).Id], 'invoice POST: [customer, default payment type]');
		assertEqual(
			post3.body.Items,
			[
				{ ProductId: byCode('P/000002').Id, Quantity: 1, ProductCurrencyNetPrice: byCode('P/000002').SaleNetPrice },
				{ ProductId: byCode('P/000001').Id, Quantity: 2, ProductCurrencyNetPrice: 0, ProductDescription: 'Muster, kostenlos' },
			],
			'invoice POST: Items (product price, free line)',
		);

		// the saved execution of the last call took the "create customer" branch
		assertSuccess(run);
		nodeRuns(run, 'Create customer');
		nodeRuns(run, 'Respond with the invoice');
		return `${answer.invoiceNumber} for ${mueller.Name}, ${created.response.json.invoiceNumber} for ${krause.Name}; unknown product code → ${calls.unknownProductAnswer}`;
	},
};
