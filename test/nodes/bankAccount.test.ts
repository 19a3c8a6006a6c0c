import { API, BodyLog, byId, erp, fixture, jsonItems, runOk, tokenScope, useNock, withoutIds } from './setup';

type Json = Record<string, unknown>;

const PATH = `${API}/bankaccounts`;
const accounts = fixture<Json[]>('bank-accounts');
const [main] = withoutIds(accounts);

describe('Bank Account', () => {
	useNock();

	it('Get reads /bankaccounts/{id}', async () => {
		tokenScope();
		const api = erp().get(`${PATH}/113`).reply(200, accounts[0]);

		const output = await runOk({ resource: 'bankAccount', operation: 'get', bankAccountId: byId(113) });

		expect(jsonItems(output)).toEqual([{ json: main, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Get Many with a limit asks for that many and simplifies', async () => {
		tokenScope();
		const api = erp().get(PATH).query({ $top: '2', $skip: '0' }).reply(200, accounts);

		const output = await runOk({ resource: 'bankAccount', operation: 'getAll', limit: 2 });

		expect(output.map((item) => item.json)).toEqual(
			withoutIds(accounts).map((account) => ({
				Id: account.Id,
				AccountNumber: account.AccountNumber,
				BankName: account.BankName,
				Symbol: account.Symbol,
				ReportingPeriod: account.ReportingPeriod,
				Primary: account.Primary,
			})),
		);
		expect(output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		api.done();
	});

	it('Create posts account number, symbol, statement period and the additional fields', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp().post(PATH).reply(log.reply(200, 113)).get(`${PATH}/113`).reply(200, accounts[0]);

		const output = await runOk({
			resource: 'bankAccount',
			operation: 'create',
			accountNumber: 'DE89370400440532013000',
			symbol: 'BANK-EUR',
			reportingPeriod: 3,
			additionalFields: { bankName: 'Commerzbank', primary: true },
		});

		expect(log.bodies).toEqual([
			{ AccountNumber: 'DE89370400440532013000', Symbol: 'BANK-EUR', ReportingPeriod: 3, BankName: 'Commerzbank', Primary: true },
		]);
		expect(jsonItems(output)).toEqual([{ json: main, pairedItem: { item: 0 } }]);
		api.done();
	});

	it('Update PUTs to /bankaccounts with Id and the untouched fields', async () => {
		tokenScope();
		const log = new BodyLog();
		const api = erp()
			.get(`${PATH}/113`)
			.reply(200, accounts[0])
			.put(PATH)
			.reply(log.reply(204))
			.get(`${PATH}/113`)
			.reply(200, { ...main, Primary: false });

		const output = await runOk({
			resource: 'bankAccount',
			operation: 'update',
			bankAccountId: byId(113),
			updateFields: { primary: false },
		});

		expect(log.bodies).toEqual([
			{ Id: 113, AccountNumber: 'DE89370400440532013000', Symbol: 'BANK-EUR', ReportingPeriod: 3, BankName: 'Commerzbank', Primary: false },
		]);
		expect(output[0].json).toEqual({ ...main, Primary: false });
		api.done();
	});

	it('Delete sends DELETE /bankaccounts/{id}', async () => {
		tokenScope();
		const api = erp().delete(`${PATH}/114`).reply(204);

		const output = await runOk({ resource: 'bankAccount', operation: 'delete', bankAccountId: byId(114) });

		expect(jsonItems(output)).toEqual([{ json: { deleted: true, id: 114 }, pairedItem: { item: 0 } }]);
		api.done();
	});
});
