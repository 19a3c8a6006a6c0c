import type { Icon, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

// Hidden fields cannot build on each other through $self (n8n resolves them independently),
// so the base URL expression is repeated in full wherever it is needed. For a custom URL it drops a
// pasted "/api2/public" and sends plain http only to localhost: any other host gets https, so the
// client secret never travels unencrypted (the node refuses such a URL with a clear message).
const BASE_URL =
	'$self["region"] === "custom" ? String($self["customBaseUrl"] || "").trim().replace(/\\/+$/, "")' +
	'.replace(/\\/api2\\/public$/i, "").replace(/^http:\\/\\/(?!(localhost|127\\.0\\.0\\.1|\\[::1\\])(:|\\/|$))/i, "https://")' +
	' : $self["region"] === "pl" ? "https://app.erpxt.pl"' +
	' : $self["region"] === "betterfly" ? "https://app.comarchbetterfly.pl"' +
	' : "https://app.erpxt.de"';

export class ComarchErpXtOAuth2Api implements ICredentialType {
	name = 'comarchErpXtOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Comarch ERP XT OAuth2 API';

	icon: Icon = { light: 'file:../icons/comarchErpXt.svg', dark: 'file:../icons/comarchErpXt.dark.svg' };

	documentationUrl =
		'https://github.com/comarch-erp-xt-n8n/n8n-nodes-comarch-erp-xt?tab=readme-ov-file#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Region',
			name: 'region',
			type: 'options',
			options: [
				{ name: 'Comarch Betterfly (app.comarchbetterfly.pl)', value: 'betterfly' },
				{ name: 'Custom URL (Sandbox, Proxy)', value: 'custom' },
				{ name: 'Germany (app.erpxt.de)', value: 'de' },
				{ name: 'Poland (app.erpxt.pl)', value: 'pl' },
			],
			default: 'de',
			description: 'Where your ERP XT account lives. It decides the server and the API family the node uses.',
		},
		{
			displayName: 'Base URL',
			name: 'customBaseUrl',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://erpxt-proxy.example.com',
			required: true,
			description:
				'Server address without /api2/public. Plain http is accepted only for localhost (for example a local sandbox).',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName: 'Edition',
			name: 'edition',
			type: 'options',
			options: [
				{ name: 'Comarch Betterfly', value: 'betterfly' },
				{ name: 'Germany', value: 'de' },
				{ name: 'Poland', value: 'pl' },
			],
			default: 'de',
			description: 'Which ERP XT edition the server at the custom URL is. It decides the API paths and fields.',
			displayOptions: { show: { region: ['custom'] } },
		},
		{
			displayName: 'Base URL (Computed)',
			name: 'baseUrl',
			type: 'hidden',
			default: `={{ ${BASE_URL} }}`,
		},
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'clientCredentials',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: `={{ (${BASE_URL}) + "/api2/public/token" }}`,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			// ERP XT expects the client id and secret as HTTP Basic on the token request.
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
	];

	// Fetches a real token and reads one cheap list, so saving tells whether id, secret and region are right.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/api2/public/paymenttypes',
			method: 'GET',
		},
	};
}
