import { API, BodyLog, byId, erp, fixture, jsonItems, run, runOk, tokenScope, useNock, withoutIds } from './setup';

type Json = Record<string, unknown>;

const DE_PATH = `${API}/customers`;
const PL_PATH = `${API}/v1.2/customers`;
const [comarch] = fixture<Json[]>('customers-v1.2');
const [mueller] = fixture<Json[]>('customers-v1.0');

describe('Customer', () => {
	useNock();

	describe('German edition (API 1.0, /customers)', () => {
		it('Get returns the customer without $id markers, nested ones included', async () => {
			tokenScope();
			const api = erp().get(`${DE_PATH}/6001`).reply(200, mueller);

			const output = await runOk({ resource: 'customer', operation: 'get', customerId: byId(6001) });

			expect(jsonItems(output)).toEqual([{ json: withoutIds(mueller), pairedItem: { item: 0 } }]);
			expect(JSON.stringify(output)).not.toContain('$id');
			api.done();
		});

		it('Get Many simplifies and flattens the address', async () => {
			tokenScope();
			const api = erp()
				.get(DE_PATH)
				.query({ $top: '10', $skip: '0' })
				.reply(200, fixture('customers-v1.0'))
				.get(DE_PATH)
				.query({ $top: '9', $skip: '1' })
				.reply(200, []);

			const output = await runOk({ resource: 'customer', operation: 'getAll', limit: 10 });

			expect(jsonItems(output)).toEqual([
				{
					json: {
						Id: 6001,
						Name: 'Müller Bau GmbH',
						CustomerCode: 'K/000012',
						CustomerTaxNumber: 'DE811907980',
						Mail: 'info@mueller-bau.example',
						PhoneNumber: '+49 30 1234567',
						PostalCode: '10115',
						City: 'Berlin',
						CustomerType: 1,
					},
					pairedItem: { item: 0 },
				},
			]);
			api.done();
		});

		it('Create sends name, kind, type and address, then reads the customer back', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(DE_PATH).reply(log.reply(200, 6001)).get(`${DE_PATH}/6001`).reply(200, mueller);

			const output = await runOk({
				resource: 'customer',
				operation: 'create',
				name: 'Müller Bau GmbH',
				additionalFields: {
					taxNumber: 'DE811907980',
					customerType: 1,
					customerKind: 2,
					email: 'info@mueller-bau.example',
					address: { street: 'Hauptstraße', buildingNumber: '5', postalCode: '10115', city: 'Berlin' },
				},
			});

			expect(log.bodies).toEqual([
				{
					Name: 'Müller Bau GmbH',
					CustomerTaxNumber: 'DE811907980',
					CustomerType: 1,
					CustomerKind: 2,
					Mail: 'info@mueller-bau.example',
					Address: { Street: 'Hauptstraße', BuildingNumber: '5', PostalCode: '10115', City: 'Berlin' },
				},
			]);
			expect(jsonItems(output)).toEqual([{ json: withoutIds(mueller), pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Create refuses Country Code (API 1.2 only) before any request', async () => {
			const { output, error } = await run({
				resource: 'customer',
				operation: 'create',
				name: 'Müller Bau GmbH',
				additionalFields: { countryCode: 'DE' },
			});

			expect(output).toEqual([]);
			expect(error?.message).toMatch(/^Country Code is not available in the Germany \(app\.erpxt\.de\) edition \(it needs API version 1\.2\)$/);
		});

		it('Update keeps untouched fields and the address', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${DE_PATH}/6001`)
				.reply(200, mueller)
				.put(DE_PATH)
				.reply(log.reply(204))
				.get(`${DE_PATH}/6001`)
				.reply(200, { ...mueller, PhoneNumber: '+49 30 7654321' });

			const output = await runOk({
				resource: 'customer',
				operation: 'update',
				customerId: byId(6001),
				updateFields: { phoneNumber: '+49 30 7654321' },
			});

			expect(log.bodies).toEqual([
				{
					Id: 6001,
					Name: 'Müller Bau GmbH',
					CustomerTaxNumber: 'DE811907980',
					CustomerCode: 'K/000012',
					Mail: 'info@mueller-bau.example',
					PhoneNumber: '+49 30 7654321',
					CustomerType: 1,
					CustomerKind: 1,
					Address: { Street: 'Hauptstraße', BuildingNumber: '5', FlatNumber: '', PostalCode: '10115', City: 'Berlin', Id: 7001 },
				},
			]);
			expect(output[0].json).toEqual(withoutIds({ ...mueller, PhoneNumber: '+49 30 7654321' }));
			api.done();
		});

		it('Update of one address part keeps the other address parts (read, merge, write)', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${DE_PATH}/6001`)
				.reply(200, mueller)
				.put(DE_PATH)
				.reply(log.reply(204))
				.get(`${DE_PATH}/6001`)
				.reply(200, mueller);

			await runOk({
				resource: 'customer',
				operation: 'update',
				customerId: byId(6001),
				updateFields: { address: { city: 'Hamburg' } },
			});

			const [body] = log.bodies as Json[];
			expect(body.Address).toEqual({
				Street: 'Hauptstraße',
				BuildingNumber: '5',
				FlatNumber: '',
				PostalCode: '10115',
				City: 'Hamburg',
				Id: 7001,
			});
			api.done();
		});

		it('Delete sends DELETE /customers/{id}', async () => {
			tokenScope();
			const api = erp().delete(`${DE_PATH}/6001`).reply(204);

			const output = await runOk({ resource: 'customer', operation: 'delete', customerId: byId('6001') });

			expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 6001 }, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Get by Tax Number filters the list on every spelling of the number', async () => {
			tokenScope();
			const api = erp()
				.get(DE_PATH)
				.query({
					$filter: "CustomerTaxNumber eq 'DE 811 907 980' or CustomerTaxNumber eq 'DE811907980' or CustomerTaxNumber eq '811907980'",
				})
				.reply(200, fixture('customers-v1.0'));

			const output = await runOk({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: ' DE 811 907 980 ' });

			expect(jsonItems(output)).toEqual([{ json: withoutIds(mueller), pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Get by Tax Number keeps only customers carrying the number when the server ignores $filter', async () => {
			tokenScope();
			const plain = withoutIds(mueller);
			const spaced = { ...plain, Id: 6003, CustomerTaxNumber: 'de 811-907.980' };
			const split = { ...plain, Id: 6004, CountryCode: 'DE', CustomerTaxNumber: '811 907 980' };
			const stranger = { ...plain, Id: 6005, CustomerTaxNumber: 'DE999999999' };
			const noNumber = { ...plain, Id: 6006, CustomerTaxNumber: '' };
			const api = erp()
				.get(DE_PATH)
				.query({ $filter: "CustomerTaxNumber eq 'DE811907980' or CustomerTaxNumber eq '811907980'" })
				.reply(200, [stranger, plain, noNumber, spaced, split]);

			const output = await runOk({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: 'DE811907980' });

			expect(output.map((item) => item.json.Id)).toEqual([6001, 6003, 6004]);
			api.done();
		});

		it('Get by Tax Number without a prefix matches CountryCode + number, not another country\'s prefix', async () => {
			tokenScope();
			const plain = withoutIds(mueller);
			const split = { ...plain, Id: 6004, CountryCode: 'DE', CustomerTaxNumber: '811907980' };
			const api = erp()
				.get(DE_PATH)
				.query({ $filter: "CustomerTaxNumber eq '811907980'" })
				.reply(200, [plain, split]);

			const output = await runOk({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: '811907980' });

			// "DE811907980" is not "811907980" as typed; only the record storing the bare number matches.
			expect(output.map((item) => item.json.Id)).toEqual([6004]);
			api.done();
		});

		it('Get by Tax Number returns no item when nothing matches', async () => {
			tokenScope();
			const api = erp().get(DE_PATH).query({ $filter: "CustomerTaxNumber eq 'DE000000000' or CustomerTaxNumber eq '000000000'" }).reply(200, []);

			const output = await runOk({ resource: 'customer', operation: 'getByTaxNumber', taxNumber: 'DE000000000' });

			expect(output).toEqual([]);
			api.done();
		});
	});

	describe('Polish edition (API 1.2, /v1.2/customers)', () => {
		it('Get reads /v1.2/customers/{id}', async () => {
			tokenScope();
			const api = erp().get(`${PL_PATH}/529611`).reply(200, comarch);

			const output = await runOk({ resource: 'customer', operation: 'get', customerId: byId(529611) }, { edition: 'pl' });

			expect(jsonItems(output)).toEqual([{ json: comarch, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Get Many (Simplify off) returns the documented records as they are', async () => {
			tokenScope();
			const api = erp()
				.get(PL_PATH)
				.query({ $top: '500', $skip: '0' })
				.reply(200, fixture('customers-v1.2'))
				.get(PL_PATH)
				.query({ $top: '500', $skip: '1' })
				.reply(200, []);

			const output = await runOk(
				{ resource: 'customer', operation: 'getAll', returnAll: true, simplify: false },
				{ edition: 'pl' },
			);

			expect(jsonItems(output)).toEqual([{ json: comarch, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Create sends the API 1.2 fields', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp().post(PL_PATH).reply(log.reply(200, 529611)).get(`${PL_PATH}/529611`).reply(200, comarch);

			const output = await runOk(
				{
					resource: 'customer',
					operation: 'create',
					name: 'COMARCH SPÓŁKA AKCYJNA',
					additionalFields: {
						taxNumber: '6770065406',
						countryCode: 'PL',
						customerStatus: 1,
						representativeFirstName: 'Jan',
						representativeLastName: 'Kowalski',
					},
				},
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					Name: 'COMARCH SPÓŁKA AKCYJNA',
					CustomerTaxNumber: '6770065406',
					CountryCode: 'PL',
					CustomerStatus: 1,
					RepresentativeFirstName: 'Jan',
					RepresentativeLastName: 'Kowalski',
				},
			]);
			expect(output[0].json).toEqual(comarch);
			api.done();
		});

		it('Create refuses Customer Kind (German edition only) before any request', async () => {
			const { error } = await run(
				{ resource: 'customer', operation: 'create', name: 'X', additionalFields: { customerKind: 2 } },
				{ edition: 'pl' },
			);

			expect(error?.message).toMatch(/^Customer Kind exists only in the Germany \(app\.erpxt\.de\) edition/);
		});

		it('Update PUTs to /v1.2/customers with the current API 1.2 fields preserved', async () => {
			tokenScope();
			const log = new BodyLog();
			const api = erp()
				.get(`${PL_PATH}/529611`)
				.reply(200, comarch)
				.put(PL_PATH)
				.reply(log.reply(204))
				.get(`${PL_PATH}/529611`)
				.reply(200, { ...comarch, Mail: 'biuro@comarch.example' });

			await runOk(
				{ resource: 'customer', operation: 'update', customerId: byId(529611), updateFields: { email: 'biuro@comarch.example' } },
				{ edition: 'pl' },
			);

			expect(log.bodies).toEqual([
				{
					Id: 529611,
					Name: 'COMARCH SPÓŁKA AKCYJNA',
					CountryCode: '',
					CustomerTaxNumber: '6770065406',
					CustomerCode: 'K/000369',
					Mail: 'biuro@comarch.example',
					PhoneNumber: '',
					CustomerType: 1,
					Address: comarch.Address,
					CustomerStatus: 0,
					RepresentativeFirstName: 'Jan',
					RepresentativeLastName: 'Kowalski',
				},
			]);
			api.done();
		});

		it('Delete sends DELETE /v1.2/customers/{id}', async () => {
			tokenScope();
			const api = erp().delete(`${PL_PATH}/529611`).reply(204);

			const output = await runOk({ resource: 'customer', operation: 'delete', customerId: byId(529611) }, { edition: 'pl' });

			expect(output[0].json).toEqual({ deleted: true, id: 529611 });
			api.done();
		});

		it('Get by Tax Number uses ?nip= and accepts a single object', async () => {
			tokenScope();
			const api = erp().get(PL_PATH).query({ nip: '6770065406' }).reply(200, comarch);

			const output = await runOk(
				{ resource: 'customer', operation: 'getByTaxNumber', taxNumber: 'PL 677-006-54-06' },
				{ edition: 'pl' },
			);

			expect(jsonItems(output)).toEqual([{ json: comarch, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Get by Tax Number keeps only customers with that number when the server ignores ?nip=', async () => {
			tokenScope();
			const stranger = { ...comarch, Id: 529612, Name: 'Inna Firma', CustomerTaxNumber: '5252248481' };
			const withPrefix = { ...comarch, Id: 529613, CountryCode: 'PL', CustomerTaxNumber: '677-006-54-06' };
			const api = erp().get(PL_PATH).query({ nip: '6770065406' }).reply(200, [stranger, comarch, withPrefix]);

			const output = await runOk(
				{ resource: 'customer', operation: 'getByTaxNumber', taxNumber: 'PL6770065406' },
				{ edition: 'pl' },
			);

			expect(output.map((item) => item.json.Id)).toEqual([comarch.Id, 529613]);
			api.done();
		});

		it('Get by Tax Number accepts an array answer', async () => {
			tokenScope();
			const api = erp().get(PL_PATH).query({ nip: '6770065406' }).reply(200, fixture('customers-v1.2'));

			const output = await runOk(
				{ resource: 'customer', operation: 'getByTaxNumber', taxNumber: '6770065406' },
				{ edition: 'pl' },
			);

			expect(jsonItems(output)).toEqual([{ json: comarch, pairedItem: { item: 0 } }]);
			api.done();
		});

		it('Get by Tax Number turns a 404 into no items', async () => {
			tokenScope();
			const api = erp()
				.get(PL_PATH)
				.query({ nip: '1111111111' })
				.reply(404, { Message: 'Nie znaleziono kontrahenta' });

			const { output, error } = await run(
				{ resource: 'customer', operation: 'getByTaxNumber', taxNumber: '1111111111' },
				{ edition: 'pl' },
			);

			expect(error).toBeUndefined();
			expect(output).toEqual([]);
			api.done();
		});

		it('Get by Tax Number still reports other errors', async () => {
			tokenScope();
			const api = erp().get(PL_PATH).query({ nip: '1111111111' }).reply(400, { Code: 7, Message: 'Nieprawidłowy NIP' });

			const { error } = await run(
				{ resource: 'customer', operation: 'getByTaxNumber', taxNumber: '1111111111' },
				{ edition: 'pl' },
			);

			expect(error?.message).toContain('Nieprawidłowy NIP');
			expect(error?.message).toContain('customer with tax number 1111111111');
			api.done();
		});
	});
});
