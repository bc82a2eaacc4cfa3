/**
 * Agent suite: a real n8n 2.40.7 runs an AI Agent whose chat model is a scripted OpenAI-compatible
 * server (fake-model.mjs) and whose tools are our Avionté and Avinode nodes, as a user wires them in
 * the editor. One execution plays a scripted conversation: good calls, a listing with a limit, an
 * unknown id, a malformed id and a Limit that is not a whole number. The tests then read what reached the sandbox and what the model was
 * shown in each request.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { installPack, n8nCli, parseExecuteOutput, seedInstance } from '../../scripts/lib/n8n.mjs';
import sandboxModule from '../sandbox/index.js';
import { answer, startFakeModel, toolCall, toolResults } from './fake-model.mjs';
import { AGENT_WORKFLOW_ID, agentWorkflow, openAiCredential } from './workflows.mjs';

const PORT = Number(process.env.AGENT_N8N_PORT || 5780);
/** Bounds on what each tool shows the model; the reasons are in test/unit/toolFacing.test.ts. */
const MAX_DESCRIPTION_CHARS = 200;
const MAX_SCHEMA_PROPERTIES = 20;
const MAX_SCHEMA_JSON_CHARS = 2000;
const INTERNAL_WORDING = /\[[A-Z](?:-[a-z]+)?\]|sandbox|\bTODO\b|FIXME|multi-query|ids page|envelope|transport|helper|n8n-nodes|undefined|\$parameter/i;
const STACK_TRACE = /\n\s+at |node_modules|\.[cm]?js:\d+|\.ts:\d+|Error: .*\n.*Error:/;

let sandbox;
let model;
let userFolder;
let run;
let toolNames;
let executeMs;

/** The scripted model: one step per tool result received so far. */
function script(names) {
	const [getTalent, getManyTalents, searchAirports] = names;
	const steps = [
		() => toolCall('call_get', getTalent, { Talent: '100004' }),
		() => toolCall('call_list', getManyTalents, { Limit: 2 }),
		() => toolCall('call_airports', searchAirports, { Search_Text: 'Teterboro' }),
		() => toolCall('call_unknown', getTalent, { Talent: '999999' }),
		() => toolCall('call_malformed', getTalent, { Talent: 'abc' }),
		() => toolCall('call_bad_limit', getManyTalents, { Limit: 2.5 }),
		() => answer('DONE: the model got every tool result'),
	];
	return (body) => steps[Math.min(toolResults(body).length, steps.length - 1)]();
}

function resultFor(callId) {
	for (const { body } of model.requests) {
		const found = toolResults(body).find((message) => message.tool_call_id === callId);
		if (found) return found.content;
	}
	throw new Error(`no tool result for ${callId} reached the model`);
}

before(async () => {
	userFolder = mkdtempSync(join(tmpdir(), 'avx-agent-'));
	sandbox = await sandboxModule.start({ talentCount: 250 });
	model = await startFakeModel();
	installPack(userFolder);
	const { workflow, toolNodeNames } = agentWorkflow();
	toolNames = toolNodeNames.map((name) => name.replace(/ /g, '_'));
	await seedInstance(userFolder, { credentials: [...sandboxCredentials(sandbox.url), openAiCredential(model.url)], workflows: { agent: workflow }, port: PORT });
	model.setScript(script(toolNames));
	sandbox.clearLedger();
	const started = Date.now();
	run = parseExecuteOutput(await n8nCli(userFolder, ['execute', `--id=${AGENT_WORKFLOW_ID}`, '--rawOutput'], { port: PORT, timeoutMs: 180_000 }));
	executeMs = Date.now() - started;
	const executionMs = run.startedAt && run.stoppedAt ? Date.parse(run.stoppedAt) - Date.parse(run.startedAt) : undefined;
	process.stderr.write(`[agent] n8n execute wall time ${executeMs} ms (execution ${executionMs ?? '?'} ms); ${model.requests.length} model requests; ${sandbox.ledger.length} sandbox requests\n`);
});

after(async () => {
	await model?.close();
	await sandbox?.close();
	if (userFolder && !process.env.E2E_KEEP) rmSync(userFolder, { recursive: true, force: true });
});

describe('an AI Agent using the pack as tools', () => {
	test('the conversation ran to the end: seven model requests, the agent returns the final answer', () => {
		assert.equal(run.status ?? run.data?.status ?? 'success', 'success');
		const output = run.data.resultData.runData['AI Agent'][0].data.main[0][0].json.output;
		assert.match(output, /^DONE/);
		assert.equal(model.requests.length, 7);
		assert.equal(model.requests[0].authorization, 'Bearer sk-fake-agent-suite');
	});

	test('the model is shown readable tool names, the actions as descriptions and a schema of the chosen fields', () => {
		const tools = model.requests[0].body.tools.map((tool) => tool.function);
		assert.deepEqual(tools.map((tool) => tool.name).sort(), [...toolNames].sort());
		assert.deepEqual(toolNames, ['Get_a_talent_in_Avionte', 'Get_many_talents_in_Avionte', 'Search_airports_in_Avinode']);
		const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
		// The name is the node's (the editor's default for a tool); the description is built at run time from
		// the regular node type, so it keeps the product's spelling.
		assert.equal(byName.Get_a_talent_in_Avionte.description, 'Get a talent in Avionté');
		assert.equal(byName.Get_many_talents_in_Avionte.description, 'Get many talents in Avionté');
		assert.deepEqual(byName.Get_a_talent_in_Avionte.parameters.properties, { Talent: { type: 'string', description: 'Numeric Avionté talent ID' } });
		assert.deepEqual(byName.Get_many_talents_in_Avionte.parameters.properties, { Limit: { type: 'number', description: 'How many talents to return' } });
		assert.equal(byName.Search_airports_in_Avinode.description, 'Search airports in Avinode');
		for (const tool of tools) {
			assert.ok(tool.description.length <= MAX_DESCRIPTION_CHARS, `${tool.name}: description of ${tool.description.length} characters`);
			assert.ok(Object.keys(tool.parameters.properties).length <= MAX_SCHEMA_PROPERTIES, `${tool.name}: too many parameters`);
			assert.ok(JSON.stringify(tool.parameters).length <= MAX_SCHEMA_JSON_CHARS, `${tool.name}: schema too large`);
			assert.doesNotMatch(tool.description, INTERNAL_WORDING);
			assert.match(tool.name, /^[A-Za-z0-9]+(_[A-Za-z0-9]+)*$/, 'no holes where characters were replaced');
		}
	});

	test("the tool calls reach the sandbox with the model's arguments", () => {
		const paths = sandbox.ledger.map((entry) => `${entry.method} ${entry.path}`);
		assert.ok(paths.includes('GET /avionte/front-office/v1/talent/100004'), paths.join('\n'));
		const search = sandbox.ledger.find((entry) => entry.path === '/avinode/api/airports/search');
		assert.ok(search, 'airport search reached the sandbox');
		assert.equal(Object.entries(search.query).find(([key]) => /filter/i.test(key))?.[1], 'Teterboro');
		const unknown = sandbox.ledger.find((entry) => entry.path === '/avionte/front-office/v1/talent/999999');
		assert.equal(unknown?.status, 404);
		assert.ok(!paths.some((path) => path.includes('/talent/abc')), 'a malformed id is refused before any request');
	});

	test('each result comes back to the model in the next request', () => {
		const talent = JSON.parse(resultFor('call_get'));
		assert.equal(talent[0].id, 100004);
		assert.ok(talent[0].firstName && talent[0].emailAddress, 'the simplified record carries name and email');
		const airports = JSON.parse(resultFor('call_airports'));
		assert.ok(airports.some((airport) => /Teterboro/i.test(JSON.stringify(airport))), 'Teterboro is among the airports');
		// The result of call N is in request N+1, right after the call that asked for it.
		const second = model.requests[1].body.messages;
		assert.equal(second.at(-1).role, 'tool');
		assert.equal(second.at(-1).tool_call_id, 'call_get');
	});

	test('a tool asked for 2 talents fetches no more than 2: one ids page of 2, one multi-query of 2 ids', () => {
		const talents = JSON.parse(resultFor('call_list'));
		assert.equal(talents.length, 2);
		const idsPages = sandbox.ledger.filter((entry) => /^\/avionte\/front-office\/v1\/talents\/ids\//.test(entry.path));
		const multiQueries = sandbox.ledger.filter((entry) => entry.path === '/avionte/front-office/v1/talents/multi-query');
		assert.equal(multiQueries.length, 1);
		assert.equal(multiQueries[0].body.length, 2);
		const pages = idsPages.map((entry) => /\/ids\/(\d+)\/(\d+)$/.exec(entry.path)).map((match) => ({ page: Number(match[1]), size: Number(match[2]) }));
		assert.ok(pages.every((page) => page.size <= 2), `ids pages ask for no more than 2 ids: ${idsPages.map((e) => e.path).join(', ')}`);
		// One page of ids holds the 2: page 0 on the tenant's first listing in the process (the first page whatever the base), else page 1.
		assert.equal(pages.length, 1, `ids pages listed for a limit of 2: ${idsPages.map((e) => e.path).join(', ')}`);
		assert.ok([0, 1].includes(pages[0].page), `ids page listed for a limit of 2: ${idsPages.map((e) => e.path).join(', ')}`);
	});

	test('a failing tool call gives the model a message it can act on, not a stack', () => {
		const unknown = resultFor('call_unknown');
		assert.match(unknown, /404/);
		assert.match(unknown, /Talent 999999 was not found/);
		assert.doesNotMatch(unknown, STACK_TRACE);
		const malformed = resultFor('call_malformed');
		assert.match(malformed, /must be a numeric Avionté ID, got \\?"abc\\?"/);
		assert.doesNotMatch(malformed, STACK_TRACE);
		const badLimit = resultFor('call_bad_limit');
		assert.match(badLimit, /\\?"Limit\\?" of item 0 must be a whole number of 1 or more, got 2\.5/);
		assert.ok(!sandbox.ledger.some((entry) => entry.path.includes('2.5')), 'a Limit of 2.5 is refused before any request');
		for (const text of [unknown, malformed, badLimit]) {
			assert.ok(text.length < 600, `short enough to act on: ${text.length} characters`);
			assert.ok(!text.includes(sandboxModule.config.avionte.clientSecret) && !text.includes(sandboxModule.config.avionte.apiKey), 'no secret');
		}
	});
});
