'use strict';
// Proforma with PDF: the customer is found by tax number, the product is created on the first run,
// the proforma is created for the looked-up ids with the product's price, and its PDF comes back.
const { assert, assertEqual, assertSuccess, requests, nodeJson, nodeBinary } = require('../lib/expect');

module.exports = function check({ run, sandboxRequests }) {
	assertSuccess(run);
	const [found] = nodeJson(run, 'Find customer');
	assertEqual(found.Name, 'Fischer IT-Service GmbH', 'customer found by tax number');
	const { customerId } = nodeJson(run, 'Customer')[0];
	assertEqual(customerId, found.Id, 'customer id carried on');
	const product = nodeJson(run, 'Create product')[0];
	assertEqual([product.Name, product.SaleNetPrice, product.Rate], ['Workshop E-Rechnung (Tagessatz)', 1200, 9], 'created product');
	const [paymentType] = nodeJson(run, 'Default payment type');
	assertEqual(paymentType.Primary, true, 'the default payment type is picked');

	const [post] = requests(sandboxRequests, 'POST', /\/api2\/public\/proformas$/);
	assert(post, 'no proforma POST');
	assertEqual(post.body.PurchasingPartyId, customerId, 'proforma POST: PurchasingPartyId');
	assertEqual(post.body.PaymentTypeId, paymentType.Id, 'proforma POST: PaymentTypeId');
	assertEqual(post.body.Items, [{ ProductId: product.Id, Quantity: 2, ProductCurrencyNetPrice: 1200 }], 'proforma POST: Items');

	const [proforma] = nodeJson(run, 'Proforma PDF');
	assert(/^PF\/\d{2}\/\d{1,2}\/\d+$/.test(proforma.Number), `proforma number ${proforma.Number}`);
	const pdf = nodeBinary(run, 'Proforma PDF');
	assertEqual(pdf.mimeType, 'application/pdf', 'mimeType');
	assertEqual(pdf.fileName, `${proforma.Number.replace(/\//g, '-')}.pdf`, 'file name');
	return `${proforma.Number} → ${pdf.fileName}`;
};
