/**
 * End-to-end: a real n8n (N8N_VERSION: 2.40.7 by default; CI also runs 1.123.81; Node 24) loads the built pack from its community-packages folder and
 * runs workflows against the embedded sandbox. Executions run through `n8n execute --id`; webhook
 * triggers receive real HTTP deliveries (undici) in the running server.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { request } from 'undici';

import { CREDENTIAL_IDS, sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { majorOf } from '../../scripts/ensure-n8n.mjs';
import { activateWorkflowCli, exampleWorkflows, installPack, n8nCli, n8nVersion, nodeOutput, ownerSession, parseExecuteOutput, repoRoot, seedInstance, startN8n, waitFor } from '../../scripts/lib/n8n.mjs';
import sandboxModule from '../sandbox/index.js';
import { addActionToNewWorkflow, appEntriesFor, artifactDir, canvasNodeIssues, CHROMIUM, developerNotesInForms, developerNotesInServedTypes, launchContext, listedOptions, listErrors, openNodesPanel } from './browser.mjs';
import { e2eWorkflows, hostPinWorkflow, newestHttpRequestVersion, REDIRECT_CASES, redirectWorkflow, SYNC_PEOPLE } from './workflows.mjs';

const PORT = Number(process.env.E2E_N8N_PORT || 5690);
const N8N_MAJOR = majorOf(n8nVersion);
let sandbox;
let n8n;
let cookie;
let userFolder;
/** A second loopback host (127.0.0.2) that records whatever reaches it: it must receive no secret. */
let otherHost;
/** The HTTP Request node versions the redirect test runs: 4.2 and the newest of this n8n line. */
const HTTP_REQUEST_VERSIONS = [4.2, newestHttpRequestVersion()];

async function startRecorder(host) {
	const received = [];
	const server = http.createServer((req, res) => {
		received.push({ method: req.method, url: req.url, headers: req.headers });
		res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"collected":true}');
	});
	await new Promise((resolve) => server.listen(0, host, resolve));
	return { url: `http://${host}:${server.address().port}`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function execute(id) {
	const run = parseExecuteOutput(await n8nCli(userFolder, ['execute', `--id=${id}`, '--rawOutput'], { port: PORT }));
	return run;
}

function tokenCalls(path) {
	return sandbox.ledger.filter((entry) => entry.path === path).length;
}

before(async () => {
	userFolder = mkdtempSync(join(tmpdir(), 'avx-e2e-'));
	sandbox = await sandboxModule.start({ talentCount: 250, avinodeData: { aircraftTypeCount: 230 } });
	otherHost = await startRecorder('127.0.0.2');
	installPack(userFolder);
	const workflows = { ...exampleWorkflows(), ...e2eWorkflows, hostPin: hostPinWorkflow(sandbox.url, otherHost.url), redirect: redirectWorkflow(sandbox.url, otherHost.url, HTTP_REQUEST_VERSIONS) };
	await seedInstance(userFolder, { credentials: sandboxCredentials(sandbox.url, {}, { savedWorkflows: true }), workflows, port: PORT });
	for (const id of ['avxExTripQuote01', 'avxExPlacement01', 'avxExTalentForm1']) await activateWorkflowCli(userFolder, id, { port: PORT });
	n8n = await startN8n({ userFolder, port: PORT, logFile: join(userFolder, 'n8n.log') });
	cookie = await ownerSession(n8n.baseUrl);
});

after(async () => {
	await n8n?.stop();
	await sandbox?.close();
	await otherHost?.close();
	if (userFolder && !process.env.E2E_KEEP) rmSync(userFolder, { recursive: true, force: true });
});

// First: the other tests withdraw tokens behind the running n8n's back (sandbox.expire…Tokens), which a
// credential test would meet as a refused token; no real API withdraws a token that often.
describe('credential test endpoint (the "Test" button)', () => {
	const scratch = [];

	async function testCredential(id, type, data) {
		const response = await request(`${n8n.baseUrl}/rest/credentials/test`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ credentials: { id, name: 'test', type, data } }),
		});
		const body = await response.body.json();
		return body.data ?? body;
	}

	/**
	 * Tests a value the shared sandbox credentials must not take: n8n 1.x saves the tested values into the
	 * credential once its token step succeeds, so wrong ones are tried on a credential of their own.
	 */
	async function testScratch(type, data) {
		const response = await request(`${n8n.baseUrl}/rest/credentials`, {
			method: 'POST',
			headers: { cookie, 'content-type': 'application/json' },
			body: JSON.stringify({ name: `scratch ${scratch.length + 1}`, type, data }),
		});
		const { data: created } = await response.body.json();
		scratch.push(created.id);
		return await testCredential(created.id, type, data);
	}

	after(async () => {
		for (const id of scratch) await request(`${n8n.baseUrl}/rest/credentials/${id}`, { method: 'DELETE', headers: { cookie } });
	});

	test('answers OK for good secrets and a clear failure for bad ones', async () => {
		const [avionte, avinode, schedaero, schedaeroLegacy] = sandboxCredentials(sandbox.url, {}, { savedWorkflows: true });
		const good = await testCredential(CREDENTIAL_IDS.avionte, 'avionteApi', avionte.data);
		assert.equal(good.status, 'OK', good.message);
		assert.equal((await testCredential(CREDENTIAL_IDS.avinode, 'avinodeApi', avinode.data)).status, 'OK');
		assert.equal((await testCredential(CREDENTIAL_IDS.schedaero, 'schedaeroApi', schedaero.data)).status, 'OK');
		assert.equal((await testCredential(CREDENTIAL_IDS.schedaeroLegacy, 'avinodeApi', schedaeroLegacy.data)).status, 'OK');
		const bad = await testScratch('avionteApi', { ...avionte.data, clientSecret: 'definitely-wrong-secret' });
		assert.equal(bad.status, 'Error');
		assert.match(bad.message, /Check the Client ID, Client Secret, API key and Scope/);
		assert.ok(!bad.message.includes('definitely-wrong-secret'));
		const badToken = await testScratch('schedaeroApi', { ...schedaero.data, connectionToken: 'nope' });
		assert.equal(badToken.status, 'Error');
	});

	test('a wrong tenant and each wrong Avinode token get distinct messages naming the value to check; pasted tokens pass', async () => {
		const [avionte, avinode] = sandboxCredentials(sandbox.url);
		const tenant = await testScratch('avionteApi', { ...avionte.data, tenant: 'wrongtenant' });
		assert.equal(tenant.status, 'Error', JSON.stringify(tenant));
		assert.match(tenant.message, /^The tenant is not accessible with these credentials\b.* Check Tenant, or Front Office Tenant ID/);
		const tokenMode = { ...avinode.data, authentication: 'connectionToken', connectionToken: sandboxModule.config.avinode.connectionToken };
		assert.equal((await testScratch('avinodeApi', tokenMode)).status, 'OK');
		const application = await testScratch('avinodeApi', { ...tokenMode, apiToken: 'wrong-application-token' });
		const connection = await testScratch('avinodeApi', { ...tokenMode, connectionToken: 'wrong-connection-token' });
		assert.equal(application.status, 'Error', JSON.stringify(application));
		assert.equal(connection.status, 'Error', JSON.stringify(connection));
		assert.match(application.message, /^Avinode did not accept the Application API Token .* Check Application API Token/);
		assert.match(connection.message, /^Avinode did not accept the token of the API connection .* Check API Connection Token/);
		assert.notEqual(application.message, connection.message);
		const pasted = await testScratch('avinodeApi', { ...tokenMode, connectionToken: ` Bearer ${tokenMode.connectionToken}\n` });
		assert.equal(pasted.status, 'OK', pasted.message);
		for (const message of [tenant.message, application.message, connection.message]) assert.ok(!message.includes('wrong-'), message);
	});

	test('the Schedaero API credential gives the same distinct messages for each wrong token; a pasted token passes', async () => {
		const [, avinode, schedaero] = sandboxCredentials(sandbox.url);
		const scratchAvinode = (data) => testScratch('avinodeApi', { ...avinode.data, authentication: 'connectionToken', connectionToken: sandboxModule.config.avinode.connectionToken, ...data });
		const application = await testScratch('schedaeroApi', { ...schedaero.data, apiToken: 'wrong-application-token' });
		const connection = await testScratch('schedaeroApi', { ...schedaero.data, connectionToken: 'wrong-connection-token' });
		assert.equal(application.status, 'Error', JSON.stringify(application));
		assert.equal(connection.status, 'Error', JSON.stringify(connection));
		assert.equal(application.message, (await scratchAvinode({ apiToken: 'wrong-application-token' })).message);
		assert.equal(connection.message, (await scratchAvinode({ connectionToken: 'wrong-connection-token' })).message);
		assert.match(application.message, /^Avinode did not accept the Application API Token .* Check Application API Token/);
		assert.match(connection.message, /^Avinode did not accept the token of the API connection .* Check API Connection Token/);
		const pasted = await testScratch('schedaeroApi', { ...schedaero.data, connectionToken: ` Bearer ${schedaero.data.connectionToken}\n` });
		assert.equal(pasted.status, 'OK', pasted.message);
	});
});

describe('the pack inside n8n', () => {
	test('is loaded as an installed community package, under its own type names', async () => {
		const response = await request(`${n8n.baseUrl}/types/nodes.json`, { headers: { cookie } });
		const types = await response.body.json();
		const names = types.map((type) => type.name);
		for (const name of ['avionte', 'avionteTrigger', 'avionteNewRecordTrigger', 'avinode', 'avinodeTrigger', 'schedaero']) {
			assert.ok(names.includes(`n8n-nodes-avionte-avinode.${name}`), `${name} missing`);
		}
		const credentialTypes = (await (await request(`${n8n.baseUrl}/types/credentials.json`, { headers: { cookie } })).body.json()).map((type) => type.name);
		for (const name of ['avionteApi', 'avinodeApi', 'schedaeroApi']) assert.ok(credentialTypes.includes(name), `credential ${name} missing`);
		assert.ok(!names.some((name) => name.startsWith('CUSTOM.')), 'loaded as a custom folder instead of a package');
	});

	test('example: nightly talent sync gets all 250 talents across pages into a CSV file', async () => {
		const run = await execute('avxExNightlySync');
		const talents = nodeOutput(run, 'Get all talents');
		assert.equal(talents.length, 250);
		assert.equal(new Set(talents.map((t) => t.id)).size, 250);
		const csv = run.data.resultData.runData['Write talents.csv'][0].data.main[0][0].binary.data;
		assert.equal(csv.fileName, 'talents.csv');
	});

	test('Avinode Get Many across three pages with OAuth client credentials', async () => {
		const before = tokenCalls('/avinode/api/oauth/token');
		const run = await execute('avxE2eAvinode01');
		assert.equal(nodeOutput(run, 'Aircraft types').length, 230);
		const pages = sandbox.ledger.filter((e) => e.path === '/avinode/api/aircrafttypes').map((e) => e.query['page[number]']);
		assert.deepEqual(pages.slice(-3), ['0', '1', '2']);
		assert.ok(tokenCalls('/avinode/api/oauth/token') - before <= 1);
	});

	test("n8n's credentials helper refreshes an expired token once after a 401 (both credentials)", async () => {
		await execute('avxE2eAvionte01'); // stores a token in n8n's database
		sandbox.expireAvionteTokens();
		sandbox.expireAvinodeTokens();
		sandbox.clearLedger();
		const run = await execute('avxE2eAvionte01');
		assert.equal(nodeOutput(run, 'Get talent')[0].id, 100001);
		const statuses = sandbox.ledger.filter((e) => e.path.endsWith('/talent/100001')).map((e) => e.status);
		assert.deepEqual(statuses, [401, 200]);
		assert.equal(tokenCalls('/avionte/authorize/token'), 1);
		const avinodeRun = await execute('avxE2eAvinode01');
		assert.equal(nodeOutput(avinodeRun, 'Aircraft types').length, 230);
		assert.equal(sandbox.ledger.filter((e) => e.path === '/avinode/api/aircrafttypes' && e.status === 401).length, 1);
		assert.equal(tokenCalls('/avinode/api/oauth/token'), 1);
	});

	test('continueOnFail: the bad item becomes an error item, the good ones succeed', async () => {
		const run = await execute('avxE2eAvionte02');
		const items = nodeOutput(run, 'Get talent');
		assert.equal(items.length, 3);
		assert.equal(items[0].id, 100001);
		assert.match(items[1].error, /Avionté API error 404: Talent 1 was not found/);
		assert.equal(items[2].id, 100007);
	});

	test("Avinode's exhausted hourly quota (403, X-Rate-Limit-Remaining: 0) is reported as a rate limit with its reset, not as access denied", async () => {
		// Quota 0: the very first call is refused, so only the 403's own headers can tell it is the quota.
		sandbox.configure({ avinodeRateLimit: 0, avinodeRateLimitWindowSeconds: 3600 });
		try {
			const [item] = nodeOutput(await execute('avxE2eAvinode02'), 'Aircraft types');
			assert.match(item.error, /Avinode API (error 403: Rate limit exceeded|rate limit reached)/);
			assert.match(item.description, /rate limit reached, resets in \d+ s/);
		} finally {
			sandbox.configure({ avinodeRateLimit: 1000 });
		}
	});

	test('example: Schedaero quote to PDF binary', async () => {
		const run = await execute('avxExQuotePdf01');
		const item = run.data.resultData.runData['Download quote PDF'][0].data.main[0][0];
		assert.equal(item.binary.data.mimeType, 'application/pdf');
		assert.ok(item.json.fileSize > 100);
		const stream = sandbox.ledger.filter((e) => e.path.startsWith('/schedaero/api/streams/quotes/')).at(-1);
		assert.equal(stream.headers.authorization, `Bearer ${sandboxModule.config.avinode.schedaeroConnectionToken}`);
	});

	test('Schedaero version 2 with the Schedaero API credential: Create or Update run twice leaves one contact per email', async () => {
		const first = nodeOutput(await execute('avxE2eSchedSync'), 'Sync contacts');
		assert.deepEqual(first.map((item) => item._sync.action), ['created', 'created', 'created']);
		assert.deepEqual(first.map((item) => item.email), SYNC_PEOPLE.map((person) => person.email));
		const second = nodeOutput(await execute('avxE2eSchedSync'), 'Sync contacts');
		assert.deepEqual(second.map((item) => item._sync), first.map((item) => ({ action: 'unchanged', changedFields: [], matchedOn: 'email', id: item._sync.id })));
		for (const person of SYNC_PEOPLE) assert.equal([...sandbox.data.schedaero.people.values()].filter((contact) => contact.email === person.email).length, 1, person.email);
		const calls = sandbox.ledger.filter((e) => e.path.startsWith('/schedaero/api/contacts'));
		assert.ok(calls.length > 0 && calls.every((e) => e.headers.authorization === `Bearer ${sandboxModule.config.avinode.schedaeroConnectionToken}`));
	});

	test('a workflow saved with Schedaero version 1 keeps running with its Avinode / Schedaero API credential', async () => {
		const [contact] = nodeOutput(await execute('avxE2eSchedV1'), 'Get contact');
		assert.equal(contact.id, 'contact-70000001');
	});
});

describe("the credentials in n8n's HTTP Request node (predefined credential type)", () => {
	test('sign requests to their own API host only; another host gets nothing and the error names host and credential', async () => {
		sandbox.clearLedger();
		const run = await execute('avxE2eHostPin01');
		assert.ok(nodeOutput(run, 'Avionté own host').length > 0);
		assert.ok(nodeOutput(run, 'Avinode own host').length > 0);
		const branch = sandbox.ledger.find((e) => e.path === '/avionte/front-office/v1/branch');
		assert.equal(branch.headers['x-api-key'], sandboxModule.config.avionte.apiKey);
		assert.match(String(branch.headers.authorization), /^Bearer /);
		assert.equal(sandbox.ledger.find((e) => e.path === '/avinode/api/airports/search').headers['x-avinode-apitoken'], sandboxModule.config.avinode.apiToken);
		// The other host received nothing at all, so no secret either; the localhost request never reached the sandbox.
		assert.deepEqual(otherHost.received, []);
		assert.equal(sandbox.ledger.filter((e) => e.path === '/avionte/front-office/v1/branch').length, 1);
		const other = new URL(otherHost.url);
		const refusals = [
			['Avionté other host', 'Avionté BOLD API', `${other.protocol}//${other.host}`],
			['Avionté localhost', 'Avionté BOLD API', `http://localhost:${new URL(sandbox.url).port}`],
			['Avinode other host', 'Avinode / Schedaero API', `${other.protocol}//${other.host}`],
		];
		for (const [name, credential, host] of refusals) {
			const text = JSON.stringify(nodeOutput(run, name));
			assert.ok(text.includes(`The ${credential} credential only sends its secrets to`), `${name}: ${text}`);
			assert.ok(text.includes(`refused a request to ${host}`), `${name}: ${text}`);
		}
		const everything = JSON.stringify(run);
		for (const secret of [sandboxModule.config.avionte.apiKey, sandboxModule.config.avionte.clientSecret, sandboxModule.config.avinode.apiToken, sandboxModule.config.avinode.clientSecret]) {
			assert.ok(!everything.includes(secret), 'a secret is in the execution data');
		}
	});
});

describe("a redirect from the API host with the credentials in n8n's HTTP Request node", () => {
	test(`is not followed: the other host gets nothing (node versions ${HTTP_REQUEST_VERSIONS.join(' and ')})`, async () => {
		assert.ok(HTTP_REQUEST_VERSIONS[1] >= 4.3, `newest HTTP Request version ${HTTP_REQUEST_VERSIONS[1]}`);
		sandbox.clearLedger();
		otherHost.received.length = 0;
		const run = await execute('avxE2eRedirect01');
		// Nothing reached the other host, so no secret did either.
		assert.deepEqual(otherHost.received, []);
		const signed = sandbox.ledger.filter((e) => e.path.endsWith('/redirect-test'));
		// n8n re-sends once after a failure with a refreshed token; either way every node reached the API host.
		assert.ok(signed.length >= HTTP_REQUEST_VERSIONS.length * 2 * REDIRECT_CASES.length, `${signed.length} requests reached the API host`);
		for (const entry of signed) assert.ok(entry.headers['x-api-key'] || entry.headers['x-avinode-apitoken'], 'the API host got a signed request');
		for (const version of HTTP_REQUEST_VERSIONS) {
			for (const credentialType of ['avionteApi', 'avinodeApi']) {
				for (const { method, status } of REDIRECT_CASES) {
					const name = `v${version} ${credentialType} ${method} ${status}`;
					const [item] = nodeOutput(run, name);
					assert.ok(item?.error, `${name}: ${JSON.stringify(item)}`);
					assert.match(JSON.stringify(item), new RegExp(String(status)), name);
				}
			}
		}
		const everything = JSON.stringify(run);
		for (const secret of [sandboxModule.config.avionte.apiKey, sandboxModule.config.avionte.clientSecret, sandboxModule.config.avinode.apiToken, sandboxModule.config.avinode.clientSecret]) {
			assert.ok(!everything.includes(secret), 'a secret is in the execution data');
		}
	});
});

/** The data-sync operations (talent sync, fleet schedules, quotes, RFQs, watches, aircraft, CRM links), by node type, resource and operation value, and their labels. */
const SYNC_OPERATIONS = {
	avionte: { talent: { addNominationStage: 'Add Nomination Stage', upsert: 'Create or Update', getAssessments: 'Get Assessments', getNominationStage: 'Get Nomination Stage', getOnboardingTasks: 'Get Onboarding Tasks', getReferrals: 'Get Referrals', uploadDocument: 'Upload Document' } },
	avinode: {
		schedule: { getFleetSchedules: 'Get Fleet Schedules' },
		quote: { get: 'Get', downloadAttachment: 'Download Attachment' },
		rfq: { create: 'Create' },
		emptyLegWatch: { get: 'Get', update: 'Update', deactivate: 'Deactivate', getInitialLoad: 'Get Initial Load' },
		aircraft: { search: 'Search by Tail', get: 'Get' },
	},
	schedaero: { contact: { setExternalIdentity: 'Set External Identity', deactivateExternalIdentity: 'Deactivate External Identity' } },
};

describe('data-sync operations inside n8n', () => {
	test('n8n serves every data-sync operation in the node types it loaded', async () => {
		const types = await (await request(`${n8n.baseUrl}/types/nodes.json`, { headers: { cookie } })).body.json();
		for (const [nodeName, resources] of Object.entries(SYNC_OPERATIONS)) {
			const type = types.find((t) => t.name === `n8n-nodes-avionte-avinode.${nodeName}`);
			for (const [resource, operations] of Object.entries(resources)) {
				const offered = type.properties
					.filter((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))
					.flatMap((p) => p.options.map((o) => `${o.value}=${o.name}`));
				for (const [value, label] of Object.entries(operations)) assert.ok(offered.includes(`${value}=${label}`), `${nodeName} ${resource} ${value} missing`);
			}
		}
	});

	test('example: web-form applicant (sample branch) → talent matched on email → résumé uploaded → note logged; a second application updates the same talent', async () => {
		const run = await execute('avxExTalentForm1');
		const [talent] = nodeOutput(run, 'Create or update talent');
		assert.equal(talent.emailAddress, 'jordan.rivers@example.test');
		assert.equal(talent._sync.action, 'created');
		const [upload] = nodeOutput(run, 'Upload résumé');
		assert.equal(upload.title, 'jordan-rivers-resume.txt');
		const bytes = sandbox.data.avionte.uploadedDocumentBytes.get(upload.documentId);
		assert.match(bytes.toString('utf8'), /^Jordan Rivers\nForklift operator/);
		const [note] = nodeOutput(run, 'Log the application');
		assert.equal(note.talentId, talent.id);
		assert.equal(note.typeId, 3);
		assert.match(note.notes, /Résumé uploaded as "jordan-rivers-resume.txt"/);
		const post = sandbox.ledger.find((e) => e.method === 'POST' && e.path === '/avionte/front-office/v1/talent');
		assert.equal(post.body.origin, 'n8n web form');

		const talents = sandbox.data.avionte.talents.size;
		const again = await execute('avxExTalentForm1');
		const [same] = nodeOutput(again, 'Create or update talent');
		assert.equal(same.id, talent.id);
		assert.ok(['updated', 'unchanged'].includes(same._sync.action), same._sync.action);
		assert.equal(sandbox.data.avionte.talents.size, talents);
		assert.equal([...sandbox.data.avionte.talents.values()].filter((t) => t.emailAddress === 'jordan.rivers@example.test').length, 1);
	});

	test('example: CSV of people → talents matched on email, run twice: the second run creates no talent and reports every row updated or unchanged', async () => {
		const createdBefore = sandbox.ledger.filter((e) => e.method === 'POST' && e.path === '/avionte/front-office/v1/talent' && e.status === 201).length;
		const talentsBefore = sandbox.data.avionte.talents.size;
		const first = nodeOutput(await execute('avxExPeopleCsv01'), 'Create or update talents');
		assert.deepEqual(first.map((row) => row._sync.action), ['created', 'created', 'created', 'updated', 'unchanged']);
		assert.equal(sandbox.data.avionte.talents.size, talentsBefore + 3);
		assert.equal(first[4].id, first[0].id, 'the person listed twice is one talent');
		assert.equal(first[3].id, 100001);

		const second = nodeOutput(await execute('avxExPeopleCsv01'), 'Create or update talents');
		assert.equal(second.length, 5);
		for (const row of second) assert.ok(['updated', 'unchanged'].includes(row._sync.action), JSON.stringify(row._sync));
		assert.deepEqual(second.map((row) => row.id), first.map((row) => row.id));
		assert.equal(sandbox.data.avionte.talents.size, talentsBefore + 3, 'the second run created no talent');
		const created = sandbox.ledger.filter((e) => e.method === 'POST' && e.path === '/avionte/front-office/v1/talent' && e.status === 201).length;
		assert.equal(created - createdBefore, 3);
		for (const email of ['maria.garcia@example.test', 'li.wei@example.test', 'ola.nordmann@example.test']) {
			assert.equal([...sandbox.data.avionte.talents.values()].filter((t) => String(t.emailAddress).toLowerCase() === email).length, 1, email);
		}
	});

	test('the published form takes a real submission with a PDF: talent created, the same bytes uploaded', async () => {
		const pdf = Buffer.from('%PDF-1.4\n% applicant résumé from the e2e form test\n%%EOF\n', 'latin1');
		const form = new FormData();
		form.append('field-0', 'Form');
		form.append('field-1', 'Applicant');
		form.append('field-2', 'form.applicant@example.test');
		form.append('field-3', '555-0177');
		form.append('field-4', new Blob([pdf], { type: 'application/pdf' }), 'Form Applicant CV.pdf');
		const response = await fetch(`${n8n.baseUrl}/form/avx-talent-application`, { method: 'POST', body: form });
		await response.arrayBuffer();
		assert.equal(response.status, 200);
		const talent = await waitFor(() => [...sandbox.data.avionte.talents.values()].find((t) => t.emailAddress === 'form.applicant@example.test'), { what: 'the talent from the form' });
		const document = await waitFor(() => (sandbox.data.avionte.talentDocuments.get(talent.id) ?? [])[0], { what: 'the uploaded résumé' });
		assert.equal(document.title, 'Form Applicant CV.pdf');
		assert.ok(sandbox.data.avionte.uploadedDocumentBytes.get(document.documentId).equals(pdf));
		await waitFor(() => sandbox.data.avionte.activities.find((a) => a.talentId === talent.id), { what: 'the application note' });
	});

	test('the watch initial load runs once; a second execution is refused by the node, not by Avinode', async () => {
		sandbox.data.avinode.watches.set('aelwatch-e2e-1', { id: 'aelwatch-e2e-1', type: 'emptylegwatches', uniqueName: 'e2e watch', active: true, watchedSegments: [{ start: { countryCode: 'US' }, end: { countryCode: 'US' } }] });
		const first = nodeOutput(await execute('avxE2eWatch01'), 'Initial load');
		assert.ok(first.length > 0 && first.every((leg) => String(leg.id).startsWith('aemptyleg-')), JSON.stringify(first).slice(0, 300));
		const second = nodeOutput(await execute('avxE2eWatch01'), 'Initial load');
		assert.match(second[0].error, /^The initial load of the watch of item 0 was already fetched on .+; Avinode allows it only once per watch$/);
		// A 401 (a token an earlier test expired, refreshed by n8n) was refused, not served: it does not count.
		const loads = sandbox.ledger.filter((e) => e.path === '/avinode/api/emptylegs/watches/aelwatch-e2e-1/getall' && e.status !== 401);
		assert.equal(loads.length, 1, JSON.stringify(loads.map((e) => ({ at: e.at, status: e.status }))));
	});
});

describe('webhook triggers in the running n8n', () => {
	test('Avinode Trigger registered itself and runs trip request → get RFQ → submit quote', async () => {
		const setting = await waitFor(() => [...sandbox.data.avinode.webhookSettings.values()].find((s) => s.active && s.eventTypes.includes('TripRequest')), { what: 'webhook setting' });
		assert.match(setting.targetURI, new RegExp(`^http://127.0.0.1:${PORT}/webhook/`));
		assert.equal(setting.clientAuthenticationType, 'BASIC');
		const quotesBefore = [...sandbox.data.avinode.tripMessages.values()].filter((m) => m.kind === 'quote').length;
		const [delivery] = await sandbox.emitAvinode('TripRequest');
		assert.equal(delivery.status, 200);
		const quote = await waitFor(() => [...sandbox.data.avinode.tripMessages.values()].filter((m) => m.kind === 'quote')[quotesBefore], { what: 'the submitted quote' });
		assert.equal(quote.quote.type, 'quotes');
		const unauthenticated = await request(setting.targetURI, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id: 'arfq-1', href: 'x', type: 'rfqs' }) });
		await unauthenticated.body.dump();
		assert.equal(unauthenticated.statusCode, 401);
	});

	test('Avionté Trigger runs placement started → get placement → get talent; a wrong secret is refused', async () => {
		const url = `${n8n.baseUrl}/webhook/avx-placement-started/webhook`;
		sandbox.setAvionteWebhook(url, sandboxModule.config.avionte.webhookSecret);
		sandbox.clearLedger();
		const delivered = await sandbox.emitAvionte('placement_started', { PlacementId: 900003, PlacementExtensionId: 1 });
		assert.equal(delivered.status, 200);
		await waitFor(() => sandbox.ledger.some((e) => e.path === '/avionte/front-office/v1/placement/900003') && sandbox.ledger.some((e) => /\/talent\/\d+$/.test(e.path)), { what: 'the placement workflow' });
		const refused = await sandbox.emitAvionte('placement_started', { PlacementId: 900003 }, undefined, { secret: 'wrong' });
		assert.equal(refused.status, 401);
	});
});

describe('a repeated webhook delivery starts one run (de-duplication kept in workflow static data)', () => {
	async function executionCount(workflowId) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId }));
		const response = await request(`${n8n.baseUrl}/rest/executions?filter=${filter}&limit=100`, { headers: { cookie } });
		const body = await response.body.json();
		return (body.data?.results ?? body.data ?? []).length;
	}

	/** Posts `deliver` three times: the first starts a run, the repeats must not. */
	async function deliverThrice(workflowId, deliver) {
		const before = await executionCount(workflowId);
		const first = await deliver();
		assert.equal(first.status, 200);
		await waitFor(async () => (await executionCount(workflowId)) === before + 1, { timeoutMs: 30_000, what: 'the first run' });
		for (let repeat = 0; repeat < 2; repeat++) assert.equal((await deliver()).status, 200);
		// A run started by a repeat shows up within milliseconds in one process; allow far more.
		await new Promise((r) => setTimeout(r, 1500));
		assert.equal(await executionCount(workflowId), before + 1, 'one run for one delivery');
		// The trigger answers a delivery it records itself (n8n 2.40.7's own answer here is the text "firstEntryJson").
		assert.deepEqual(JSON.parse(first.body), { message: 'Workflow was started' });
	}

	test('Avinode: the same notification three times', async () => {
		const setting = await waitFor(() => [...sandbox.data.avinode.webhookSettings.values()].find((s) => s.active && s.eventTypes.includes('TripRequest')), { what: 'webhook setting' });
		const rfq = [...sandbox.data.avinode.rfqs.values()][1];
		const payload = JSON.stringify({ id: rfq.id, href: `${sandbox.avinodeBaseUrl}/rfqs/${rfq.id}`, type: 'rfqs' });
		const authorization = `Basic ${Buffer.from(`${setting.clientIdentifier}:${setting.clientSecret}`).toString('base64')}`;
		await deliverThrice('avxExTripQuote01', async () => {
			const response = await request(setting.targetURI, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: payload });
			return { status: response.statusCode, body: await response.body.text() };
		});
	});

	test('Avionté: the same CorrelationId three times', async () => {
		const url = `${n8n.baseUrl}/webhook/avx-placement-started/webhook`;
		// Activation ends after the REST API is up: a call without the secret answers 401 once it has.
		await waitFor(async () => {
			const probe = await request(url, { method: 'POST', body: '{}' });
			await probe.body.dump();
			return probe.statusCode === 401;
		}, { what: 'the Avionté webhook' });
		const envelope = JSON.stringify({
			EventName: 'placement_started',
			FrontOfficeTenantId: Number(sandboxModule.config.avionte.frontOfficeTenantId),
			Resource: JSON.stringify({ PlacementId: 900003, PlacementExtensionId: 1, CorrelationId: 'e2e-repeat-1' }),
			CorrelationId: 'e2e-repeat-1',
		});
		await deliverThrice('avxExPlacement01', async () => {
			const response = await request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-payload-signature': sandboxModule.config.avionte.webhookSecret }, body: envelope });
			return { status: response.statusCode, body: await response.body.text() };
		});
	});
});

const NO_CHROMIUM = CHROMIUM ? false : 'SKIPPED: Debian chromium is not installed (apt-get install chromium)';

/** A logged-in editor page in a fresh browser; `use(page)` runs, then the browser closes. */
async function withEditorPage(use) {
	const context = await launchContext();
	try {
		const [name, value] = cookie.split('=');
		await context.addCookies([{ name, value, url: n8n.baseUrl }]);
		await use(await context.newPage());
	} finally {
		await context.close();
	}
}

describe("browser check: the editor speaks the user's language", () => {

	test('"avionte", "staffing" and "charter" find the action nodes, whose entries describe their actions', { skip: NO_CHROMIUM }, async () => {
		await withEditorPage(async (page) => {
			for (const workflowId of ['new', 'avxExNightlySync']) {
				const search = await openNodesPanel(page, n8n.baseUrl, workflowId);
				assert.deepEqual(await appEntriesFor(page, search, 'avionte'), ['Avionté'], `"avionte" in ${workflowId}`);
				assert.deepEqual(await appEntriesFor(page, search, 'staffing'), ['Avionté'], `"staffing" in ${workflowId}`);
				assert.deepEqual((await appEntriesFor(page, search, 'charter')).sort(), ['Avinode', 'Schedaero'], `"charter" in ${workflowId}`);
				// n8n 2.x shows each entry's description in the list (1.x shows titles only).
				if (N8N_MAJOR >= 2) {
					const entry = page.locator('[data-test-id="node-creator-action-item"]', { hasText: 'Avinode' }).first();
					assert.match(await entry.innerText(), /Trips, RFQs, quotes, empty legs and more on the Avinode Marketplace/);
				}
			}
			await page.screenshot({ path: join(artifactDir(repoRoot), '07-node-panel-charter.png') });
		});
	});

	test('no form shows a developer note ("inferred", "[I: …]", "[C: …]")', { skip: NO_CHROMIUM }, async () => {
		const served = await developerNotesInServedTypes(n8n.baseUrl, cookie, request, 'n8n-nodes-avionte-avinode');
		assert.ok(served.nodeTypes >= 6, `our node types are served (${served.nodeTypes})`);
		assert.deepEqual(served.found, []);
		await withEditorPage(async (page) => {
			const forms = e2eWorkflows.editorForms.nodes.slice(1).map((node) => node.name);
			assert.deepEqual(await developerNotesInForms(page, n8n.baseUrl, 'avxE2eForms19', forms), []);
		});
	});

	// n8n loads a new node's field mapper before it assigns the credential, so the mapper shows its
	// fallback fields; Status is therefore a picker of its own above the mapper, read when opened.
	for (const { action, operation } of [
		{ action: 'Create or update a talent', operation: 'upsert' },
		{ action: 'Create a talent', operation: 'create' },
	]) {
		test(`a fresh Avionté node in a new workflow, ${action}: the field mapper and a required Status whose tenant statuses load without Refresh List`, { skip: NO_CHROMIUM }, async () => {
			await withEditorPage(async (page) => {
				const ndv = await addActionToNewWorkflow(page, n8n.baseUrl, { fromWorkflowId: 'avxExNightlySync', app: 'Avionté', action });
				const mapper = ndv.locator('[data-test-id="resource-mapper-container"]');
				await mapper.waitFor({ timeout: 60_000 });
				const row = (field) => mapper.locator('.parameter-item', { has: page.locator(`label[for="value[\\"${field}\\"]"]`) });
				await row('emailAddress').waitFor({ timeout: 30_000 });
				// The names a new talent needs: required (no remove button, an issue marker while empty); others can be removed.
				for (const field of ['emailAddress', 'firstName', 'lastName']) {
					assert.equal(await mapper.locator(`[data-test-id="remove-field-button-${field}"]`).count(), 0, `${field} can be removed`);
					assert.equal(await row(field).locator('[data-test-id="parameter-issues"]').count(), 1, `${field} is not marked required`);
				}
				assert.equal(await mapper.locator('[data-test-id="remove-field-button-middleName"]').count(), 1);
				assert.equal(await row('status').count(), 0, 'Status is also in the mapper');
				if (operation === 'upsert') assert.equal(await ndv.locator('[data-test-id="parameter-input-matchOn"]').locator('input').first().inputValue(), 'Email');
				// Status: above the mapper, required, and its list is the tenant's without a Refresh List.
				const status = ndv.locator('[data-test-id="parameter-input-status"]').first();
				await status.waitFor({ timeout: 20_000 });
				const statusBox = await status.boundingBox();
				const mapperBox = await mapper.boundingBox();
				assert.ok(statusBox && mapperBox && statusBox.y < mapperBox.y, 'Status is above the mapper');
				await page.waitForTimeout(2000);
				assert.equal(await listErrors(ndv), 0, 'the form opened with a list error');
				await page.screenshot({ path: join(artifactDir(repoRoot), `08-new-node-${operation}-opened.png`) });
				const statuses = await listedOptions(page, ndv, 'status');
				await page.screenshot({ path: join(artifactDir(repoRoot), `08-new-node-${operation}-status-list.png`) });
				assert.deepEqual(statuses, ['Active', 'Available', 'Do Not Use', 'Placed']);
				await page.keyboard.press('Escape');
				// The editor counts an empty Status as an issue of the node, as it does the mapper's required fields.
				const issues = await canvasNodeIssues(page, action);
				await page.screenshot({ path: join(artifactDir(repoRoot), `08-new-node-${operation}-issues.png`) });
				assert.ok(issues.includes('Parameter "Status" is required.'), `issues: ${JSON.stringify(issues)}`);
			});
		});
	}
});

describe('browser check (Debian Chromium + playwright-core)', () => {

	test('the editor lists the nodes with icons, shows operations, runs a node and opens its credential', { skip: NO_CHROMIUM }, async () => {
		const shots = artifactDir(repoRoot);
		await withEditorPage(async (page) => {

			// Node panel: search finds both products (a node and its trigger show as one entry).
			const search = await openNodesPanel(page, n8n.baseUrl);
			await search.fill('Avionté');
			await page.getByText('Avionté New Record Trigger').first().waitFor();
			assert.ok((await page.getByText('Avionté', { exact: true }).count()) > 0);
			await page.screenshot({ path: join(shots, '01-node-panel-avionte.png') });
			await search.fill('Avinode');
			await page.getByText('Avinode', { exact: true }).first().waitFor();
			await page.screenshot({ path: join(shots, '02-node-panel-avinode.png') });
			await search.fill('Schedaero');
			await page.getByText('Schedaero', { exact: true }).first().waitFor();

			// Icons are served from the installed package.
			for (const icon of ['Avionte/avionte.svg', 'Avionte/avionte.dark.svg', 'Avinode/avinode.svg', 'Schedaero/schedaero.svg']) {
				const response = await request(`${n8n.baseUrl}/icons/n8n-nodes-avionte-avinode/dist/nodes/${icon}`, { headers: { cookie } });
				assert.equal(response.statusCode, 200, icon);
				assert.match(await response.body.text(), /<svg/);
			}

			// An imported example: open the node, list operations, run it from the editor, open its credential.
			await page.goto(`${n8n.baseUrl}/workflow/avxExNightlySync`, { waitUntil: 'domcontentloaded' });
			const node = page.locator('[data-test-id="canvas-node"]', { hasText: 'Get all talents' }).first();
			await node.waitFor({ timeout: 60_000 });
			await node.dblclick();
			const ndv = page.locator('[data-test-id="ndv"]');
			const credentialSelect = ndv.locator('[data-test-id="node-credentials-select"] input').first();
			await credentialSelect.waitFor();
			assert.equal(await credentialSelect.inputValue(), 'Avionté sandbox');
			await page.locator('[data-test-id="parameter-input-operation"]').click();
			for (const operation of ['Add Tag', 'Add to Pipeline Stage', 'Create', 'Get Many', 'Update', ...Object.values(SYNC_OPERATIONS.avionte.talent)]) await page.getByText(operation, { exact: true }).first().waitFor({ timeout: 10_000 });
			await page.screenshot({ path: join(shots, '03-avionte-operations.png') });
			await page.keyboard.press('Escape');
			await ndv.getByRole('button', { name: 'Execute step' }).first().click();
			// Earlier tests may have added talents (the web-form example does): expect what the sandbox holds now.
			await page.getByText(`${sandbox.data.avionte.talents.size} items`).first().waitFor({ timeout: 60_000 });
			await page.screenshot({ path: join(shots, '04-avionte-executed-in-editor.png') });
			await page.locator('[data-test-id="credential-edit-button"]').click();
			await page.getByText('Client Secret').first().waitFor({ timeout: 20_000 });
			for (const label of ['Gateway', 'API Key', 'Client ID', 'Tenant']) assert.ok((await page.getByText(new RegExp(`^${label}\\s*\\*?$`)).count()) > 0, `${label} field shown`);
			const html = await page.content();
			assert.ok(!html.includes(sandboxModule.config.avionte.clientSecret), 'the client secret is not in the page');
			await page.screenshot({ path: join(shots, '05-avionte-credential-dialog.png') });

			// The data-sync operations of Avinode and Schedaero, one node per resource.
			const nodesToOpen = { Watch: SYNC_OPERATIONS.avinode.emptyLegWatch, Quote: SYNC_OPERATIONS.avinode.quote, Aircraft: SYNC_OPERATIONS.avinode.aircraft, Schedules: SYNC_OPERATIONS.avinode.schedule, RFQ: SYNC_OPERATIONS.avinode.rfq, 'Contact link': SYNC_OPERATIONS.schedaero.contact };
			for (const [nodeName, operations] of Object.entries(nodesToOpen)) {
				await page.goto(`${n8n.baseUrl}/workflow/avxE2eSyncOps`, { waitUntil: 'domcontentloaded' });
				const canvasNode = page.locator('[data-test-id="canvas-node"]', { hasText: nodeName }).first();
				await canvasNode.waitFor({ timeout: 60_000 });
				await canvasNode.dblclick();
				await page.locator('[data-test-id="parameter-input-operation"]').click();
				for (const label of Object.values(operations)) await page.getByText(label, { exact: true }).first().waitFor({ timeout: 10_000 });
				await page.screenshot({ path: join(shots, `06-operations-${nodeName.replace(/\W+/g, '-').toLowerCase()}.png`) });
			}

			// The Schedaero node (version 2) offers only Schedaero connections: its own credential type.
			await page.goto(`${n8n.baseUrl}/workflow/avxE2eSyncOps`, { waitUntil: 'domcontentloaded' });
			const schedaeroNode = page.locator('[data-test-id="canvas-node"]', { hasText: 'Contact link' }).first();
			await schedaeroNode.waitFor({ timeout: 60_000 });
			await schedaeroNode.dblclick();
			await ndv.locator('[data-test-id="node-credentials-select"]').first().click();
			const offered = page.locator('[data-test-id^="node-credentials-select-item-"]:visible');
			await page.locator('[data-test-id="node-credentials-select-item-avxSchedaeroSb01"]').first().waitFor({ timeout: 20_000 });
			const names = (await offered.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim()).filter((text) => !/Create new credential/i.test(text));
			await page.screenshot({ path: join(shots, '07-schedaero-credential-choices.png') });
			assert.ok(names.length > 0 && names.every((text) => text.startsWith('Schedaero sandbox') && !text.includes('Avinode')), `offered: ${JSON.stringify(names)}`);

			// Create or Update shows Match On and the field mapper with the names a new contact needs.
			await page.goto(`${n8n.baseUrl}/workflow/avxE2eSchedSync`, { waitUntil: 'domcontentloaded' });
			const syncNode = page.locator('[data-test-id="canvas-node"]', { hasText: 'Sync contacts' }).first();
			await syncNode.waitFor({ timeout: 60_000 });
			await syncNode.dblclick();
			for (const label of ['Match On', 'First Name', 'Last Name', 'Email']) await ndv.getByText(label, { exact: true }).first().waitFor({ timeout: 20_000 });
			await page.screenshot({ path: join(shots, '08-schedaero-create-or-update.png') });
		});
	});
});
