import { API, erp, fixture, jsonItems, runOk, tokenScope, useNock, withoutIds } from './setup';

type Json = Record<string, unknown>;

const PATH = `${API}/customprints`;
const templates = fixture<Json[]>('print-templates');

describe('Print Template', () => {
	useNock();

	it('Get Many lists /customprints without $id, simplified by default', async () => {
		tokenScope();
		const api = erp()
			.get(PATH)
			.query({ $top: '50', $skip: '0' })
			.reply(200, templates)
			.get(PATH)
			.query({ $top: String(50 - templates.length), $skip: String(templates.length) })
			.reply(200, []);

		const output = await runOk({ resource: 'printTemplate', operation: 'getAll' });

		expect(jsonItems(output)).toEqual(
			withoutIds(templates).map((template) => ({
				json: { Id: template.Id, Name: template.Name, Language: template.Language, Type: template.Type },
				pairedItem: { item: 0 },
			})),
		);
		api.done();
	});

	it('Get Many filters by document type and sorts by name', async () => {
		tokenScope();
		const api = erp()
			.get(PATH)
			.query({ $top: '500', $skip: '0', $filter: 'Type eq 7', $orderby: 'Name asc' })
			.reply(200, [templates[1]])
			.get(PATH)
			.query({ $top: '500', $skip: '1', $filter: 'Type eq 7', $orderby: 'Name asc' })
			.reply(200, []);

		const output = await runOk(
			{
				resource: 'printTemplate',
				operation: 'getAll',
				returnAll: true,
				simplify: false,
				filters: { conditions: [{ field: 'Type', operator: 'eq', value: '7' }] },
				sort: { rules: [{ field: 'Name', direction: 'asc' }] },
			},
			{ edition: 'pl' },
		);

		expect(jsonItems(output)).toEqual([{ json: withoutIds(templates[1]), pairedItem: { item: 0 } }]);
		api.done();
	});

	it('is the only operation of the resource and the default one', async () => {
		tokenScope();
		const api = erp().get(PATH).query({ $top: '50', $skip: '0' }).reply(200, []);

		const output = await runOk({ resource: 'printTemplate' });

		expect(output).toEqual([]);
		api.done();
	});
});
