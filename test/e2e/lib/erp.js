'use strict';
// A tiny ERP XT API client for expectation hooks: prepares data in the sandbox before a workflow
// runs (e.g. an invoice issued today, so "this month" has something to show) and cross-checks
// results afterwards. It talks to the sandbox like any API client (client-credentials token),
// so what it creates is indistinguishable from data entered in ERP XT.

const { SANDBOX_CLIENT } = require('../../../scripts/lib/sandbox');

/** Sent with every request, so run.js can tell these requests apart from n8n's. */
const USER_AGENT = 'erp-xt-e2e-hooks';

/** Current API path of a collection per edition (the node's defaults, see helpers/apiFamilies.ts). */
const PATHS = {
	de: { invoices: 'invoices', customers: 'customers', proformas: 'proformas' },
	pl: { invoices: 'v1.4/invoices', customers: 'v1.2/customers', proformas: 'v1.4/proformas', advanceInvoices: 'v1.4/advanceinvoices', payments: 'v1.4/paymentdetails' },
	betterfly: { invoices: 'v1.5/invoices', customers: 'v1.2/customers', proformas: 'v1.4/proformas', advanceInvoices: 'v1.5/advanceinvoices', payments: 'v1.5/paymentdetails' },
};

/** Calendar date in Central European time (the sandbox's "today"), as YYYY-MM-DD. */
function todayCet(date = new Date()) {
	return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(date);
}

function erpClient(sandbox) {
	let token;
	const base = `${sandbox.url}/api2/public`;
	async function getToken() {
		if (token) return token;
		const res = await fetch(`${base}/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': USER_AGENT },
			body: new URLSearchParams({ grant_type: 'client_credentials', client_id: SANDBOX_CLIENT.clientId, client_secret: SANDBOX_CLIENT.clientSecret }),
		});
		if (!res.ok) throw new Error(`sandbox token: HTTP ${res.status}`);
		token = (await res.json()).access_token;
		return token;
	}
	async function call(method, route, { body, qs } = {}) {
		// the first segment names the collection: invoices/123 → v1.4/invoices/123 on a Polish tenant
		const [head, ...rest] = route.split('/');
		const path = [PATHS[sandbox.edition]?.[head] ?? head, ...rest].join('/');
		const url = `${base}/${path}${qs ? `?${new URLSearchParams(qs)}` : ''}`;
		const res = await fetch(url, {
			method,
			headers: { authorization: `Bearer ${await getToken()}`, 'content-type': 'application/json', 'user-agent': USER_AGENT },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${res.status} ${text.slice(0, 300)}`);
		return text ? JSON.parse(text) : undefined;
	}
	const idOf = (answer) => Number(typeof answer === 'object' && answer ? answer.Id ?? answer.id : answer);
	return {
		edition: sandbox.edition,
		get: (route, qs) => call('GET', route, { qs }),
		post: (route, body, qs) => call('POST', route, { body, qs }),
		put: (route, body) => call('PUT', route, { body }),
		/** Every record of a list (the sandbox pages like ERP XT: $top/$skip). */
		async list(route, filter) {
			const all = [];
			for (let skip = 0; ; skip += 500) {
				const page = await call('GET', route, { qs: { $top: 500, $skip: skip, ...(filter ? { $filter: filter } : {}) } });
				all.push(...page);
				if (page.length < 500) return all;
			}
		},
		/**
		 * A sales invoice issued today for the first customer, with the first product; confirmed when
		 * asked. Returns the invoice as ERP XT reads it back.
		 */
		async createInvoice({ paid = false, confirm = false, quantity = 1 } = {}) {
			const [customer] = await call('GET', 'customers', { qs: { $top: 1 } });
			const [product] = await call('GET', 'products', { qs: { $top: 1 } });
			const [paymentType] = await call('GET', 'paymenttypes', { qs: { $top: 1 } });
			const priceKey = sandbox.edition === 'de' ? 'ProductCurrencyNetPrice' : 'ProductCurrencyPrice';
			const id = idOf(
				await call('POST', 'invoices', {
					body: {
						PurchasingPartyId: customer.Id,
						PaymentTypeId: paymentType.Id,
						IssueDate: todayCet(),
						SalesDate: todayCet(),
						PaymentStatus: paid ? 1 : 0,
						Items: [{ ProductId: product.Id, Quantity: quantity, [priceKey]: product.SaleNetPrice }],
					},
				}),
			);
			if (confirm) await call('PUT', 'invoices/confirm', { body: { Id: id, IdCollection: [id] } });
			return await call('GET', `invoices/${id}`);
		},
		/** The sandbox's admin routes (bulk seeding, state). */
		async admin(method, route, body) {
			const res = await fetch(`${sandbox.url}/__sandbox/${route}`, {
				method,
				headers: { 'content-type': 'application/json' },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await res.text();
			if (!res.ok) throw new Error(`sandbox ${method} /__sandbox/${route}: HTTP ${res.status} ${text.slice(0, 300)}`);
			return text ? JSON.parse(text) : undefined;
		},
	};
}

module.exports = { erpClient, todayCet, USER_AGENT };
