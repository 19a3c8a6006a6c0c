'use strict';
// Poland: the parameters a workflow author maps from earlier nodes.
//  - Payment → Update Status with the payment as a record locator ({ __rl, mode: 'id', value: expression }):
//    PUT v1.4/payments {PaymentId, Payable: false}, then the payment is read back as settled.
//  - Proforma → Create with two lines: Unit Price left empty (the product's sale price) and "0" (a free line).
//  - Proforma → Delete on the unversioned path /api2/public/proformas/{id}, whatever the API version.
const { assert, assertEqual, assertSuccess, assertRequested, requests, nodeJson } = require('../lib/expect');

module.exports = async function check({ run, sandboxRequests, erp }) {
	assertSuccess(run);
	const [payment] = nodeJson(run, 'Payable payment');
	assert(payment?.PaymentId !== undefined, `no payable payment listed: ${JSON.stringify(payment)}`);
	const [put] = requests(sandboxRequests, 'PUT', /\/api2\/public\/v1\.4\/payments$/);
	assert(put, 'no PUT v1.4/payments');
	assertEqual(put.body, { PaymentId: payment.PaymentId, Payable: false }, 'Update Status PUT body');
	assertEqual(put.status, 204, 'Update Status PUT status');
	const [settled] = nodeJson(run, 'Settle payment');
	assertEqual([settled.PaymentId, settled.Payable], [payment.PaymentId, false], 'Update Status output [PaymentId, Payable]');

	const [product] = nodeJson(run, 'Product');
	const [post] = requests(sandboxRequests, 'POST', /\/api2\/public\/(v1\.\d\/)?proformas$/);
	assert(post, 'no proforma POST');
	const priceKey = /\/v1\.\d\//.test(post.path) ? 'ProductCurrencyPrice' : 'ProductCurrencyNetPrice';
	const salePrice = post.body.InvoiceType === 1 ? product.SaleGrossPrice : product.SaleNetPrice;
	assert(salePrice > 0, `sale price of product ${product.Id}: ${salePrice}`);
	assertEqual(
		post.body.Items.map((i) => [i.ProductId, i.Quantity, i[priceKey], i.ProductDescription]),
		[
			[product.Id, 2, salePrice, undefined],
			[product.Id, 1, 0, 'Gratis'],
		],
		`proforma POST (${post.path}): Items [product, quantity, ${priceKey}, description]`,
	);

	const [created] = nodeJson(run, 'Create proforma');
	const [deleted] = nodeJson(run, 'Delete proforma');
	assertEqual(deleted, { deleted: true, id: created.Id }, 'Delete output');
	const [del] = assertRequested(sandboxRequests, 'DELETE', /proformas\/\d+$/);
	assertEqual([del.path, del.status], [`/api2/public/proformas/${created.Id}`, 204], 'DELETE [path, status]');
	const readBack = await erp.get(`proformas/${created.Id}`).then(() => 'still there', (error) => error.message);
	assert(/HTTP 404/.test(readBack), `proforma ${created.Id} after the delete: ${readBack}`);
	const [listed] = await erp.list('payments', `PaymentId eq ${payment.PaymentId}`);
	assertEqual(listed?.Payable, false, 'the payment in the sandbox: Payable');
	return `payment ${payment.PaymentId} settled; ${created.Number} (${post.path}) deleted via ${del.path}`;
};
