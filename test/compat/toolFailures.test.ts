/**
 * As an AI Agent tool, a failing call must reach the model as the tool's answer on every n8n line:
 * n8n 1.123 ends the agent run on a tool that throws, and n8n 2.x passes on only the message, so the
 * router answers with the error item. For an MCP client of n8n 2.x's MCP Server Trigger (version 2.1)
 * the call throws: only then does the client get a failed result (`isError`). The trigger's older
 * versions (all n8n 1.123 has) never finish a call that throws, so they get the error item.
 */
import type { IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { routeItems } from '../../nodes/shared/router';

const DEFAULTS = { concurrency: 1, ratePerSecond: 0 };

const MCP_TRIGGER = { id: 't', name: 'MCP Server Trigger', type: '@n8n/n8n-nodes-langchain.mcpTrigger', typeVersion: 2.1, position: [0, 0], parameters: {} } as INode;
const AI_AGENT = { id: 'a', name: 'AI Agent', type: '@n8n/n8n-nodes-langchain.agent', typeVersion: 2.2, position: [0, 0], parameters: {} } as INode;

/** `runsFor`: the node whose execute data the tool runs with (itself when the engine runs it, as for Agent v3). */
function contextFor(node: Partial<INode>, continueOnFail = false, runsFor?: INode): IExecuteFunctions {
	const fullNode = { id: 'n', name: 'Get a talent in Avionté', typeVersion: 1, position: [0, 0], parameters: {}, ...node } as INode;
	return {
		getNode: () => fullNode,
		getExecuteData: () => ({ node: runsFor ?? fullNode, data: { main: [[{ json: {} }]] }, source: null }),
		getInputData: () => [{ json: {} }, { json: {} }],
		getNodeParameter: (name: string, _itemIndex: number, fallback?: unknown) => ({ resource: 'talent', operation: 'get' })[name as 'resource' | 'operation'] ?? fallback,
		continueOnFail: () => continueOnFail,
		helpers: {
			returnJsonArray: (data: object | object[]) => (Array.isArray(data) ? data : [data]).map((json) => ({ json })),
			constructExecutionMetaData: (items: INodeExecutionData[], { itemData }: { itemData: { item: number } }) => items.map((item) => ({ ...item, pairedItem: itemData })),
		},
	} as unknown as IExecuteFunctions;
}

const resources = {
	talent: {
		get: {
			async execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
				if (itemIndex === 1) throw new NodeOperationError(this.getNode(), 'Talent ID must be a numeric Avionté ID, got "abc"', { itemIndex, description: 'Use the numeric ID' });
				return [{ json: { id: 100001 }, pairedItem: { item: itemIndex } }];
			},
		},
	},
};

describe('a failing item of an action node', () => {
	it('becomes the answer to the model when the node runs as an AI Agent tool', async () => {
		const [items] = await routeItems.call(contextFor({ type: 'n8n-nodes-avionte-avinode.avionteTool' }), resources, DEFAULTS);
		expect(items.map((item) => item.json)).toEqual([{ id: 100001 }, { error: 'Talent ID must be a numeric Avionté ID, got "abc"', description: 'Use the numeric ID' }]);
		expect(items[1].pairedItem).toEqual({ item: 1 });
	});

	it('becomes the answer to the model of an AI Agent that calls the tool itself (versions before 3)', async () => {
		const [items] = await routeItems.call(contextFor({ type: 'n8n-nodes-avionte-avinode.avionteTool' }, false, AI_AGENT), resources, DEFAULTS);
		expect(items[1].json.error).toMatch(/must be a numeric Avionté ID/);
	});

	it("fails the call for an MCP client of n8n's MCP Server Trigger 2.1, which reports isError with the message", async () => {
		const context = contextFor({ type: 'n8n-nodes-avionte-avinode.avionteTool' }, false, MCP_TRIGGER);
		const failure = await routeItems.call(context, resources, DEFAULTS).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(NodeOperationError);
		expect((failure as NodeOperationError).message).toBe('Talent ID must be a numeric Avionté ID, got "abc"');
		expect((failure as NodeOperationError).description).toBe('Use the numeric ID');
	});

	it('answers with the error item behind an MCP Server Trigger older than 2.1 (n8n 1.123 would never finish a call that throws)', async () => {
		for (const typeVersion of [1, 1.1, 2]) {
			const [items] = await routeItems.call(contextFor({ type: 'n8n-nodes-avionte-avinode.avionteTool' }, false, { ...MCP_TRIGGER, typeVersion }), resources, DEFAULTS);
			expect(items[1].json).toEqual({ error: 'Talent ID must be a numeric Avionté ID, got "abc"', description: 'Use the numeric ID' });
		}
	});

	it('stops the run when the tool node is set to stop the workflow', async () => {
		const context = contextFor({ type: 'n8n-nodes-avionte-avinode.avionteTool', onError: 'stopWorkflow' });
		await expect(routeItems.call(context, resources, DEFAULTS)).rejects.toThrow('must be a numeric Avionté ID');
	});

	it('stops the run in a regular node unless Continue On Fail is set', async () => {
		await expect(routeItems.call(contextFor({ type: 'n8n-nodes-avionte-avinode.avionte' }), resources, DEFAULTS)).rejects.toThrow('must be a numeric Avionté ID');
		const [items] = await routeItems.call(contextFor({ type: 'n8n-nodes-avionte-avinode.avionte' }, true), resources, DEFAULTS);
		expect(items[1].json.error).toMatch(/must be a numeric Avionté ID/);
	});
});
