/**
 * MCP suite: a real n8n serves the pack's Avionté, Avinode and Schedaero nodes to an outside MCP
 * client through n8n's MCP Server Trigger (Bearer authentication), as a user builds it in the editor.
 * The client (the MCP SDK inside the n8n install) lists the tools and calls them over Streamable HTTP
 * and SSE; the tests read what reached the sandbox, what the client got back, the executions n8n
 * recorded and n8n's log.
 *
 * Runs on the n8n line N8N_VERSION names; on an n8n without the MCP Server Trigger it says so and skips.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { activateWorkflowCli, installPack, n8nVersion, ownerSession, seedInstance, startN8n, waitFor } from '../../scripts/lib/n8n.mjs';
import sandboxModule from '../sandbox/index.js';
import { bearerCredential, FAILED_CALLS_FLAGGED, MCP_PATH, MCP_TOKEN, MCP_WORKFLOW_ID, mcpTriggerMissing, mcpWorkflow, PASSENGER_TOOL_BOUND } from './workflows.mjs';

const PORT = Number(process.env.MCP_N8N_PORT || 5795);
const MCP_URL = `http://127.0.0.1:${PORT}/mcp/${MCP_PATH}`;
/** Bounds on what each tool shows a client; the reasons are in test/unit/toolFacing.test.ts. */
const MAX_DESCRIPTION_CHARS = 200;
const MAX_SCHEMA_JSON_CHARS = 2000;
const STACK_TRACE = /\n\s+at |node_modules|\.[cm]?js:\d+|\.ts:\d+|Error: .*\n.*Error:/;
const { config } = sandboxModule;
/** Every secret the client, the executions and the log must never show: the sandbox's, its issued tokens, the trigger's. */
const SECRETS = [
	config.avionte.apiKey,
	config.avionte.clientSecret,
	config.avionte.webhookSecret,
	config.avinode.apiToken,
	config.avinode.connectionToken,
	config.avinode.schedaeroConnectionToken,
	config.avinode.clientSecret,
	MCP_TOKEN,
];
const ISSUED_TOKENS = /sbx-at-[0-9a-f]{8,}|sbx-avn-[0-9a-f]{8,}/;
/** The pack's default Max Records for AI (nodes/shared/toolOutput.ts). */
const TALENT_DEFAULT_BOUND = 25;

const skipReason = mcpTriggerMissing();
if (skipReason) process.stderr.write(`[mcp] skipped on n8n ${n8nVersion}: ${skipReason}\n`);

let sandbox;
let n8n;
let userFolder;
let logFile;
let toolNames;
let client;
/** Every text a client got back, for the secrets check. */
const replies = [];
/** Tool calls made, and those n8n refused itself (arguments that do not fit, no arguments, an unknown tool). */
let toolCalls = 0;
let refusedByN8n = 0;
const mcp = skipReason ? undefined : await import('./client.mjs');

async function call(name, args, on = client) {
	toolCalls++;
	const result = await mcp.callTool(on, name, args);
	replies.push(result.text);
	return result;
}

/**
 * A failed call, with the actionable message and no stack: a failed result (isError) from trigger 2.1;
 * behind n8n 1.123's trigger, the error item as the answer (that trigger never finishes a call that throws).
 */
function assertFailed(result, ...patterns) {
	let text = result.text;
	if (FAILED_CALLS_FLAGGED) {
		assert.equal(result.isError, true, text);
	} else {
		assert.equal(result.isError, false, text);
		const items = JSON.parse(text);
		assert.equal(items.length, 1, text);
		text = [items[0].error, items[0].description].filter(Boolean).join('\n');
	}
	for (const pattern of patterns) assert.match(text, pattern);
	assert.doesNotMatch(result.text, STACK_TRACE);
}

const apiPaths = () => sandbox.ledger.map((entry) => `${entry.method} ${entry.path}`);
const talentIds = () => [...sandbox.data.avionte.talents.keys()];
const multiQueryIds = () => sandbox.ledger.filter((entry) => entry.path.endsWith('/talents/multi-query')).flatMap((entry) => entry.body);
const idsPages = () => sandbox.ledger.filter((entry) => /\/talents\/ids\//.test(entry.path));

describe(`n8n ${n8nVersion}: an MCP client using the pack through n8n's MCP Server Trigger`, { skip: skipReason }, () => {
	before(async () => {
		const started = Date.now();
		userFolder = mkdtempSync(join(tmpdir(), 'avx-mcp-'));
		logFile = join(userFolder, 'n8n.log');
		sandbox = await sandboxModule.start({ talentCount: 250 });
		installPack(userFolder);
		const { workflow, toolNames: names } = mcpWorkflow();
		toolNames = names;
		await seedInstance(userFolder, { credentials: [...sandboxCredentials(sandbox.url), bearerCredential()], workflows: { mcp: workflow }, port: PORT });
		await activateWorkflowCli(userFolder, MCP_WORKFLOW_ID, { port: PORT });
		// Debug logging: the log check then covers everything n8n writes about the calls.
		n8n = await startN8n({ userFolder, port: PORT, logFile, extraEnv: { N8N_LOG_LEVEL: 'debug' } });
		// The REST API answers before the active workflows' webhooks are registered, and 1.123.81 registers
		// the trigger's GET before its POST: ready once a POST without the token is refused by the trigger.
		await waitFor(async () => (await fetch(MCP_URL, { method: 'POST' })).status === 403, { timeoutMs: 60_000, what: 'the MCP Server Trigger to listen' });
		client = await mcp.connectClient(MCP_URL, 'Streamable HTTP', { token: MCP_TOKEN });
		process.stderr.write(`[mcp] n8n ${n8nVersion} ready with the MCP workflow in ${Date.now() - started} ms\n`);
	});

	after(async () => {
		await client?.close().catch(() => undefined);
		await n8n?.stop();
		await sandbox?.close();
		if (userFolder && !process.env.E2E_KEEP) rmSync(userFolder, { recursive: true, force: true });
	});

	test('lists every tool under its editor name, with the action as description and a small schema of the model-defined fields', async () => {
		const { tools } = await client.listTools();
		const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
		assert.deepEqual(Object.keys(byName).sort(), [...toolNames].sort());
		assert.deepEqual(toolNames, [
			'Get_a_talent_in_Avionte',
			'Get_a_talent_in_Avionte1',
			'Get_many_talents_in_Avionte',
			'Search_airports_in_Avinode',
			'Get_a_passenger_in_Schedaero',
			'Get_many_passengers_in_Schedaero',
		]);
		assert.equal(byName.Get_a_talent_in_Avionte.description, 'Get a talent in Avionté');
		assert.equal(byName.Search_airports_in_Avinode.description, 'Search airports in Avinode');
		assert.equal(byName.Get_many_passengers_in_Schedaero.description, 'Get many passengers in Schedaero');
		assert.deepEqual(byName.Get_a_talent_in_Avionte.inputSchema.properties, { Talent: { type: 'string', description: 'Numeric Avionté talent ID' } });
		assert.deepEqual(byName.Get_a_talent_in_Avionte1.inputSchema.properties, { Talent_ID: { type: 'number', description: 'Numeric Avionté talent ID' } });
		assert.deepEqual(byName.Get_many_talents_in_Avionte.inputSchema.properties, { Limit: { type: 'number', description: 'How many talents to return' } });
		assert.deepEqual(byName.Get_many_passengers_in_Schedaero.inputSchema.properties ?? {}, {});
		for (const tool of tools) {
			assert.equal(tool.inputSchema.type, 'object');
			assert.ok(tool.description.length <= MAX_DESCRIPTION_CHARS, `${tool.name}: description of ${tool.description.length} characters`);
			assert.ok(JSON.stringify(tool.inputSchema).length <= MAX_SCHEMA_JSON_CHARS, `${tool.name}: schema too large`);
		}
	});

	for (const transport of mcp?.TRANSPORTS ?? []) {
		test(`over ${transport}: each call reaches the API with the client's arguments and answers with the records`, async () => {
			const session = transport === 'SSE' ? await mcp.connectClient(MCP_URL, 'SSE', { token: MCP_TOKEN }) : client;
			try {
				const [talentId] = talentIds();
				sandbox.clearLedger();
				const talent = await call('Get_a_talent_in_Avionte', { Talent: String(talentId) }, session);
				assert.equal(talent.isError, false, talent.text);
				assert.equal(JSON.parse(talent.text)[0].id, talentId);
				assert.ok(apiPaths().includes(`GET /avionte/front-office/v1/talent/${talentId}`), apiPaths().join('\n'));

				sandbox.clearLedger();
				const two = await call('Get_many_talents_in_Avionte', { Limit: 2 }, session);
				assert.equal(two.isError, false, two.text);
				assert.deepEqual(JSON.parse(two.text).map((record) => record.id), talentIds().slice(0, 2));
				assert.deepEqual(multiQueryIds(), talentIds().slice(0, 2), 'one multi-query for exactly the 2 ids');
				assert.ok(idsPages().every((entry) => /\/ids\/\d+\/2$/.test(entry.path)), idsPages().map((entry) => entry.path).join(', '));

				sandbox.clearLedger();
				const airports = await call('Search_airports_in_Avinode', { Search_Text: 'Teterboro' }, session);
				assert.equal(airports.isError, false, airports.text);
				assert.ok(JSON.parse(airports.text).some((airport) => airport.icao === 'KTEB'), airports.text);
				const search = sandbox.ledger.find((entry) => entry.path === '/avinode/api/airports/search');
				assert.equal(search?.query.filter, 'Teterboro');

				sandbox.clearLedger();
				const [passengerId] = sandbox.data.schedaero.passengers.keys();
				const passenger = await call('Get_a_passenger_in_Schedaero', { Passenger: passengerId }, session);
				assert.equal(passenger.isError, false, passenger.text);
				assert.equal(JSON.parse(passenger.text)[0].id, passengerId);
				assert.ok(apiPaths().includes(`GET /schedaero/api/passengers/${passengerId}`), apiPaths().join('\n'));
			} finally {
				if (session !== client) await session.close();
			}
		});
	}

	test('an Avionté ID sent as a number works where the workflow declares the field a number', async () => {
		const talentId = talentIds()[3];
		sandbox.clearLedger();
		const result = await call('Get_a_talent_in_Avionte1', { Talent_ID: talentId });
		assert.equal(result.isError, false, result.text);
		assert.equal(JSON.parse(result.text)[0].id, talentId);
		assert.deepEqual(apiPaths().filter((path) => path.includes('/talent/')), [`GET /avionte/front-office/v1/talent/${talentId}`]);
	});

	test('7 calls in parallel in one session each come back with their own record', async () => {
		const ids = talentIds().slice(10, 17);
		sandbox.clearLedger();
		const results = await Promise.all(ids.map((id) => call('Get_a_talent_in_Avionte', { Talent: String(id) })));
		assert.deepEqual(
			results.map((result) => (result.isError ? result.text : JSON.parse(result.text)[0].id)),
			ids,
		);
		assert.deepEqual(apiPaths().filter((path) => path.includes('/talent/')).sort(), ids.map((id) => `GET /avionte/front-office/v1/talent/${id}`).sort());
	});

	test(`an unknown ID is a failed call${FAILED_CALLS_FLAGGED ? ' (isError)' : ''} naming the 404, with no stack`, async (t) => {
		sandbox.clearLedger();
		const result = await call('Get_a_talent_in_Avionte', { Talent: '999999' });
		t.diagnostic(`isError ${result.isError}: ${result.text}`);
		assertFailed(result, /404/, /Talent 999999 was not found/, /check the ID/);
		assert.equal(sandbox.ledger.find((entry) => entry.path.endsWith('/talent/999999'))?.status, 404);
	});

	test('a Limit of 2.5, 0 or -2 is a failed call naming the field, and nothing is requested', async () => {
		for (const limit of [2.5, 0, -2]) {
			sandbox.clearLedger();
			const result = await call('Get_many_talents_in_Avionte', { Limit: limit });
			assertFailed(result, new RegExp(`"Limit" of item 0 must be a whole number of 1 or more, got ${String(limit).replace('.', '\\.')}`));
			assert.deepEqual(apiPaths().filter((path) => !path.endsWith('/token')), [], `${limit}: no request`);
		}
	});

	test('malformed IDs are failed calls naming the field, and nothing is requested', async () => {
		sandbox.clearLedger();
		assertFailed(await call('Get_a_talent_in_Avionte', { Talent: 'abc' }), /"Talent" of item 0 must be a numeric Avionté ID, got "abc"/);
		assertFailed(await call('Get_a_talent_in_Avionte1', { Talent_ID: 100004.5 }), /"Talent" of item 0 must be a numeric Avionté ID, got 100004\.5/);
		assertFailed(await call('Get_a_passenger_in_Schedaero', { Passenger: '../people' }), /"Passenger ID" of item 0 is not an ID: "\.\.\/people"/);
		assert.deepEqual(apiPaths().filter((path) => !path.endsWith('/token')), []);
	});

	test('arguments of the wrong type are refused by the schema as a failed result', async () => {
		const result = await call('Get_many_talents_in_Avionte', { Limit: 'three' });
		refusedByN8n++;
		// n8n checks the arguments itself, before the pack runs: a failed result on both lines.
		assert.equal(result.isError, true, result.text);
		assert.match(result.text, /expected schema|Expected number/i);
	});

	test("n8n's trigger answers a call without arguments, or to an unknown tool, with a protocol error (README says so)", async () => {
		toolCalls += 2;
		refusedByN8n += 2;
		await assert.rejects(client.callTool({ name: 'Get_many_passengers_in_Schedaero' }), /-32603/);
		await assert.rejects(client.callTool({ name: 'No_such_tool', arguments: {} }), /-32603/);
	});

	test(`a long listing is bounded: the first records and a note that more exist, reading one past the bound`, async () => {
		sandbox.clearLedger();
		const talents = await call('Get_many_talents_in_Avionte', { Limit: 1000 });
		assert.equal(talents.isError, false, talents.text);
		const records = JSON.parse(talents.text);
		assert.equal(records.length, TALENT_DEFAULT_BOUND + 1);
		assert.deepEqual(records.slice(0, -1).map((record) => record.id), talentIds().slice(0, TALENT_DEFAULT_BOUND));
		assert.equal(records.at(-1).moreRecords, true);
		assert.match(records.at(-1).note, new RegExp(`^Only the first ${TALENT_DEFAULT_BOUND} records are shown; more exist\\..*"Max Records for AI"`));
		assert.equal(multiQueryIds().length, TALENT_DEFAULT_BOUND + 1);
		assert.ok(talents.text.length < 12_000, `${talents.text.length} characters`);

		const passengers = await call('Get_many_passengers_in_Schedaero', {});
		const passengerRecords = JSON.parse(passengers.text);
		assert.equal(passengerRecords.length, PASSENGER_TOOL_BOUND + 1);
		assert.match(passengerRecords.at(-1).note, new RegExp(`^Only the first ${PASSENGER_TOOL_BOUND} records are shown`));
	});

	test('Bearer authentication: without the token, or with a wrong one, the trigger refuses and nothing runs', async () => {
		sandbox.clearLedger();
		const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-03-26', capabilities: {}, clientInfo: { name: 'no-token', version: '1' } } };
		const post = async (headers) => {
			const response = await fetch(MCP_URL, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers }, body: JSON.stringify(initialize) });
			const text = await response.text();
			replies.push(text);
			return { status: response.status, session: response.headers.get('mcp-session-id'), text };
		};
		const missing = await post({});
		assert.equal(missing.status, 403, `no token: ${missing.text}`);
		assert.equal(missing.session, null);
		const wrong = await post({ Authorization: 'Bearer not-the-token' });
		assert.equal(wrong.status, 403, `wrong token: ${wrong.text}`);
		assert.equal(wrong.session, null);
		for (const transport of mcp.TRANSPORTS) {
			await assert.rejects(mcp.connectClient(MCP_URL, transport, { token: 'not-the-token' }), `${transport} with a wrong token`);
			await assert.rejects(mcp.connectClient(MCP_URL, transport), `${transport} without a token`);
		}
		const right = await post({ Authorization: `Bearer ${MCP_TOKEN}` });
		assert.equal(right.status, 200, right.text);
		assert.equal(sandbox.ledger.length, 0);
	});

	test('no secret reaches a client, an execution or the n8n log, even when the API echoes the request headers', async (t) => {
		sandbox.setFaults({ statusRates: { 403: 1 }, pathPattern: '/talent/', echoHeaders: 'both' });
		try {
			// 'both' alternates a plain-text and a JSON echo; two calls see both shapes.
			for (const id of talentIds().slice(20, 22)) {
				assertFailed(await call('Get_a_talent_in_Avionte', { Talent: String(id) }), /403/, /\[redacted\]/);
			}
		} finally {
			sandbox.setFaults({});
		}
		const echoes = sandbox.ledger.filter((entry) => entry.status === 403 && entry.path.includes('/talent/'));
		assert.ok(echoes.length >= 2, 'the API echoed the headers, secrets included');

		const cookie = await ownerSession(n8n.baseUrl);
		const filter = encodeURIComponent(JSON.stringify({ workflowId: MCP_WORKFLOW_ID }));
		const list = await (await fetch(`${n8n.baseUrl}/rest/executions?filter=${filter}&limit=250`, { headers: { cookie } })).json();
		const summaries = list.data?.results ?? list.data ?? [];
		const executions = await Promise.all(summaries.map(async ({ id }) => await (await fetch(`${n8n.baseUrl}/rest/executions/${id}`, { headers: { cookie } })).text()));
		t.diagnostic(`${toolCalls} tool calls, ${replies.length} replies, ${executions.length} executions, ${readFileSync(logFile, 'utf8').length} bytes of n8n log searched`);
		// Every call finished and was saved as an execution, failed ones included; n8n 1.123's trigger never
		// finishes the calls it refuses itself, so it saves none for those.
		assert.equal(executions.length, FAILED_CALLS_FLAGGED ? toolCalls : toolCalls - refusedByN8n, 'one execution per call');
		const sources = { replies: replies.join('\n'), executions: executions.join('\n'), 'n8n log': readFileSync(logFile, 'utf8') };
		for (const [where, text] of Object.entries(sources)) {
			for (const secret of SECRETS) assert.ok(!text.includes(secret), `${where} holds a secret (${secret.slice(0, 6)}…)`);
			assert.doesNotMatch(text, ISSUED_TOKENS, `${where} holds an access token`);
		}
		assert.ok(sources.replies.includes('[redacted]'), 'the echoed headers reached the client redacted');
	});
});
