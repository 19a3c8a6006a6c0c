import type { IExecuteFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { OperationContext } from '../helpers/interfaces';
import { apiPath, getConnection, resolveVersion } from '../transport';
import { resources } from './resources';

/** Reads resource and operation once, then runs the operation for every input item. */
export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resourceName = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const resource = resources[resourceName];
	const execute = resource?.operations[operation];
	if (!execute) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resourceName}" is not supported`);
	}

	const connection = await getConnection.call(this);
	const version = resolveVersion.call(
		this,
		resource.definition.api,
		connection,
		this.getNodeParameter('apiVersion', 0, '') as string,
		resource.definition.noun,
	);
	const context: OperationContext = {
		resource: resource.definition,
		connection,
		version,
		path: apiPath(resource.definition.api, version),
		cache: new Map(),
	};

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			returnData.push(...(await execute.call(this, itemIndex, context)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({
					json: { error: (error as Error).message, description: (error as { description?: string }).description },
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			// Errors made by the transport or validation already name the item; others get it here.
			const context = (error as { context?: { itemIndex?: number } }).context;
			if (context && context.itemIndex === undefined) context.itemIndex = itemIndex;
			if (error instanceof NodeApiError) throw new NodeApiError(this.getNode(), error as unknown as JsonObject);
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
	}
	return [returnData];
}
