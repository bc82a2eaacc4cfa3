/**
 * As an AI Agent tool, a failing call must reach the model as the tool's answer on every n8n line:
 * n8n 2.x turns tool failures into answers itself, n8n 1.123 ends the agent run, so the router does it.
 */
import type { IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { routeItems } from '../../nodes/shared/router';

const DEFAULTS = { concurrency: 1, ratePerSecond: 0 };

function contextFor(node: Partial<INode>, continueOnFail = false): IExecuteFunctions {
	const fullNode = { id: 'n', name: 'Get a talent in Avionté', typeVersion: 1, position: [0, 0], parameters: {}, ...node } as INode;
	return {
		getNode: () => fullNode,
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
