import nock from 'nock';

import { credentialData, MemoryCredentialsHelper, runNode } from '../helpers/n8nHarness';

const BASE = 'http://127.0.0.1:18787';

describe('smoke', () => {
	beforeAll(() => nock.disableNetConnect());
	afterEach(() => nock.cleanAll());
	afterAll(() => nock.enableNetConnect());

	it('lists payment types', async () => {
		const token = nock(BASE)
			.post('/api2/public/token', 'grant_type=client_credentials')
			.basicAuth({ user: 'sandbox-client', pass: 'sandbox-secret' })
			.reply(200, { access_token: 'tok-1', token_type: 'bearer', expires: 600 });
		const list = nock(BASE)
			.get('/api2/public/paymenttypes')
			.query({ $top: '50', $skip: '0' })
			.matchHeader('authorization', 'Bearer tok-1')
			.reply(200, [{ $id: '1', Name: 'Gotówka', Primary: true, Deadline: 0, Type: 0, Id: 10260089 }]);
		const credentials = new MemoryCredentialsHelper(credentialData(BASE));
		const { output, error } = await runNode({
			parameters: { resource: 'paymentType', operation: 'getAll' },
			credentials,
		});
		expect(error).toBeUndefined();
		expect(output).toEqual([
			{ json: { Id: 10260089, Name: 'Gotówka', Type: 0, Deadline: 0, Primary: true }, pairedItem: { item: 0 } },
		]);
		expect(token.isDone() && list.isDone()).toBe(true);
	});
});
