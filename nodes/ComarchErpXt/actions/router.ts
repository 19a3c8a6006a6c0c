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

	let context: OperationContext;
	try {
		const connection = await getConnection.call(this);
		const version = resolveVersion.call(
			this,
			resource.definition.api,
			connection,
			this.getNodeParameter('apiVersion', 0, '') as string,
			resource.definition.noun,
		);
		context = { resource: resource.definition, connection, version, path: apiPath(resource.definition.api, version), cache: new Map() };
	} catch (error) {
		// A credential or edition problem concerns every item; with Continue On Fail each one says so.
		if (!this.continueOnFail()) throw asNodeError.call(this, error);
		return [items.map((_, itemIndex) => errorItem(error, itemIndex))];
	}

	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			returnData.push(...(await execute.call(this, itemIndex, context)));
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push(errorItem(error, itemIndex));
				continue;
			}
			throw asNodeError.call(this, error, itemIndex);
		}
	}
	return [returnData];
}

function errorItem(error: unknown, itemIndex: number): INodeExecutionData {
	return {
		json: { error: (error as Error).message, description: (error as { description?: string }).description },
		pairedItem: { item: itemIndex },
	};
}

/**
 * n8n errors pass through unchanged (their constructors return the same instance); errors made by
 * the transport or validation already name the item, others get it here.
 */
function asNodeError(this: IExecuteFunctions, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	const context = (error as { context?: { itemIndex?: number } }).context;
	if (context && context.itemIndex === undefined && itemIndex !== undefined) context.itemIndex = itemIndex;
	if (error instanceof NodeApiError) return new NodeApiError(this.getNode(), error as unknown as JsonObject);
	return new NodeOperationError(this.getNode(), error as Error, { itemIndex });
}
