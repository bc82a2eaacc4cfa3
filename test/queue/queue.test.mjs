/**
 * Queue-mode suite: the pack in n8n's scaling mode (Redis + PostgreSQL, main + worker + webhook
 * processor, each process with the pack in its own user folder). What runs where is read from each
 * process's log; what reached the API from the sandbox ledger.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { exampleWorkflows, waitFor } from '../../scripts/lib/n8n.mjs';
import sandboxModule from '../sandbox/index.js';
import { servicesMissing } from './services.mjs';
import { executionsOf, finishedExecution, outputOf, runWorkflow, startQueueStack } from './stack.mjs';

const missing = servicesMissing();
const SKIP = missing.length ? `SKIPPED: ${missing.join(' and ')} not installed (apt-get install -y redis-server postgresql; .ci/run does this as root)` : false;

let sandbox;
let stack;
const measured = {};

const NIGHTLY = 'avxExNightlySync';
const TRIP_QUOTE = 'avxExTripQuote01';
const PLACEMENT = 'avxExPlacement01';
const PLACEMENT_PATH = '/webhook/avx-placement-started/webhook';

function ledgerCount(predicate) {
	return sandbox.ledger.filter(predicate).length;
}

/** Which n8n process ran an execution, from the processes' logs. */
function ranOn(executionId) {
	const marker = new RegExp(`Worker (started|finished) execution ${executionId}\\b`);
	return { worker: marker.test(stack.worker.output()), main: /Running node/.test(stack.main.output()) };
}

function basicAuthOf(setting) {
	return `Basic ${Buffer.from(`${setting.clientIdentifier}:${setting.clientSecret}`).toString('base64')}`;
}

async function post(url, payload, headers) {
	const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(payload) });
	await response.arrayBuffer();
	return response.status;
}

before(async () => {
	if (SKIP) return;
	sandbox = await sandboxModule.start({ talentCount: 250 });
	const started = Date.now();
	const examples = exampleWorkflows();
	stack = await startQueueStack({
		credentials: sandboxCredentials(sandbox.url),
		workflows: { nightly: examples['avionte-nightly-talent-sync'], tripQuote: examples['avinode-trip-request-quote'], placement: examples['avionte-new-placement-notify'] },
		publish: [TRIP_QUOTE, PLACEMENT],
	});
	measured.stackStartMs = Date.now() - started;
	measured.startup = stack.timings;
});

after(async () => {
	if (Object.keys(measured).length) process.stderr.write(`[queue] measured ${JSON.stringify(measured)}\n`);
	await stack?.stop();
	await sandbox?.close();
});

describe('n8n queue mode: main + worker + webhook processor', { skip: SKIP }, () => {
	test('Avinode Trigger activation registers one webhook setting, once, pointing at the webhook processor', async () => {
		const setting = await waitFor(() => [...sandbox.data.avinode.webhookSettings.values()].find((s) => s.active && s.eventTypes.includes('TripRequest')), { what: 'the webhook setting' });
		assert.match(setting.targetURI, new RegExp(`^${stack.webhookBaseUrl}/webhook/`));
		assert.equal([...sandbox.data.avinode.webhookSettings.values()].filter((s) => s.active).length, 1);
		assert.equal(ledgerCount((e) => e.method === 'POST' && e.path === '/avinode/api/webhooks/settings'), 1, 'one registration across three processes');
		assert.doesNotMatch(stack.worker.output() + stack.webhook.output(), /webhooks\/settings/, 'only main activates triggers');
	});

	test('the nightly sync example runs on the worker: 250 talents into talents.csv', async () => {
		const started = Date.now();
		const id = await runWorkflow(stack, NIGHTLY, 'Run now');
		const execution = await finishedExecution(stack, id);
		measured.nightlySyncMs = Date.now() - started;
		assert.equal(execution.status, 'success');
		const talents = outputOf(execution.runData, 'Get all talents');
		assert.equal(talents.length, 250);
		assert.equal(new Set(talents.map((t) => t.id)).size, 250);
		assert.equal(execution.runData['Write talents.csv'][0].data.main[0][0].binary.data.fileName, 'talents.csv');
		assert.ok(ranOn(id).worker, `the worker ran execution ${id}`);
		assert.ok(!ranOn(id).main, 'main ran no node');
	});

	test('Get Many after the token expired: one 401, one token fetch, all 250 talents', async () => {
		sandbox.expireAvionteTokens();
		sandbox.clearLedger();
		const started = Date.now();
		const id = await runWorkflow(stack, NIGHTLY, 'Run now');
		const execution = await finishedExecution(stack, id);
		measured.nightlySyncAfterExpiryMs = Date.now() - started;
		assert.equal(execution.status, 'success');
		assert.equal(outputOf(execution.runData, 'Get all talents').length, 250);
		assert.equal(ledgerCount((e) => e.path === '/avionte/authorize/token'), 1);
		assert.ok(ledgerCount((e) => e.status === 401) >= 1, 'the stale token was refused');
		assert.ok(ranOn(id).worker);
	});

	test('Avinode delivery to the webhook processor runs on the worker with the token main fetched', async () => {
		const setting = [...sandbox.data.avinode.webhookSettings.values()].find((s) => s.active);
		const quotesBefore = [...sandbox.data.avinode.tripMessages.values()].filter((m) => m.kind === 'quote').length;
		const before = await executionsOf(stack, TRIP_QUOTE);
		const started = Date.now();
		const [delivery] = await sandbox.emitAvinode('TripRequest');
		assert.equal(delivery.status, 200);
		assert.match(delivery.targetURI, new RegExp(`^${stack.webhookBaseUrl}/`));
		await waitFor(() => [...sandbox.data.avinode.tripMessages.values()].filter((m) => m.kind === 'quote').length > quotesBefore, { what: 'the submitted quote' });
		measured.avinodeDeliveryToQuoteMs = Date.now() - started;
		const after = await executionsOf(stack, TRIP_QUOTE);
		assert.equal(after.length, before.length + 1);
		const id = String(after[0].id);
		await finishedExecution(stack, id);
		assert.ok(ranOn(id).worker, `the worker ran execution ${id}`);
		// Main fetched the token when it activated the trigger; n8n stored it in the database, where the
		// worker found it: one token for three processes.
		assert.equal(sandbox.stats().oauthTokenFetches, 1);
		assert.ok(setting);
	});

	// The de-duplication window lives in workflow static data, which every process reads from and writes to
	// the shared database. A trigger answers a delivery it records itself, so the process that received it
	// saves the key before the run is queued (n8n 2.x resets static data's "changed" flag when it starts a run;
	// see nodes/shared/webhookSecurity.ts startRunSavingState).
	test('a repeated Avinode delivery is dropped, also when it reaches another process; a later event for the same RFQ runs', async () => {
		const setting = [...sandbox.data.avinode.webhookSettings.values()].find((s) => s.active);
		const rfq = [...sandbox.data.avinode.rfqs.values()][1];
		const payload = { id: rfq.id, href: `${sandbox.avinodeBaseUrl}/rfqs/${rfq.id}`, type: 'rfqs' };
		const path = new URL(setting.targetURI).pathname;
		const before = (await executionsOf(stack, TRIP_QUOTE)).length;
		assert.equal(await post(`${stack.webhookBaseUrl}${path}`, payload, { Authorization: basicAuthOf(setting) }), 200);
		await waitFor(async () => (await executionsOf(stack, TRIP_QUOTE)).length === before + 1, { timeoutMs: 30_000, what: 'the first run' });
		// Avinode retries a delivery it thinks failed; here the retry lands on main instead, then again on the webhook processor.
		assert.equal(await post(`${stack.baseUrl}${path}`, payload, { Authorization: basicAuthOf(setting) }), 200);
		assert.equal(await post(`${stack.webhookBaseUrl}${path}`, payload, { Authorization: basicAuthOf(setting) }), 200);
		await new Promise((r) => setTimeout(r, 1500));
		assert.equal((await executionsOf(stack, TRIP_QUOTE)).length, before + 1, 'no second run');
		// Later events for the same RFQ carry the same notification: the buyer adds a lift, then cancels.
		// Each starts a run (inside the 48-hour window, as 30 minutes later would); a repeat of each does not.
		const later = [
			() => rfq.sellerLift.push({ id: 'asellerlift-queue-added', aircraftType: 'Gulfstream G650', aircraftTail: 'N650QQ', sourcingStatus: 1, links: { quotes: [] } }),
			() => (rfq.canceled = true),
		];
		for (const [index, change] of later.entries()) {
			change();
			assert.equal(await post(`${stack.webhookBaseUrl}${path}`, payload, { Authorization: basicAuthOf(setting) }), 200);
			await waitFor(async () => (await executionsOf(stack, TRIP_QUOTE)).length === before + 2 + index, { timeoutMs: 30_000, what: `the run of later event ${index + 1}` });
			assert.equal(await post(`${stack.baseUrl}${path}`, payload, { Authorization: basicAuthOf(setting) }), 200);
			await new Promise((r) => setTimeout(r, 1500));
			assert.equal((await executionsOf(stack, TRIP_QUOTE)).length, before + 2 + index, `no second run for later event ${index + 1}`);
		}
	});

	test('Avionté Trigger: a delivery through the webhook processor runs on the worker; a wrong secret is refused', async () => {
		const secret = sandboxModule.config.avionte.webhookSecret;
		sandbox.setAvionteWebhook(`${stack.webhookBaseUrl}${PLACEMENT_PATH}`, secret);
		sandbox.clearLedger();
		const first = await sandbox.emitAvionte('placement_started', { PlacementId: 900003, PlacementExtensionId: 1 }, 'corr-queue-1');
		assert.equal(first.status, 200);
		await waitFor(() => ledgerCount((e) => e.status === 200 && e.path === '/avionte/front-office/v1/placement/900003') === 1 && ledgerCount((e) => e.status === 200 && /\/talent\/\d+$/.test(e.path)) === 1, { what: 'the placement workflow' });
		const [latest] = await executionsOf(stack, PLACEMENT);
		assert.equal((await finishedExecution(stack, String(latest.id))).status, 'success');
		assert.ok(ranOn(String(latest.id)).worker);
		const wrongSecret = await sandbox.emitAvionte('placement_started', { PlacementId: 900003 }, 'corr-queue-2', { secret: 'wrong' });
		assert.equal(wrongSecret.status, 401);
	});

	test('Avionté Trigger: the same CorrelationId again, via main, is dropped', async () => {
		const before = (await executionsOf(stack, PLACEMENT)).length;
		sandbox.setAvionteWebhook(`${stack.baseUrl}${PLACEMENT_PATH}`, sandboxModule.config.avionte.webhookSecret);
		const again = await sandbox.emitAvionte('placement_started', { PlacementId: 900003, PlacementExtensionId: 1 }, 'corr-queue-1');
		assert.equal(again.status, 200);
		await new Promise((r) => setTimeout(r, 1500));
		assert.equal((await executionsOf(stack, PLACEMENT)).length, before, 'one run for one CorrelationId');
	});
});
