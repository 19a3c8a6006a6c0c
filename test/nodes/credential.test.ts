import { mock } from 'jest-mock-extended';
import nock from 'nock';
import type { ICredentialDataDecryptedObject, IDataObject, INode, INodeTypes } from 'n8n-workflow';
import { NodeHelpers, Workflow } from 'n8n-workflow';

import { ComarchErpXtOAuth2Api } from '../../credentials/ComarchErpXtOAuth2Api.credentials';
import { MemoryCredentialsHelper } from '../helpers/n8nHarness';
import { API, byId, CLIENT, fixture, run, runOk, useNock } from './setup';

const credential = new ComarchErpXtOAuth2Api();

const node: INode = {
	id: 'erp',
	name: 'ERP XT',
	type: 'n8n-nodes-comarch-erp-xt.comarchErpXt',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

/** Resolves the credential's fields, hidden expressions included, the way n8n does before a request. */
function resolve(data: IDataObject): ICredentialDataDecryptedObject {
	const parameters = NodeHelpers.getNodeParameters(credential.properties, data as never, true, false, null, null) as IDataObject;
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes: mock<INodeTypes>() });
	return workflow.expression.getComplexParameterValue(
		node,
		parameters as never,
		'manual',
		{},
		undefined,
		undefined,
		parameters as never,
	) as ICredentialDataDecryptedObject;
}

describe('Comarch ERP XT OAuth2 API credential', () => {
	const { unmatched } = useNock();

	it('extends the OAuth2 credential with the client-credentials grant and Basic auth on the token request', () => {
		expect(credential.name).toBe('comarchErpXtOAuth2Api');
		expect(credential.extends).toEqual(['oAuth2Api']);
		const resolved = resolve({ region: 'de' });
		expect(resolved).toMatchObject({ grantType: 'clientCredentials', authentication: 'header', scope: '' });
	});

	it.each([
		['de', 'https://app.erpxt.de'],
		['pl', 'https://app.erpxt.pl'],
		['betterfly', 'https://app.comarchbetterfly.pl'],
	])('region %s resolves to %s', (region, url) => {
		const resolved = resolve({ region });
		expect(resolved.baseUrl).toBe(url);
		expect(resolved.accessTokenUrl).toBe(`${url}/api2/public/token`);
	});

	it('defaults to Germany', () => {
		expect(resolve({}).baseUrl).toBe('https://app.erpxt.de');
	});

	it('a custom URL is used without its trailing slashes and spaces', () => {
		const resolved = resolve({ region: 'custom', customBaseUrl: ' https://erp-proxy.example.com/// ', edition: 'pl' });
		expect(resolved.baseUrl).toBe('https://erp-proxy.example.com');
		expect(resolved.accessTokenUrl).toBe('https://erp-proxy.example.com/api2/public/token');
		expect(resolved.edition).toBe('pl');
	});

	it('its connection test calls a cheap list on the resolved base URL', () => {
		expect(credential.test.request).toMatchObject({
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api2/public/paymenttypes',
			method: 'GET',
		});
	});

	it('the node uses the resolved custom URL and edition for the token and the API call', async () => {
		const origin = 'https://erp-proxy.example.com';
		// Client ID and Secret come from the parent oAuth2Api credential's fields.
		const data = {
			...resolve({ region: 'custom', customBaseUrl: `${origin}/`, edition: 'pl' }),
			clientId: CLIENT.user,
			clientSecret: CLIENT.pass,
		};
		const [customer] = fixture<IDataObject[]>('customers-v1.2');
		const token = nock(origin)
			.post('/api2/public/token', 'grant_type=client_credentials')
			.basicAuth(CLIENT)
			.reply(200, { access_token: 'tok-proxy', token_type: 'bearer', expires: 600 });
		const api = nock(origin, { reqheaders: { authorization: 'Bearer tok-proxy' } })
			.get(`${API}/v1.2/customers/529611`)
			.reply(200, customer);

		const output = await runOk(
			{ resource: 'customer', operation: 'get', customerId: byId(529611) },
			{ credentials: new MemoryCredentialsHelper(data) },
		);

		expect(output[0].json).toEqual(customer);
		token.done();
		api.done();
	});

	it('Custom URL is a required field shown only for the custom region', () => {
		const field = credential.properties.find((property) => property.name === 'customBaseUrl');
		expect(field).toMatchObject({ required: true, type: 'string', displayOptions: { show: { region: ['custom'] } } });
	});

	it.each([
		['https://erp-proxy.example.com/api2/public', 'https://erp-proxy.example.com'],
		['https://erp-proxy.example.com/api2/public/', 'https://erp-proxy.example.com'],
		['https://erp-proxy.example.com/erp/API2/Public//', 'https://erp-proxy.example.com/erp'],
		['https://erp-proxy.example.com/api2/public/v1.4', 'https://erp-proxy.example.com/api2/public/v1.4'],
	])('a pasted /api2/public is dropped: %s resolves to %s', (customBaseUrl, url) => {
		const resolved = resolve({ region: 'custom', customBaseUrl, edition: 'pl' });
		expect(resolved.baseUrl).toBe(url);
		expect(resolved.accessTokenUrl).toBe(`${url}/api2/public/token`);
	});

	it.each([
		['http://erp.example.com', 'https://erp.example.com'],
		['http://192.168.1.20:8080/', 'https://192.168.1.20:8080'],
		['HTTP://Erp.Example.com/api2/public', 'https://Erp.Example.com'],
		['http://localhost.example.com', 'https://localhost.example.com'],
		['http://127.0.0.1.nip.io:8080', 'https://127.0.0.1.nip.io:8080'],
	])('plain http to a host other than localhost is upgraded: %s resolves to %s', (customBaseUrl, url) => {
		const resolved = resolve({ region: 'custom', customBaseUrl, edition: 'de' });
		expect(resolved.baseUrl).toBe(url);
		expect(resolved.accessTokenUrl).toBe(`${url}/api2/public/token`);
	});

	it.each(['http://localhost', 'http://localhost:5678', 'http://127.0.0.1:18787', 'http://[::1]:8080', 'http://LOCALHOST/erp'])(
		'plain http stays for the loopback address %s',
		(customBaseUrl) => {
			const resolved = resolve({ region: 'custom', customBaseUrl, edition: 'de' });
			expect(resolved.baseUrl).toBe(customBaseUrl);
			expect(resolved.accessTokenUrl).toBe(`${customBaseUrl}/api2/public/token`);
		},
	);

	it('the node sends the token request and the API call of an upgraded http URL over https', async () => {
		const origin = 'https://erp-proxy.example.com';
		const data = {
			...resolve({ region: 'custom', customBaseUrl: 'http://erp-proxy.example.com/api2/public/', edition: 'de' }),
			clientId: CLIENT.user,
			clientSecret: CLIENT.pass,
		};
		const [product] = fixture<IDataObject[]>('products');
		const token = nock(origin)
			.post('/api2/public/token', 'grant_type=client_credentials')
			.basicAuth(CLIENT)
			.reply(200, { access_token: 'tok-proxy', token_type: 'bearer', expires: 600 });
		const api = nock(origin, { reqheaders: { authorization: 'Bearer tok-proxy' } })
			.get(`${API}/products/${String(product.Id)}`)
			.reply(200, product);

		const output = await runOk(
			{ resource: 'product', operation: 'get', productId: byId(Number(product.Id)) },
			{ credentials: new MemoryCredentialsHelper(data) },
		);

		expect(output[0].json).toEqual(product);
		token.done();
		api.done();
	});

	it('the node refuses the custom URL ftp://127.0.0.1 before any request', async () => {
		const url = 'ftp://127.0.0.1';
		const data = { ...resolve({ region: 'custom', customBaseUrl: url, edition: 'de' }), clientId: CLIENT.user, clientSecret: CLIENT.pass };

		const { error, output } = await run(
			{ resource: 'product', operation: 'get', productId: byId(1) },
			{ credentials: new MemoryCredentialsHelper(data) },
		);

		expect(output).toEqual([]);
		expect(error?.message).toBe(`The credential's base URL must use https: ${url}`);
		expect(unmatched).toEqual([]);
	});

	it.each(['http://erp.example.com', 'http://192.168.1.20:8080'])(
		'the node itself still refuses a stored plain-http base URL %s before any request',
		async (url) => {
			const data = { ...resolve({ region: 'custom', customBaseUrl: url, edition: 'de' }), baseUrl: url, clientId: CLIENT.user, clientSecret: CLIENT.pass };

			const { error, output } = await run(
				{ resource: 'product', operation: 'get', productId: byId(1) },
				{ credentials: new MemoryCredentialsHelper(data) },
			);

			expect(output).toEqual([]);
			expect(error?.message).toBe(`The credential's base URL must use https: ${url}`);
			expect(unmatched).toEqual([]);
		},
	);

	it('the node refuses an empty custom URL before any request', async () => {
		const data = { ...resolve({ region: 'custom', customBaseUrl: '' }), clientId: CLIENT.user, clientSecret: CLIENT.pass };

		const { error } = await run(
			{ resource: 'product', operation: 'get', productId: byId(1) },
			{ credentials: new MemoryCredentialsHelper(data) },
		);

		expect(error?.message).toBe('The credential\'s base URL "" is not a valid URL');
		expect(unmatched).toEqual([]);
	});
});
