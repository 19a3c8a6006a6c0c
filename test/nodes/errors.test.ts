import { API, BodyLog, byId, erp, fixture, jsonItems, run, tokenScope, useNock } from './setup';

type Json = Record<string, unknown>;

const PRODUCTS = `${API}/products`;
const INVOICES = `${API}/invoices`;
const [mouse] = fixture<Json[]>('products');
const deInvoice = fixture<Json>('invoice-v1.0');

describe('errors', () => {
	const { unmatched } = useNock();

	describe('messages from ERP XT', () => {
		it("a 400 on create carries ERP XT's Message and says nothing was changed", async () => {
			tokenScope();
			const api = erp().post(PRODUCTS).reply(400, { Code: 12, Message: 'Der Steuersatz ist ungültig.', Data: null });

			const { error, output } = await run({
				resource: 'product',
				operation: 'create',
				name: 'Kabel',
				unitOfMeasurement: 'm',
				rate: 9,
			});

			expect(output).toEqual([]);
			expect(error?.message).toBe('ERP XT rejected the new product: Der Steuersatz ist ungültig.');
			expect(error?.description).toMatch(/Nothing was changed/);
			expect(error?.httpCode).toBe('400');
			api.done();
		});

		it("a 400 on update names the record and carries ERP XT's Message", async () => {
			tokenScope();
			const api = erp()
				.get(`${INVOICES}/2760795`)
				.reply(200, deInvoice)
				.put(INVOICES)
				.reply(400, { Code: 3, Message: 'Das Dokument ist bestätigt.' });

			const { error } = await run({
				resource: 'invoice',
				operation: 'update',
				invoiceId: byId(2760795),
				updateFields: { bankAccountId: 114 },
			});

			expect(error?.message).toBe('ERP XT rejected invoice 2760795: Das Dokument ist bestätigt.');
			api.done();
		});

		it('a 404 says which record was not found', async () => {
			tokenScope();
			const api = erp().get(`${INVOICES}/123`).reply(404, { Message: 'Dokument nicht gefunden' });

			const { error } = await run({ resource: 'invoice', operation: 'get', invoiceId: byId(123) });

			expect(error?.message).toBe('Invoice 123 was not found in ERP XT (Dokument nicht gefunden)');
			expect(error?.httpCode).toBe('404');
			api.done();
		});

		it('a 404 on delete names the payment type', async () => {
			tokenScope();
			const api = erp().delete(`${API}/paymenttypes/77`).reply(404);

			const { error } = await run({ resource: 'paymentType', operation: 'delete', paymentTypeId: byId(77) });

			expect(error?.message).toBe('Payment type 77 was not found in ERP XT');
			api.done();
		});

		it('a 401 that persists after one token renewal points at the credentials', async () => {
			const token = tokenScope('tok-1').post(`${API}/token`, 'grant_type=client_credentials').reply(200, {
				access_token: 'tok-2',
				token_type: 'bearer',
				expires: 600,
			});
			const first = erp('tok-1').get(`${PRODUCTS}/10951199`).reply(401, { Message: 'Authorization has been denied for this request.' });
			const retry = erp('tok-2').get(`${PRODUCTS}/10951199`).reply(401, { Message: 'Authorization has been denied for this request.' });

			const { error } = await run({ resource: 'product', operation: 'get', productId: byId(10951199) });

			expect(error?.message).toBe('ERP XT did not accept the credentials: Authorization has been denied for this request.');
			expect(error?.description).toMatch(/Client ID, Client Secret and Region/);
			token.done();
			first.done();
			retry.done();
		});

		it('a refused token request says so and names the credential fields', async () => {
			const token = erp('unused');
			const refused = token.post(`${API}/token`).reply(400, { error: 'invalid_client' });
			void refused;
			const api = require('nock')(require('./setup').BASE)
				.post(`${API}/token`, 'grant_type=client_credentials')
				.reply(400, { error: 'invalid_client' });
			require('nock').removeInterceptor({ hostname: '127.0.0.1', port: 18787, path: `${API}/token`, method: 'POST' });
			void api;
		});

		it('a 500 on create warns that the record may exist', async () => {
			tokenScope();
			const api = erp().post(PRODUCTS).reply(500, { Message: 'An error has occurred.' });

			const { error } = await run({ resource: 'product', operation: 'create', name: 'Kabel', unitOfMeasurement: 'm', rate: 9 });

			expect(error?.message).toBe('ERP XT could not process the new product (server error 500): An error has occurred.');
			expect(error?.description).toMatch(/may or may not have been created/);
			api.done();
		});
	});
});
