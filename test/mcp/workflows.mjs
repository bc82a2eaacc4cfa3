// The MCP suite's workflow: n8n's MCP Server Trigger with Bearer authentication and the pack's
// Avionté, Avinode and Schedaero nodes on its Tools input, set up as a user does in the editor: each
// tool node keeps the name the editor gives it and the automatic description, and its fields are left
// to the client with the editor's "let the model define this parameter" expression.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { ensureN8n } from '../../scripts/ensure-n8n.mjs';
import { CREDENTIAL_IDS, CREDENTIAL_NAMES } from '../../scripts/lib/credentials.mjs';
import { n8nMajor } from '../../scripts/lib/n8n.mjs';
import { fromAi, toolNode, toolVariants } from '../agent/workflows.mjs';

export const MCP_WORKFLOW_ID = 'avxMcpTools00001';
export const MCP_PATH = 'avx-mcp';
/** The Bearer token an MCP client must send; a test value, never used elsewhere. */
export const MCP_TOKEN = 'avx-mcp-suite-bearer-5e0b7c93d1';
const BEARER_CREDENTIAL = { id: 'avxMcpBearer0001', name: 'MCP clients' };
/** The trigger's newest version on each line: 1.123.x has 1, 1.1 and 2; 2.x adds 2.1. Both serve one URL from 2 on. */
const TRIGGER_TYPE_VERSION = n8nMajor >= 2 ? 2.1 : 2;
/**
 * Whether a failed call reaches the client as a failed result (`isError`): the pack fails the call for
 * trigger 2.1; behind an older trigger (n8n 1.123's) it answers with the error item (see shared/router.ts).
 */
export const FAILED_CALLS_FLAGGED = TRIGGER_TYPE_VERSION >= 2.1;
/** How many records one listing call returns to a client in this workflow's bounded passenger tool. */
export const PASSENGER_TOOL_BOUND = 5;

/** Why this n8n cannot run the suite, or undefined when its MCP Server Trigger is there. */
export function mcpTriggerMissing() {
	const { installDir } = ensureN8n();
	const trigger = join(installDir, 'node_modules', '@n8n', 'n8n-nodes-langchain', 'dist', 'nodes', 'mcp', 'McpTrigger', 'McpTrigger.node.js');
	return existsSync(trigger) ? undefined : `n8n ${installDir} has no MCP Server Trigger (${trigger} is missing)`;
}

export function bearerCredential() {
	return { ...BEARER_CREDENTIAL, type: 'httpBearerAuth', data: { token: MCP_TOKEN } };
}

export function mcpWorkflow() {
	const { avionteTool: avionte, avinodeTool: avinode, schedaeroTool: schedaero } = toolVariants();
	const avionteCredentials = { avionteApi: { id: CREDENTIAL_IDS.avionte, name: CREDENTIAL_NAMES.avionte } };
	const schedaeroCredentials = { schedaeroApi: { id: CREDENTIAL_IDS.schedaero, name: CREDENTIAL_NAMES.schedaero } };
	const talentId = (value) => ({ __rl: true, mode: 'id', value });
	const toolNodes = [
		toolNode(avionte, 'talent', 'get', { talentId: talentId(fromAi('Talent', 'Numeric Avionté talent ID')), simplify: true, options: {} }, avionteCredentials),
		// A copy whose ID the client sends as a number (the editor names a copy with a trailing 1).
		toolNode(avionte, 'talent', 'get', { talentId: talentId(fromAi('Talent_ID', 'Numeric Avionté talent ID', 'number')), simplify: true, options: {} }, avionteCredentials, 'Get a talent in Avionte1'),
		toolNode(avionte, 'talent', 'getAll', { returnAll: false, limit: fromAi('Limit', 'How many talents to return', 'number'), simplify: true, options: {} }, avionteCredentials),
		toolNode(avinode, 'airport', 'search', { filter: fromAi('Search_Text', 'Airport code, name or city'), options: {} }, { avinodeApi: { id: CREDENTIAL_IDS.avinode, name: CREDENTIAL_NAMES.avinode } }),
		toolNode(schedaero, 'passenger', 'get', { passengerId: fromAi('Passenger', 'Schedaero passenger ID'), options: {} }, schedaeroCredentials),
		toolNode(schedaero, 'passenger', 'getAll', { returnAll: true, toolMaxRecords: PASSENGER_TOOL_BOUND, options: {} }, schedaeroCredentials),
	];
	const trigger = {
		name: 'MCP Server Trigger',
		type: '@n8n/n8n-nodes-langchain.mcpTrigger',
		typeVersion: TRIGGER_TYPE_VERSION,
		webhookId: '5b1d0f3e-7c4a-4e0e-9a55-3d1f6c2b8a01',
		parameters: { path: MCP_PATH, authentication: 'bearerAuth' },
		credentials: { httpBearerAuth: BEARER_CREDENTIAL },
	};
	const workflow = {
		id: MCP_WORKFLOW_ID,
		name: 'MCP: Avionté, Avinode and Schedaero tools',
		active: false,
		settings: { executionOrder: 'v1' },
		pinData: {},
		connections: Object.fromEntries(toolNodes.map((node) => [node.name, { ai_tool: [[{ node: trigger.name, type: 'ai_tool', index: 0 }]] }])),
		nodes: [trigger, ...toolNodes].map((node, i) => ({ id: `${MCP_WORKFLOW_ID}-${i}`, position: [i * 220, i > 0 ? 220 : 0], ...node })),
	};
	return { workflow, toolNames: toolNodes.map((node) => node.name.replace(/ /g, '_')) };
}
