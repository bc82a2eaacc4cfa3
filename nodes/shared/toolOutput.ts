/**
 * What a node run as a tool (an AI Agent's, or an MCP client's through n8n's MCP Server Trigger) hands
 * back. A tool's answer goes into a model's context whole, so a listing is bounded: the first records
 * and a note that more exist. Ordinary runs are not affected.
 */
import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { readWholeNumber } from './inputs';

export const TOOL_MAX_RECORDS_DEFAULT = 25;

const TOOL_MAX_RECORDS_NAME = 'toolMaxRecords';
const TOOL_MAX_RECORDS_LABEL = 'Max Records for AI';

/** Shown only on the tool variant of a node (n8n's `@tool` display rule). */
export const toolMaxRecordsField: INodeProperties = {
	displayName: TOOL_MAX_RECORDS_LABEL,
	name: TOOL_MAX_RECORDS_NAME,
	type: 'number',
	typeOptions: { minValue: 0 },
	default: TOOL_MAX_RECORDS_DEFAULT,
	description:
		"At most this many records go back per call, with a note when more exist, so a long list does not fill the model's context. 0 returns all of them.",
	displayOptions: { show: { '@tool': [true] } },
};

/** n8n runs a node as a tool under the type name `<package>.<node>Tool`. */
export function runsAsTool(context: IExecuteFunctions): boolean {
	return context.getNode().type.endsWith('Tool');
}

/** The most records one tool call returns, or undefined for no bound (an ordinary run, or 0). */
export function toolRecordBound(context: IExecuteFunctions, itemIndex: number): number | undefined {
	if (!runsAsTool(context)) return undefined;
	const bound = readWholeNumber(context, TOOL_MAX_RECORDS_NAME, TOOL_MAX_RECORDS_LABEL, itemIndex, 0, 0);
	return bound === 0 ? undefined : bound;
}

/**
 * How many records a listing reads: as a tool, one more than the bound at most, which tells whether
 * more exist without reading them all; `limit` undefined means all.
 */
export function limitWithToolBound(context: IExecuteFunctions, itemIndex: number, limit: number | undefined): number | undefined {
	const bound = toolRecordBound(context, itemIndex);
	if (bound === undefined) return limit;
	return limit === undefined ? bound + 1 : Math.min(limit, bound + 1);
}

/** The note a bounded answer ends with: for the model, and for whoever builds the workflow. */
export function moreRecordsNote(shown: number): string {
	return `Only the first ${shown} records are shown; more exist. Ask for fewer or narrower results, or raise "${TOOL_MAX_RECORDS_LABEL}" on this tool (0 returns all).`;
}

/** Cuts one call's results to the bound and says so, as a last item and as an execution hint. */
export function boundToolResults(context: IExecuteFunctions, itemIndex: number, results: INodeExecutionData[]): INodeExecutionData[] {
	const bound = toolRecordBound(context, itemIndex);
	if (bound === undefined || results.length <= bound) return results;
	const note = moreRecordsNote(bound);
	context.addExecutionHints({ message: note, location: 'outputPane' });
	return [...results.slice(0, bound), { json: { moreRecords: true, note }, pairedItem: { item: itemIndex } }];
}
