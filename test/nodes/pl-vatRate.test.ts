import { API, erp, jsonItems, runOk, tokenScope, useNock } from './setup';
import type { Json } from './pl-setup';
import { EDITIONS, paired, plFixture } from './pl-setup';

const RATES = `${API}/v1.2/vatrates`;

describe('VAT Rate', () => {
	useNock();

	describe.each(EDITIONS)('$label edition (v1.2/vatrates)', ({ edition }) => {
		const rates = plFixture<Json[]>('vat-rates');
		const countries = plFixture<string[]>('vat-countries');

		it('Get Many reads v1.2/vatrates and returns {RateId, Rate, Symbol, CountryCode}', async () => {
			tokenScope();
			const api = erp()
				.get(RATES)
				.query({ $top: '50', $skip: '0' })
				.reply(200, rates)
				.get(RATES)
				.query({ $top: String(50 - rates.length), $skip: String(rates.length) })
				.reply(200, []);

			const output = await runOk({ resource: 'vatRate', operation: 'getAll' }, { edition });

			expect(jsonItems(output)).toEqual(rates.map((rate) => paired(rate)));
			api.done();
		});

		it("Get Many filters by country: $filter=CountryCode eq 'AT'", async () => {
			tokenScope();
			const austria = rates.filter((rate) => rate.CountryCode === 'AT');
			const api = erp()
				.get(RATES)
				.query({ $filter: "CountryCode eq 'AT'", $top: '500', $skip: '0' })
				.reply(200, austria)
				.get(RATES)
				.query({ $filter: "CountryCode eq 'AT'", $top: '500', $skip: String(austria.length) })
				.reply(200, []);

			const output = await runOk(
				{
					resource: 'vatRate',
					operation: 'getAll',
					returnAll: true,
					filters: { conditions: [{ field: 'CountryCode', operator: 'eq', value: 'AT' }] },
				},
				{ edition },
			);

			expect(jsonItems(output)).toEqual(austria.map((rate) => paired(rate)));
			api.done();
		});

		it('Return All recognises VAT rates repeated by a server that ignores $skip (RateId, not Id) and lists each once', async () => {
			tokenScope();
			const api = erp()
				.get(RATES)
				.query({ $top: '500', $skip: '0' })
				.reply(200, rates)
				.get(RATES)
				.query({ $top: '500', $skip: String(rates.length) })
				.reply(200, rates);

			const output = await runOk({ resource: 'vatRate', operation: 'getAll', returnAll: true }, { edition });

			expect(output.map((item) => item.json.RateId)).toEqual(rates.map((rate) => rate.RateId));
			api.done();
		});

		it('Get EU Countries reads v1.2/vatrates/countries and returns one item {CountryCode} per code', async () => {
			tokenScope();
			const api = erp().get(`${RATES}/countries`).reply(200, countries);

			const output = await runOk({ resource: 'vatRate', operation: 'getCountries' }, { edition });

			expect(jsonItems(output)).toEqual(countries.map((code) => paired({ CountryCode: code })));
			expect(output).toHaveLength(28);
			expect(output.map((item) => item.json.CountryCode)).toEqual(expect.arrayContaining(['EL', 'XI', 'PL']));
			api.done();
		});

		it('Get EU Countries pairs every code with its input item', async () => {
			tokenScope();
			const api = erp().get(`${RATES}/countries`).times(2).reply(200, ['AT', 'DE']);

			const output = await runOk({ resource: 'vatRate', operation: 'getCountries' }, { edition, items: [{}, {}] });

			expect(jsonItems(output)).toEqual([
				paired({ CountryCode: 'AT' }, 0),
				paired({ CountryCode: 'DE' }, 0),
				paired({ CountryCode: 'AT' }, 1),
				paired({ CountryCode: 'DE' }, 1),
			]);
			api.done();
		});
	});
});
