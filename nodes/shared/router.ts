/**
 * The item loop every action node shares: resource and operation are read once, each input item runs
 * its operation, results keep `pairedItem`, and with "Continue On Fail" (or as an AI Agent tool) a
 * failing item becomes one error item while the others go on. Items run with at most `Max Concurrent
 * Requests` in flight, and their output keeps input order. The run's `Max Requests per Second` goes to
 * the transport.
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { mapWithConcurrency } from './concurrency';
import type { RequestDefaults } from './descriptions';
import { readRequestSettings } from './descriptions';
import { errorItemJson } from './errors';
import type { UnconfirmedCall } from './evidence';
import { withUnconfirmedCallAdvice } from './evidence';
import { setRunRatePerSecond } from './throttle';

export type OperationExecute = (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;

export interface OperationModule {
	execute: OperationExecute;
	/** Set by operations whose work per item is one small call: they run items concurrently. */
	itemsInParallel?: boolean;
	/** Set by operations whose call is not in the API's public documentation (see evidence.ts). */
	unconfirmedCall?: UnconfirmedCall;
}

export type ResourceMap = Record<string, Record<string, OperationModule>>;

export async function routeItems(this: IExecuteFunctions, resources: ResourceMap, defaults: RequestDefaults): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const module = resources[resource]?.[operation];
	if (!module) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of resource "${resource}" is not supported`);
	}
	// Max Concurrent Requests and Max Requests per Second are read from item 0: one of each per run.
	const settings = items.length > 0 ? readRequestSettings(this, 0, defaults) : undefined;
	if (settings) setRunRatePerSecond(this, settings.ratePerSecond);
	const width = module.itemsInParallel && settings ? settings.concurrency : 1;
	const perItem = await mapWithConcurrency(items, width, async (_item, itemIndex) => {
		try {
			return await module.execute.call(this, itemIndex);
		} catch (caught) {
			const error = module.unconfirmedCall ? withUnconfirmedCallAdvice(caught, module.unconfirmedCall) : caught;
			if (this.continueOnFail() || failureGoesToModel(this)) {
				return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(errorItemJson(error as Error)), { itemData: { item: itemIndex } });
			}
			throw withItemIndex(this, error as Error, itemIndex);
		}
	});
	return [perItem.flat()];
}

/**
 * Run as an AI Agent tool, a failing call answers the model with the error (so it can correct its
 * arguments) unless the tool node is set to stop the workflow. n8n 2.x does this for tools itself;
 * n8n 1.x would end the whole agent run at the first failing tool call.
 */
export function failureGoesToModel(context: IExecuteFunctions): boolean {
	const node = context.getNode();
	return node.type.endsWith('Tool') && node.onError !== 'stopWorkflow';
}

/** Our errors already carry the item; anything else is wrapped so n8n shows which item failed. */
function withItemIndex(context: IExecuteFunctions, error: Error, itemIndex: number): Error {
	const errorContext = (error as { context?: IDataObject }).context;
	if (errorContext && typeof errorContext === 'object') {
		if (errorContext.itemIndex === undefined) errorContext.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(context.getNode(), error, { itemIndex });
}

/** Wraps results of one input item with its pairedItem. */
export function itemResults(context: IExecuteFunctions, itemIndex: number, data: IDataObject | IDataObject[]): INodeExecutionData[] {
	return context.helpers.constructExecutionMetaData(context.helpers.returnJsonArray(data), { itemData: { item: itemIndex } });
}

/** Picks the operation modules out of a resource's `index.ts` namespace (skipping `description`). */
export function operationsOf(resource: Record<string, unknown>): Record<string, OperationModule> {
	const result: Record<string, OperationModule> = {};
	for (const [name, value] of Object.entries(resource)) {
		if (value && typeof (value as OperationModule).execute === 'function') result[name] = value as OperationModule;
	}
	return result;
}
