// The agent workflow of the agent suite: Manual Trigger → AI Agent, with n8n's OpenAI Chat Model pointed
// at the fake model and our nodes as tools, set up as a user does in the editor: each tool node keeps
// the name the editor gives it ("<action> in <default name>") and the automatic tool description, and
// its fields are left to the model with the editor's "let the model define this parameter" expression.
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { CREDENTIAL_IDS, CREDENTIAL_NAMES } from '../../scripts/lib/credentials.mjs';
import { ensureN8n } from '../../scripts/ensure-n8n.mjs';
import { n8nMajor, repoRoot } from '../../scripts/lib/n8n.mjs';

const P = 'n8n-nodes-avionte-avinode';
export const OPENAI_CREDENTIAL = { id: 'avxFakeOpenAi001', name: 'Fake OpenAI' };
export const AGENT_WORKFLOW_ID = 'avxAgentTools001';
/** The AI Agent node's newest version on each n8n line (1.123.x has up to 3). */
const AGENT_TYPE_VERSION = n8nMajor >= 2 ? 3.1 : 3;
export const AGENT_PROMPT = 'Look up Avionté talent 100004, list two talents, and find Teterboro airport.';

export function openAiCredential(modelUrl) {
	return { ...OPENAI_CREDENTIAL, type: 'openAiApi', data: { apiKey: 'sk-fake-agent-suite', organizationId: '', url: `${modelUrl}/v1`, header: false } };
}

/** n8n's own tool generation from the installed n8n: a function in 2.x, a loader method in 1.x. */
function n8nCreateAiTools(types, known) {
	const { installDir } = ensureN8n();
	const fromN8n = createRequire(join(installDir, 'node_modules', 'n8n', 'package.json'));
	if (n8nMajor >= 2) {
		fromN8n('./dist/tool-generation/ai-tools.js').createAiTools(types, known);
		return;
	}
	// 1.x: LoadNodesAndCredentials.createAiTools reads and extends this.types and this.known.
	const { LoadNodesAndCredentials } = fromN8n('./dist/load-nodes-and-credentials.js');
	Object.assign(Object.create(LoadNodesAndCredentials.prototype), { types, known }).createAiTools();
}

/**
 * The tool variants n8n generates from the built pack (n8n's own createAiTools, from the installed n8n),
 * so the tests use exactly the default names and descriptions a user gets.
 */
export function toolVariants() {
	const fromPack = createRequire(join(repoRoot, 'package.json'));
	const nodes = [
		new (fromPack('./dist/nodes/Avionte/Avionte.node.js').Avionte)().description,
		new (fromPack('./dist/nodes/Avinode/Avinode.node.js').Avinode)().description,
		new (fromPack('./dist/nodes/Schedaero/Schedaero.node.js').Schedaero)().description,
	];
	const types = { nodes: [...nodes], credentials: [] };
	const known = { nodes: Object.fromEntries(nodes.map((node) => [node.name, { className: node.name, sourcePath: node.name }])), credentials: {} };
	n8nCreateAiTools(types, known);
	return Object.fromEntries(types.nodes.slice(nodes.length).map((tool) => [tool.name, tool]));
}

export function actionOf(tool, resource, operation) {
	const property = tool.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource));
	return property.options.find((option) => option.value === operation).action;
}

/** The expression the editor writes when the user lets the model define a field. */
export function fromAi(key, description, type = 'string') {
	return `={{ /*n8n-auto-generated-fromAI-override*/ $fromAI('${key}', \`${description}\`, '${type}') }}`;
}

/** The version the editor gives a node it adds: its default version, else its newest. */
export function newNodeVersion(description) {
	const versions = [description.version].flat();
	return description.defaultVersion ?? Math.max(...versions);
}

/**
 * A tool node as the editor adds it from an action: the node's default version, named "<action> in
 * <default name>", automatic description.
 */
export function toolNode(tool, resource, operation, parameters, credentials, name = `${actionOf(tool, resource, operation)} in ${tool.defaults.name}`) {
	return { name, type: `${P}.${tool.name}`, typeVersion: newNodeVersion(tool), parameters: { descriptionType: 'auto', resource, operation, ...parameters }, credentials };
}

export function agentWorkflow() {
	const tools = toolVariants();
	const avionte = tools.avionteTool;
	const avinode = tools.avinodeTool;
	const avionteCredentials = { avionteApi: { id: CREDENTIAL_IDS.avionte, name: CREDENTIAL_NAMES.avionte } };
	const toolNodes = [
		toolNode(avionte, 'talent', 'get', { talentId: { __rl: true, mode: 'id', value: fromAi('Talent', 'Numeric Avionté talent ID') }, simplify: true, options: {} }, avionteCredentials),
		toolNode(avionte, 'talent', 'getAll', { returnAll: false, limit: fromAi('Limit', 'How many talents to return', 'number'), simplify: true, options: {} }, avionteCredentials),
		toolNode(avinode, 'airport', 'search', { filter: fromAi('Search_Text', 'Airport code, name or city'), options: {} }, { avinodeApi: { id: CREDENTIAL_IDS.avinode, name: CREDENTIAL_NAMES.avinode } }),
	];
	const nodes = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
		{ name: 'AI Agent', type: '@n8n/n8n-nodes-langchain.agent', typeVersion: AGENT_TYPE_VERSION, parameters: { promptType: 'define', text: AGENT_PROMPT, options: { systemMessage: 'You are a staffing and charter assistant. Use the tools.' } } },
		{
			name: 'OpenAI Chat Model',
			type: '@n8n/n8n-nodes-langchain.lmChatOpenAi',
			typeVersion: 1.3,
			// The fake model speaks Chat Completions; v1.3 defaults to the Responses API.
			parameters: { model: { __rl: true, mode: 'id', value: 'gpt-fake' }, responsesApiEnabled: false, options: {} },
			credentials: { openAiApi: OPENAI_CREDENTIAL },
		},
		...toolNodes,
	];
	const connections = {
		Start: { main: [[{ node: 'AI Agent', type: 'main', index: 0 }]] },
		'OpenAI Chat Model': { ai_languageModel: [[{ node: 'AI Agent', type: 'ai_languageModel', index: 0 }]] },
		...Object.fromEntries(toolNodes.map((node) => [node.name, { ai_tool: [[{ node: 'AI Agent', type: 'ai_tool', index: 0 }]] }])),
	};
	const workflow = {
		id: AGENT_WORKFLOW_ID,
		name: 'Agent: Avionté and Avinode tools',
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		connections,
		nodes: nodes.map((node, i) => ({ id: `${AGENT_WORKFLOW_ID}-${i}`, position: [i * 220, i > 1 ? 220 : 0], ...node })),
	};
	return { workflow, toolNodeNames: toolNodes.map((node) => node.name) };
}
