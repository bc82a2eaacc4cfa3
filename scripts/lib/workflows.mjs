// Building small linear test workflows (e2e suite and benchmark): nodes in a chain, first to last.
export function chain(id, name, nodes) {
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++) connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return {
		id,
		name,
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		connections,
		nodes: nodes.map((node, i) => ({ id: `${id}-${i}`, position: [i * 240, 0], typeVersion: 1, parameters: {}, ...node })),
	};
}

export const manualTrigger = { name: 'Start', type: 'n8n-nodes-base.manualTrigger' };
