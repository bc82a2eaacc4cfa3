#!/usr/bin/env node
/**
 * Reproduction: is workflow static data written in a trigger's webhook() saved by a real n8n?
 * One n8n process (SQLite), the built pack installed, two published workflows (Avionté Trigger,
 * Avinode Trigger, nothing after them). Posts each delivery N times, then prints how many
 * executions started and whether the de-duplication keys reached the database.
 *
 *   npm run build && node test/repro/webhook-static-data.mjs            # n8n 2.40.7
 *   N8N_VERSION=1.123.81 node test/repro/webhook-static-data.mjs       # n8n 1.x
 *
 * Env: REPRO_PORT (default 5821), REPRO_REPEATS (default 3), REPRO_KEEP=1 keeps the user folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { N8N_VERSION } from '../../scripts/ensure-n8n.mjs';
import { CREDENTIAL_IDS, CREDENTIAL_NAMES, sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { installPack, n8nCli, ownerSession, seedInstance, startN8n, waitFor } from '../../scripts/lib/n8n.mjs';
import sandboxModule from '../sandbox/index.js';

const PORT = Number(process.env.REPRO_PORT || 5821);
const REPEATS = Number(process.env.REPRO_REPEATS || 3);

function triggerOnly(id, type, credential, webhookId, parameters) {
	return {
		id,
		name: id,
		nodes: [
			{
				id: `${id}-trigger`,
				name: 'Trigger',
				type: `n8n-nodes-avionte-avinode.${type}`,
				typeVersion: 1,
				position: [0, 0],
				parameters,
				credentials: { [`${credential}Api`]: { id: CREDENTIAL_IDS[credential], name: CREDENTIAL_NAMES[credential] } },
				webhookId,
			},
		],
		connections: {},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

const workflows = {
	avionte: triggerOnly('avxReproAvionte1', 'avionteTrigger', 'avionte', 'avx-repro-avionte', { events: [], options: {} }),
	avinode: triggerOnly('avxReproAvinode1', 'avinodeTrigger', 'avinode', 'avx-repro-avinode', { events: ['TripRequest'], options: { resolveHref: false } }),
};

async function executionCount(baseUrl, cookie, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const response = await fetch(`${baseUrl}/rest/executions?filter=${filter}&limit=100`, { headers: { cookie } });
	const body = await response.json();
	return (body.data?.results ?? body.data ?? []).length;
}

function staticDataInDb(userFolder, workflowId) {
	const db = join(userFolder, '.n8n', 'database.sqlite');
	return execFileSync('sqlite3', [db, `select staticData from workflow_entity where id = '${workflowId}'`], { encoding: 'utf8' }).trim();
}

const userFolder = mkdtempSync(join(tmpdir(), 'avx-repro-'));
const sandbox = await sandboxModule.start({});
let n8n;
try {
	installPack(userFolder);
	await seedInstance(userFolder, { credentials: sandboxCredentials(sandbox.url), workflows, port: PORT });
	for (const workflow of Object.values(workflows)) {
		const args = N8N_VERSION.startsWith('1.') ? ['update:workflow', `--id=${workflow.id}`, '--active=true'] : ['publish:workflow', `--id=${workflow.id}`];
		await n8nCli(userFolder, args, { port: PORT });
	}
	n8n = await startN8n({ userFolder, port: PORT, logFile: join(userFolder, 'n8n.log') });
	const cookie = await ownerSession(n8n.baseUrl);
	await waitFor(() => [...sandbox.data.avinode.webhookSettings.values()].some((s) => s.active), { what: 'the Avinode webhook setting' });

	const avionteUrl = `${n8n.baseUrl}/webhook/avx-repro-avionte/webhook`;
	// Activation finishes after the REST API is up: a call without the secret answers 401 once it has.
	await waitFor(async () => (await fetch(avionteUrl, { method: 'POST', body: '{}' })).status === 401, { what: 'the Avionté webhook' });
	sandbox.setAvionteWebhook(avionteUrl, sandboxModule.config.avionte.webhookSecret);
	const statuses = { avionte: [], avinode: [] };
	for (let i = 0; i < REPEATS; i++) {
		statuses.avionte.push((await sandbox.emitAvionte('talent_created', { TalentId: 100001 }, 'repro-correlation-1')).status);
		statuses.avinode.push(...(await sandbox.emitAvinode('TripRequest')).map((d) => d.status));
		await new Promise((r) => setTimeout(r, 500));
	}
	await new Promise((r) => setTimeout(r, 1500));
	const report = { n8n: N8N_VERSION, repeats: REPEATS };
	for (const [name, workflow] of Object.entries(workflows)) {
		const stored = staticDataInDb(userFolder, workflow.id);
		report[name] = {
			responses: statuses[name],
			executions: await executionCount(n8n.baseUrl, cookie, workflow.id),
			dedupKeysInDb: /"seen"\s*:\s*\{\s*"[0-9a-f]/.test(stored),
			staticData: stored.replace(/"(clientSecretHash|clientIdentifier)":"[^"]*"/g, '"$1":"…"'),
		};
	}
	process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
	await n8n?.stop();
	await sandbox.close();
	if (!process.env.REPRO_KEEP) rmSync(userFolder, { recursive: true, force: true });
	else process.stderr.write(`kept ${userFolder}\n`);
}
