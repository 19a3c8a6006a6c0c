/**
 * Runs workflows through n8n-core's real WorkflowExecute: real parameter resolution, real
 * httpRequestWithAuthentication and the real OAuth2 client-credentials flow. n8n's own
 * NodeTestHarness is not published, so this is the small equivalent.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeType,
	INodeTypes,
	IRun,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { createRunExecutionData, ICredentialsHelper, NodeHelpers, Workflow } from 'n8n-workflow';

import { ComarchErpXtOAuth2Api } from '../../credentials/ComarchErpXtOAuth2Api.credentials';
import { ComarchErpXt } from '../../nodes/ComarchErpXt/ComarchErpXt.node';

const credentialType = new ComarchErpXtOAuth2Api();

/** Keeps credential data in memory and, like n8n, stores the token data the OAuth2 flow hands back. */
export class MemoryCredentialsHelper extends ICredentialsHelper {
	tokenUpdates: ICredentialDataDecryptedObject[] = [];

	constructor(public data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes(name: string): string[] {
		return name === credentialType.name ? (credentialType.extends ?? []) : [];
	}

	async authenticate(...[, , request]: [ICredentialDataDecryptedObject, string, IHttpRequestOptions]) {
		return request;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	getCredentialsProperties() {
		return [];
	}

	async getDecrypted() {
		return structuredClone(this.data);
	}

	async getCredentials(): Promise<never> {
		throw new Error('not needed');
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData(
		...[, , data]: [INodeCredentialsDetails, string, ICredentialDataDecryptedObject]
	) {
		this.tokenUpdates.push(structuredClone(data.oauthTokenData as ICredentialDataDecryptedObject));
		this.data = { ...this.data, oauthTokenData: data.oauthTokenData };
	}

	isCredentialUsableByNode() {
		return true;
	}
}

/**
 * Like a deep mock: every property not given is a function that does nothing. Only what the engine
 * must really use is provided. Plain code (no jest), so benchmarks can run the harness too.
 */
function looseObject<T extends object>(given: Partial<T>): T {
	const noop = () => undefined;
	return new Proxy(given as T, {
		get(target, property) {
			if (property in target) return (target as Record<string | symbol, unknown>)[property];
			// not thenable, not iterable: awaiting or spreading it must not call the no-op
			if (property === 'then' || typeof property === 'symbol') return undefined;
			return noop;
		},
	});
}

class NodeTypes implements INodeTypes {
	private readonly types: Record<string, INodeType> = {
		'n8n-nodes-comarch-erp-xt.comarchErpXt': new ComarchErpXt(),
		'n8n-nodes-base.manualTrigger': {
			description: {
				displayName: 'Manual Trigger',
				name: 'manualTrigger',
				group: ['trigger'],
				version: 1,
				description: '',
				defaults: {},
				inputs: [],
				outputs: ['main'],
				properties: [],
			},
			async trigger() {
				return {};
			},
		} as unknown as INodeType,
	};

	getByName(type: string) {
		return this.types[type];
	}

	getByNameAndVersion(type: string, version?: number) {
		return NodeHelpers.getVersionedNodeType(this.types[type], version);
	}

	getKnownTypes() {
		return {};
	}
}

/** Credential data as n8n stores it for a Custom URL region (hidden fields resolved). */
export function credentialData(baseUrl: string, edition = 'de', extra: IDataObject = {}): ICredentialDataDecryptedObject {
	return {
		region: 'custom',
		customBaseUrl: baseUrl,
		edition,
		baseUrl,
		clientId: 'sandbox-client',
		clientSecret: 'sandbox-secret',
		grantType: 'clientCredentials',
		accessTokenUrl: `${baseUrl}/api2/public/token`,
		authentication: 'header',
		scope: '',
		authQueryParameters: '',
		...extra,
	};
}

export interface NodeRun {
	run: IRun;
	output: INodeExecutionData[];
	error?: Error & { description?: string; context?: IDataObject; httpCode?: string };
}

export const NODE_NAME = 'ERP XT';

/**
 * Executes Manual Trigger → (input items) → Comarch ERP XT with the given parameters.
 * `items` become the node's input; parameters may use expressions such as {{ $json.id }}.
 */
export async function runNode(options: {
	parameters: IDataObject;
	credentials: MemoryCredentialsHelper;
	items?: IDataObject[];
	continueOnFail?: boolean;
}): Promise<NodeRun> {
	const erpNode: INode = {
		id: 'erp',
		name: NODE_NAME,
		type: 'n8n-nodes-comarch-erp-xt.comarchErpXt',
		typeVersion: 1,
		position: [200, 0],
		parameters: options.parameters as INode['parameters'],
		credentials: { comarchErpXtOAuth2Api: { id: 'cred-1', name: 'ERP XT' } },
		onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
	};
	const workflow = new Workflow({
		id: 'wf',
		nodes: [erpNode],
		connections: {},
		nodeTypes: new NodeTypes(),
		active: false,
		settings: { executionOrder: 'v1' },
	});
	const hooks = new ExecutionLifecycleHooks('manual', '1', looseObject<IWorkflowBase>({}));
	let resolveRun!: (run: IRun) => void;
	const done = new Promise<IRun>((resolve) => (resolveRun = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => resolveRun(run));
	const overrides: Partial<IWorkflowExecuteAdditionalData> = {
		hooks,
		executionId: '1',
		currentNodeParameters: undefined,
		encryptedRunnerIdentity: undefined,
		evalLlmMockHandler: undefined,
		ssrfBridge: undefined,
		executionContext: undefined,
		externalSecretProviderKeysAccessibleByCredential: undefined,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
	};
	const additionalData = looseObject<IWorkflowExecuteAdditionalData>({ ...overrides, credentialsHelper: options.credentials });
	const input = (options.items ?? [{}]).map((json) => ({ json }));
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: erpNode, data: { main: [input] }, source: null }] },
	});
	await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	const run = await done;
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		run,
		output: (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[],
		error: (taskData?.error ?? run.data.resultData.error) as NodeRun['error'],
	};
}
