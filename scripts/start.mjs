#!/usr/bin/env node
// `npm start`: n8n with this pack installed, talking to the embedded sandbox (never a real host).
// First run installs n8n into a cache folder (minutes, once); later runs reuse it (seconds).
// Ctrl-C stops n8n and the sandbox.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import sandboxModule from '../test/sandbox/index.js';
import { cacheRoot, ensureN8n } from './ensure-n8n.mjs';
import { sandboxCredentials } from './lib/credentials.mjs';
import { exampleWorkflows, installPack, OWNER, ownerSession, seedInstance, startN8n } from './lib/n8n.mjs';

const started = Date.now();
const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT || 4010);
const userFolder = process.env.AVX_DEV_FOLDER || join(cacheRoot, 'dev-instance');
const say = (line) => process.stdout.write(`[start] ${line}\n`);
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

ensureN8n();
mkdirSync(userFolder, { recursive: true });

const sandbox = await sandboxModule.start({ port: SANDBOX_PORT, talentCount: 250 });
say(`sandbox on ${sandbox.url} (Avionté ${sandbox.avionteBaseUrl}, Avinode ${sandbox.avinodeBaseUrl}, Schedaero ${sandbox.schedaeroBaseUrl})`);

installPack(userFolder);
say(`pack installed into ${join(userFolder, '.n8n', 'nodes')} (${seconds()})`);

// Import credentials and examples only when they changed: each n8n CLI call boots n8n (~10 s).
const credentials = sandboxCredentials(sandbox.url);
const workflows = exampleWorkflows();
const fingerprint = createHash('sha256').update(JSON.stringify({ credentials, workflows })).digest('hex');
const marker = join(userFolder, 'imported.sha256');
if (!existsSync(marker) || readFileSync(marker, 'utf8') !== fingerprint) {
	say('importing sandbox credentials and example workflows (first start, or they changed) …');
	await seedInstance(userFolder, { credentials, workflows, port: N8N_PORT });
	writeFileSync(marker, fingerprint);
	say(`imported (${seconds()})`);
}

say('starting n8n …');
const n8n = await startN8n({ userFolder, port: N8N_PORT, logFile: join(userFolder, 'n8n.log'), extraEnv: { N8N_LOG_LEVEL: 'info' } });
const cookie = await ownerSession(n8n.baseUrl);

/**
 * (Re)activates a webhook example. n8n does not re-run a trigger's `create` on restart (a real
 * Avinode keeps subscriptions), but this sandbox starts empty each time, so the example is
 * deactivated and activated again: the Avinode Trigger then registers with the fresh sandbox.
 */
async function activate(id) {
	const headers = { cookie, 'Content-Type': 'application/json' };
	const workflow = await (await fetch(`${n8n.baseUrl}/rest/workflows/${id}`, { headers })).json();
	await fetch(`${n8n.baseUrl}/rest/workflows/${id}/deactivate`, { method: 'POST', headers, body: '{}' });
	const response = await fetch(`${n8n.baseUrl}/rest/workflows/${id}/activate`, { method: 'POST', headers, body: JSON.stringify({ versionId: workflow.data.versionId }) });
	if (!response.ok) say(`could not activate example ${id}: ${response.status} ${(await response.text()).slice(0, 200)}`);
}
for (const id of ['avxExTripQuote01', 'avxExPlacement01', 'avxExTalentForm1']) await activate(id);
sandbox.setAvionteWebhook(`${n8n.baseUrl}/webhook/avx-placement-started/webhook`, sandboxModule.config.avionte.webhookSecret);

process.stdout.write(
	[
		'',
		`  n8n is ready in ${seconds()}:  ${n8n.baseUrl}`,
		`  login:  ${OWNER.email}  /  ${OWNER.password}`,
		'',
		'  Credentials "Avionté sandbox", "Avinode sandbox" and "Schedaero sandbox" point at the local sandbox.',
		'  Example workflows are imported; try "Avionté: nightly talent sync to CSV".',
		'  Fire webhook events at the published examples:',
		`    curl -X POST ${sandbox.url}/__sandbox/avinode/emit -H 'content-type: application/json' -d '{"eventType":"TripRequest"}'`,
		`    curl -X POST ${sandbox.url}/__sandbox/avionte/emit -H 'content-type: application/json' -d '{"eventName":"placement_started","resource":{"PlacementId":900001}}'`,
		`  Apply as a candidate (creates an Avionté talent with your résumé file): ${n8n.baseUrl}/form/avx-talent-application`,
		`  n8n log: ${join(userFolder, 'n8n.log')}`,
		'  Ctrl-C stops n8n and the sandbox.',
		'',
	].join('\n'),
);

let stopping = false;
async function stop() {
	if (stopping) return;
	stopping = true;
	say('stopping n8n and the sandbox …');
	await n8n.stop();
	await sandbox.close();
	process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
n8n.child.on('exit', (code) => {
	if (!stopping) {
		say(`n8n exited (${code}); see ${join(userFolder, 'n8n.log')}`);
		sandbox.close().then(() => process.exit(1));
	}
});
