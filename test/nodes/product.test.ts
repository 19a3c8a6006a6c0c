import { API, BodyLog, byId, erp, fixture, fromList, jsonItems, runOk, tokenScope, useNock, withoutIds } from './setup';

const PATH = `${API}/products`;
const [mouse] = fixture<Array<Record<string, unknown>>>('products');

describe('Product', () => {
	useNock();

	it('Get reads /products/{id} and returns the record unchanged', async () => {
		const token = tokenScope();
		const api = erp().get(`${PATH}/10951199`).reply(200, mouse);

		const output = await runOk({ resource: 'product', operation: 'get', productId: byId(10951199) });

		expect(jsonItems(output)).toEqual([{ json: mouse, pairedItem: { item: 0 } }]);
		token.done();
		api.done();
	});

	it('Get accepts a record picked from the list', async () => {
		tokenScope();
		const api = erp().get(`${PATH}/10951199`).reply(200, mouse);

		const output = await runOk({ resource: 'product', operation: 'get', productId: fromList('10951199') });

		expect(output.map((item) => item.json.Id)).toEqual([10951199]);
		api.done();
	});

	it('Get Many returns the documented list simplified by default', async () => {
		tokenScope();
		const api = erp()
			.get(PATH)
			.query({ $top: '50', $skip: '0' })
			.reply(200, fixture('products'))
			.get(PATH)
			.query({ $top: '49', $skip: '1' })
			.reply(200, []);

		const output = await runOk({ resource: 'product', operation: 'getAll' });

		expect(jsonItems(output)).toEqual([
			{
				json: {
					Id: 10951199,
					Name: 'Mysz komputerowa',
					ProductCode: 'P/000002',
					UnitOfMeasurment: 'szt.',
					Rate: 9,
					SaleNetPrice: 50,
					SaleGrossPrice: 61.5,
					Quantity: 0,
					ProductType: 0,
					Description: '',
				},
				pairedItem: { item: 0 },
			},
		]);
		api.done();
	});

	it('Create posts the required and additional fields (the unit in both spellings), then reads the new product back', async () => {
		tokenScope();
		const log = new BodyLog();
		const created = { ...mouse, Id: 10951200, Name: 'Wireless Mouse', ProductCode: 'WM-1' };
		const api = erp()
			.post(PATH)
			.reply(log.reply(200, 10951200))
			.get(`${PATH}/10951200`)
			.reply(200, created);

		const output = await runOk({
			resource: 'product',
			operation: 'create',
			name: 'Wireless Mouse',
			unitOfMeasurement: 'pcs',
			rate: 9,
			additionalFields: { productCode: 'WM-1', saleNetPrice: 19.99, description: 'Black' },
		});

		expect(log.bodies).toEqual([
			{
				Name: 'Wireless Mouse',
				// documented request spelling, and the one responses and the public client use
				UnitOfMeasurement: 'pcs',
				UnitOfMeasurment: 'pcs',
				Rate: 9,
				ProductCode: 'WM-1',
				SaleNetPrice: 19.99,
				Description: 'Black',
			},
		]);
		expect(jsonItems(output)).toEqual([{ json: created, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Create with Return Full Record off returns only { Id } without a second request', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp().post(PATH).reply(log.reply(200, 10951201));

		const output = await runOk({
			resource: 'product',
			operation: 'create',
			name: 'Cable',
			unitOfMeasurement: 'm',
			rate: 8,
			createOptions: { returnFullRecord: false },
		});

		expect(log.bodies).toEqual([{ Name: 'Cable', UnitOfMeasurement: 'm', UnitOfMeasurment: 'm', Rate: 8 }]);
		expect(jsonItems(output)).toEqual([{ json: { Id: 10951201 }, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Update reads, merges and PUTs to the collection URL; a gross-only change does not send the old net price', async () => {
		tokenScope();
		const log = new BodyLog();
		const saved = { ...mouse, SaleNetPrice: 60.98, SaleGrossPrice: 75 };
		const api = erp()
			.get(`${PATH}/10951199`)
			.reply(200, mouse)
			.put(PATH)
			.reply(log.reply(204))
			.get(`${PATH}/10951199`)
			.reply(200, saved);

		const output = await runOk(
			{ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { saleGrossPrice: 75 } },
			{ edition: 'pl' },
		);

		expect(log.bodies).toEqual([
			{
				Id: 10951199,
				Name: 'Mysz komputerowa',
				Description: '',
				ItemCode: '',
				ProductCode: 'P/000002',
				UnitOfMeasurement: 'szt.',
				UnitOfMeasurment: 'szt.',
				Rate: 9,
				SaleGrossPrice: 75,
			},
		]);
		expect(jsonItems(output)).toEqual([{ json: saved, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Update of the net price does not send the old gross price', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp()
			.get(`${PATH}/10951199`)
			.reply(200, mouse)
			.put(PATH)
			.reply(log.reply(204))
			.get(`${PATH}/10951199`)
			.reply(200, mouse);

		await runOk(
			{ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { saleNetPrice: 40, name: 'Maus' } },
			{ edition: 'pl' },
		);

		const [body] = log.bodies as Array<Record<string, unknown>>;
		expect(body).toMatchObject({ Id: 10951199, Name: 'Maus', SaleNetPrice: 40, Rate: 9, UnitOfMeasurement: 'szt.' });
		expect(body).not.toHaveProperty('SaleGrossPrice');
		api.done();
	});

	it('Update of the unit sends the new unit under both spellings, replacing the read one', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp()
			.get(`${PATH}/10951199`)
			.reply(200, mouse)
			.put(PATH)
			.reply(log.reply(204))
			.get(`${PATH}/10951199`)
			.reply(200, { ...mouse, UnitOfMeasurment: 'kg' });

		await runOk({ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { unitOfMeasurement: 'kg' } });

		expect(log.bodies).toEqual([
			{
				Id: 10951199,
				Name: 'Mysz komputerowa',
				Description: '',
				ItemCode: '',
				ProductCode: 'P/000002',
				UnitOfMeasurement: 'kg',
				UnitOfMeasurment: 'kg',
				Rate: 9,
				SaleNetPrice: 50,
				SaleGrossPrice: 61.5,
			},
		]);
		api.done();
	});

	it('Update of a product read with the documented spelling only still sends both spellings', async () => {
		tokenScope();
		const log = new BodyLog();
		const documented: Record<string, unknown> = { ...mouse, UnitOfMeasurement: 'szt.' };
		delete documented.UnitOfMeasurment;
		const api = erp()
			.get(`${PATH}/10951199`)
			.reply(200, documented)
			.put(PATH)
			.reply(log.reply(204))
			.get(`${PATH}/10951199`)
			.reply(200, documented);

		await runOk({ resource: 'product', operation: 'update', productId: byId(10951199), updateFields: { name: 'Maus' } });

		expect(log.bodies[0]).toMatchObject({ Name: 'Maus', UnitOfMeasurement: 'szt.', UnitOfMeasurment: 'szt.' });
		api.done();
	});

	it('Update strips legacy $id markers from the record it returns', async () => {
		tokenScope();
		const legacy = { $id: '1', ...mouse };
		const api = erp()
			.get(`${PATH}/10951199`)
			.reply(200, legacy)
			.put(PATH)
			.reply(204)
			.get(`${PATH}/10951199`)
			.reply(200, legacy);

		const output = await runOk({
			resource: 'product',
			operation: 'update',
			productId: byId(10951199),
			updateFields: { description: 'Optical' },
		});

		expect(output[0].json).toEqual(withoutIds(legacy));
		expect(JSON.stringify(output[0].json)).not.toContain('$id');
		api.done();
	});

	it('Delete sends DELETE /products/{id} and returns { deleted: true, id }', async () => {
		tokenScope();
		const api = erp().delete(`${PATH}/10951199`).reply(204);

		const output = await runOk({ resource: 'product', operation: 'delete', productId: byId(10951199) });

		expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 10951199 }, pairedItem: { item: 0 } }]);
		api.done();
	});
});
