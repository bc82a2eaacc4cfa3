/**
 * The item loop every action node shares: resource and operation are read once, each input item runs
 * its operation, results keep `pairedItem`, and with "Continue On Fail" (or as an AI Agent tool) a
 * failing item becomes one error item while the others go on. Items run with at most `Max Concurrent
 * Requests` in flight, and their output keeps input order. The run's `Max Requests per Second` goes to
 * the transport. As a tool, each call's results are bounded (toolOutput).
 */
import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { mapWithConcurrency } from './concurrency';
import type { RequestDefaults } from './descriptions';
import { readRequestSettings } from './descriptions';
import { errorItemJson } from './errors';
import { setRunRatePerSecond } from './throttle';
import { boundToolResults, runsAsTool } from './toolOutput';

export type OperationExecute = (this: IExecuteFunctions, itemIndex: number) => Promise<INodeExecutionData[]>;

export interface OperationModule {
	execute: OperationExecute;
	/** Set by operations whose work per item is one small call: they run items concurrently. */
	itemsInParallel?: boolean;
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
			return boundToolResults(this, itemIndex, await module.execute.call(this, itemIndex));
		} catch (error) {
			if (this.continueOnFail() || failureGoesToModel(this)) {
				return this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(errorItemJson(error as Error)), { itemData: { item: itemIndex } });
			}
			throw withItemIndex(this, error as Error, itemIndex);
		}
	});
	return [perItem.flat()];
}

/** n8n's MCP Server Trigger, when a tool runs for one of its clients. */
const MCP_TRIGGER_TYPE = '@n8n/n8n-nodes-langchain.mcpTrigger';
/** The first MCP Server Trigger version that finishes a call whose tool failed; only n8n 2.x has it. */
const MCP_TRIGGER_FINISHING_FAILED_CALLS = 2.1;

/**
 * Run as a tool, a failing call answers with the error as the tool's result, so an AI Agent's model
 * can correct its arguments, unless the tool node is set to stop the workflow or an MCP client can be
 * told the call failed. Why, per caller and n8n line:
 * - AI Agent, n8n 1.123: a tool that throws ends the whole agent run; the error item keeps it going.
 * - AI Agent, n8n 2.x: a throw would reach the model as the bare message, without the description
 *   ("Not found: check the ID"); the error item carries both. Same answer on both lines.
 * - MCP Server Trigger 2.1 (n8n 2.x): only a throw becomes a failed result (`isError: true`); an error
 *   item would reach the client as ordinary data. So the call throws.
 * - MCP Server Trigger up to 2 (all n8n 1.123 has): a throw also gives `isError`, but that trigger
 *   never finishes such a call: no execution is saved and each failed call holds about 9 MB until n8n
 *   restarts (measured on 1.123.81). The error item keeps n8n healthy; the client reads the error.
 */
export function failureGoesToModel(context: IExecuteFunctions): boolean {
	if (!runsAsTool(context) || context.getNode().onError === 'stopWorkflow') return false;
	return !failedCallReachesMcpClient(context);
}

/** A tool's execute data belongs to the node it runs for: the MCP Server Trigger, or an AI Agent. */
function failedCallReachesMcpClient(context: IExecuteFunctions): boolean {
	const caller = context.getExecuteData().node;
	return caller.type === MCP_TRIGGER_TYPE && caller.typeVersion >= MCP_TRIGGER_FINISHING_FAILED_CALLS;
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
