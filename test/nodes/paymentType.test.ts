import { API, BodyLog, byId, erp, fixture, jsonItems, run, runOk, tokenScope, useNock, withoutIds } from './setup';

type Json = Record<string, unknown>;

const PATH = `${API}/paymenttypes`;
const types = fixture<Json[]>('payment-types');
const transfer = types[1];

describe('Payment Type', () => {
	useNock();

	it('Get reads /paymenttypes/{id} and drops $id', async () => {
		tokenScope();
		const api = erp().get(`${PATH}/10260090`).reply(200, transfer);

		const output = await runOk({ resource: 'paymentType', operation: 'get', paymentTypeId: byId(10260090) });

		expect(jsonItems(output)).toEqual([
			{ json: { Name: 'Przelew', Primary: false, Deadline: 7, Type: 1, Id: 10260090 }, pairedItem: { item: 0 } },
		]);
		api.done();
	});

	it('Get Many returns the documented list, simplified, without $id', async () => {
		tokenScope();
		const api = erp()
			.get(PATH)
			.query({ $top: '500', $skip: '0' })
			.reply(200, types)
			.get(PATH)
			.query({ $top: '500', $skip: String(types.length) })
			.reply(200, []);

		const output = await runOk({ resource: 'paymentType', operation: 'getAll', returnAll: true });

		expect(jsonItems(output)).toEqual(
			withoutIds(types).map((json) => ({
				json: { Id: json.Id, Name: json.Name, Type: json.Type, Deadline: json.Deadline, Primary: json.Primary },
				pairedItem: { item: 0 },
			})),
		);
		api.done();
	});

	it('Create posts Name, Deadline, Type and Primary (the documented example body)', async () => {
		tokenScope();
		const log = new BodyLog();
		const created = { Name: 'Za pobraniem', Primary: false, Deadline: 21, Type: 2, Id: 10260092 };
		const api = erp().post(PATH).reply(log.reply(200, 10260092)).get(`${PATH}/10260092`).reply(200, created);

		const output = await runOk({
			resource: 'paymentType',
			operation: 'create',
			name: 'Za pobraniem',
			deadline: 21,
			type: 2,
			additionalFields: { primary: false },
		});

		expect(log.bodies).toEqual([{ Name: 'Za pobraniem', Primary: false, Deadline: 21, Type: 2 }]);
		expect(jsonItems(output)).toEqual([{ json: created, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Create refuses a payment term over 366 days before any request', async () => {
		const { error, output } = await run({ resource: 'paymentType', operation: 'create', name: 'Long', deadline: 367, type: 1 });

		expect(output).toEqual([]);
		expect(error?.message).toMatch(/0 to 366/);
	});

	it('Update sends the whole payment type with the change', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp()
			.get(`${PATH}/10260090`)
			.reply(200, transfer)
			.put(PATH)
			.reply(log.reply(204))
			.get(`${PATH}/10260090`)
			.reply(200, { ...transfer, Deadline: 14 });

		const output = await runOk({
			resource: 'paymentType',
			operation: 'update',
			paymentTypeId: byId(10260090),
			updateFields: { deadline: 14 },
		});

		expect(log.bodies).toEqual([{ Id: 10260090, Name: 'Przelew', Primary: false, Deadline: 14, Type: 1 }]);
		expect(jsonItems(output)).toEqual([
			{ json: { Name: 'Przelew', Primary: false, Deadline: 14, Type: 1, Id: 10260090 }, pairedItem: { item: 0 } },
		]);
		api.done();
	});

	it('Delete sends DELETE /paymenttypes/{id}', async () => {
		tokenScope();
		const api = erp().delete(`${PATH}/10260091`).reply(204);

		const output = await runOk({ resource: 'paymentType', operation: 'delete', paymentTypeId: byId(10260091) });

		expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 10260091 }, pairedItem: { item: 0 } }]);
		api.done();
	});
});
