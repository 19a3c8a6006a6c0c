'use strict';
// Poland: advance invoice (v1.4) for the customer found by NIP → confirm → finalize (v1.2) → PDF of
// the final invoice, downloaded through Invoice → Download PDF with the Id that Finalize returned.
const { assert, assertEqual, assertSuccess, assertRequested, requests, nodeJson, nodeBinary } = require('../lib/expect');

module.exports = async function check({ run, sandboxRequests, erp }) {
	assertSuccess(run);
	const [customer] = nodeJson(run, 'Find customer by NIP');
	assertEqual(customer.CustomerTaxNumber, '8943011228', 'customer found by NIP');
	const nipLookup = assertRequested(sandboxRequests, 'GET', /\/api2\/public\/v1\.2\/customers$/)[0];
	assertEqual(nipLookup.query, { nip: '8943011228' }, 'NIP lookup query');
	const { productId, grossPrice } = nodeJson(run, 'Product')[0];

	const [post] = requests(sandboxRequests, 'POST', /\/api2\/public\/v1\.4\/advanceinvoices$/i);
	assert(post, 'no advance invoice POST on v1.4');
	assertEqual(post.body.PurchasingPartyId, customer.Id, 'advance POST: PurchasingPartyId');
	assertEqual(post.body.Items.map((i) => [i.ProductId, i.Quantity]), [[productId, 1]], 'advance POST: Items');
	// Unit Price left empty in the example: the product's sale price (net unless the amounts are gross).
	const product = await erp.get(`products/${productId}`);
	const salePrice = post.body.InvoiceType === 1 ? product.SaleGrossPrice : product.SaleNetPrice;
	assert(salePrice > 0, `sale price of product ${productId}: ${salePrice}`);
	assertEqual(post.body.Items[0].ProductCurrencyPrice, salePrice, 'advance POST: line price = the product\'s sale price');
	assertEqual(post.body.CurrencyAdvance, Math.round(grossPrice * 0.3 * 100) / 100, 'advance POST: CurrencyAdvance (30 % of gross)');

	const [advance] = nodeJson(run, 'Confirm advance invoice');
	assertEqual(advance.Status, 1, 'advance invoice confirmed');
	assertRequested(sandboxRequests, 'PUT', /\/v1\.4\/advanceinvoices\/confirm$/i, { status: 204 });
	const [finalize] = requests(sandboxRequests, 'POST', /\/v1\.2\/advanceinvoices\/\d+\/finalize$/i);
	assert(finalize && finalize.path.toLowerCase().endsWith(`/advanceinvoices/${advance.Id}/finalize`), `finalize request: ${finalize?.path}`);
	assertEqual(finalize.query, { convertAll: 'true' }, 'finalize query');

	const [finalInvoice] = nodeJson(run, 'Finalize');
	assertEqual(finalInvoice.IsFinal, true, 'Finalize returns the final invoice');
	const [printed] = nodeJson(run, 'Final invoice PDF');
	assertEqual(printed.Id, finalInvoice.Id, 'PDF of the final invoice');
	const pdf = nodeBinary(run, 'Final invoice PDF');
	assertEqual(pdf.mimeType, 'application/pdf', 'mimeType');
	assertEqual(pdf.fileName, `${finalInvoice.Number.replace(/\//g, '-')}.pdf`, 'file name');
	assert(/^FS-\d{2}-\d{1,2}-\d+\.pdf$/.test(pdf.fileName), `file name ${pdf.fileName}`);
	assertRequested(sandboxRequests, 'GET', new RegExp(`/v1\\.4/invoices/${finalInvoice.Id}/print$`), { status: 200 });
	return `${advance.Number} → ${finalInvoice.Number} → ${pdf.fileName}`;
};
