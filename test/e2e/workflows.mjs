// Workflows used only by the e2e suite (the shipped ones live in examples/). Real package node types.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { installDir } from '../../scripts/ensure-n8n.mjs';
import { CREDENTIAL_IDS, CREDENTIAL_NAMES } from '../../scripts/lib/credentials.mjs';
import { chain, manualTrigger } from '../../scripts/lib/workflows.mjs';

const P = 'n8n-nodes-avionte-avinode';
const creds = {
	avionte: { avionteApi: { id: CREDENTIAL_IDS.avionte, name: CREDENTIAL_NAMES.avionte } },
	avinode: { avinodeApi: { id: CREDENTIAL_IDS.avinode, name: CREDENTIAL_NAMES.avinode } },
	schedaero: { schedaeroApi: { id: CREDENTIAL_IDS.schedaero, name: CREDENTIAL_NAMES.schedaero } },
	schedaeroLegacy: { avinodeApi: { id: CREDENTIAL_IDS.schedaeroLegacy, name: CREDENTIAL_NAMES.schedaeroLegacy } },
};

/** People a CRM would send: the Schedaero sync workflow maps them onto contacts. */
export const SYNC_PEOPLE = [
	{ firstName: 'Maya', lastName: 'Lind', email: 'maya.lind@example.test' },
	{ firstName: 'Omar', lastName: 'Haddad', email: 'omar.haddad@example.test' },
	{ firstName: 'Ines', lastName: 'Costa', email: 'ines.costa@example.test' },
];

/** The mapper's saved schema, as the editor stores it with the mapped values. */
const contactSchema = [
	['firstName', 'First Name', true],
	['lastName', 'Last Name', true],
	['email', 'Email', false],
	['phone', 'Phone', false],
].map(([id, displayName, required]) => ({ id, displayName, required, defaultMatch: false, canBeUsedToMatch: false, display: true, type: 'string' }));


const manual = manualTrigger;

export const e2eWorkflows = {
	avionteGetOne: chain('avxE2eAvionte01', 'e2e Avionté get talent', [
		manual,
		{ name: 'Get talent', type: `${P}.avionte`, credentials: creds.avionte, parameters: { resource: 'talent', operation: 'get', talentId: { __rl: true, mode: 'id', value: '100001' }, simplify: true, options: {} } },
	]),
	avionteContinueOnFail: chain('avxE2eAvionte02', 'e2e Avionté continue on fail', [
		manual,
		{ name: 'Ids', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { assignments: { assignments: [{ id: 'i', name: 'ids', value: '={{ [100001, 1, 100007] }}', type: 'array' }] }, options: {} } },
		{ name: 'One per id', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'ids', options: {} } },
		{ name: 'Get talent', type: `${P}.avionte`, credentials: creds.avionte, onError: 'continueRegularOutput', parameters: { resource: 'talent', operation: 'get', talentId: { __rl: true, mode: 'id', value: '={{ $json.ids }}' }, simplify: true, options: {} } },
	]),
	avinodeQuotaExhausted: chain('avxE2eAvinode02', 'e2e Avinode quota exhausted', [
		manual,
		{ name: 'Aircraft types', type: `${P}.avinode`, credentials: creds.avinode, onError: 'continueRegularOutput', parameters: { resource: 'aircraftType', operation: 'getAll', returnAll: true, options: { maxRateLimitWaitSeconds: 5 } } },
	]),
	avinodeAircraftTypes: chain('avxE2eAvinode01', 'e2e Avinode aircraft types', [
		manual,
		{ name: 'Aircraft types', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'aircraftType', operation: 'getAll', returnAll: true, options: {} } },
	]),
	// The once-only watch initial load, run twice by the CLI (static data must carry over).
	avinodeWatchInitialLoad: chain('avxE2eWatch01', 'e2e Avinode watch initial load', [
		manual,
		{ name: 'Initial load', type: `${P}.avinode`, credentials: creds.avinode, onError: 'continueRegularOutput', parameters: { resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: { __rl: true, mode: 'id', value: 'aelwatch-e2e-1' }, simplify: true, options: {} } },
	]),
	// Only a manual trigger: the browser check adds a fresh Avionté node to it from the node panel.
	manualOnly: chain('avxE2eManual01', 'e2e manual trigger only (browser check)', [manual]),
	// One node per resource with data-sync operations, opened by the browser check (never executed).
	syncOperations: chain('avxE2eSyncOps', 'e2e data-sync operations (browser check)', [
		manual,
		{ name: 'Watch', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'emptyLegWatch', operation: 'getInitialLoad', watchId: { __rl: true, mode: 'id', value: 'aelwatch-1' }, options: {} } },
		{ name: 'Quote', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'quote', operation: 'downloadAttachment', quoteId: 'aquote-61000001', attachmentId: { __rl: true, mode: 'id', value: 'aquoteattachment-61000101' }, options: {} } },
		{ name: 'Aircraft', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'aircraft', operation: 'search', tailNumbers: 'N100SB', options: {} } },
		{ name: 'Schedules', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'schedule', operation: 'getFleetSchedules', start: '2026-12-01T00:00:00', end: '2026-12-31T00:00:00', options: {} } },
		{ name: 'RFQ', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'rfq', operation: 'create', requestBy: 'searchResults', searchResultIds: 'asearchhit-1', options: {} } },
		{ name: 'Contact link', type: `${P}.schedaero`, typeVersion: 2, credentials: creds.schedaero, parameters: { resource: 'contact', operation: 'setExternalIdentity', contactId: { __rl: true, mode: 'id', value: 'contact-70000001' }, externalSystemId: 'external-system-1', identifier: 'CRM-1', options: {} } },
	]),
	schedaeroContactSync: chain('avxE2eSchedSync', 'e2e Schedaero contact sync (Create or Update on email)', [
		manual,
		{ name: 'People', type: 'n8n-nodes-base.code', typeVersion: 2, parameters: { jsCode: `return ${JSON.stringify(SYNC_PEOPLE)}.map((json) => ({ json }));` } },
		{
			name: 'Sync contacts',
			type: `${P}.schedaero`,
			typeVersion: 2,
			credentials: creds.schedaero,
			parameters: {
				resource: 'contact',
				operation: 'upsert',
				contactType: 'people',
				matchOn: 'email',
				columns: {
					mappingMode: 'defineBelow',
					value: { firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}', email: '={{ $json.email }}' },
					matchingColumns: [],
					schema: contactSchema,
					attemptToConvertTypes: false,
					convertFieldsToString: false,
				},
				options: {},
			},
		},
	]),
	schedaeroVersion1: chain('avxE2eSchedV1', 'e2e Schedaero version 1 with its Avinode credential', [
		manual,
		{ name: 'Get contact', type: `${P}.schedaero`, typeVersion: 1, credentials: creds.schedaeroLegacy, parameters: { resource: 'contact', operation: 'get', contactType: 'people', contactId: 'contact-70000001', simplify: true, options: {} } },
	]),
	// The forms that once carried developer notes (inferred-call notices, evidence tags, wire names),
	// opened by the browser check (never executed).
	editorForms: chain('avxE2eForms19', 'e2e forms in the user\'s words (browser check)', [
		manual,
		{ name: 'Upsert talent', type: `${P}.avionte`, typeVersion: 2, credentials: creds.avionte, parameters: { resource: 'talent', operation: 'upsert', talentId: { __rl: true, mode: 'id', value: '0' } } },
		{ name: 'Upload document', type: `${P}.avionte`, typeVersion: 2, credentials: creds.avionte, parameters: { resource: 'talent', operation: 'uploadDocument', talentId: { __rl: true, mode: 'id', value: '100001' } } },
		{ name: 'Nomination stage', type: `${P}.avionte`, typeVersion: 2, credentials: creds.avionte, parameters: { resource: 'talent', operation: 'addNominationStage' } },
		{ name: 'Empty legs', type: `${P}.avinode`, typeVersion: 1.1, credentials: creds.avinode, parameters: { resource: 'emptyLeg', operation: 'getAll' } },
		{ name: 'Empty leg update', type: `${P}.avinode`, typeVersion: 1.1, credentials: creds.avinode, parameters: { resource: 'emptyLeg', operation: 'update' } },
		{ name: 'Trip create', type: `${P}.avinode`, typeVersion: 1.1, credentials: creds.avinode, parameters: { resource: 'trip', operation: 'create' } },
		{ name: 'RFQ cancel', type: `${P}.avinode`, typeVersion: 1.1, credentials: creds.avinode, parameters: { resource: 'rfq', operation: 'cancel' } },
		{ name: 'Contact create', type: `${P}.schedaero`, credentials: creds.schedaero, parameters: { resource: 'contact', operation: 'create' } },
	]),
};

/**
 * n8n's HTTP Request node using our credentials as predefined credential types: the credential's own
 * API host is signed; another host (and `localhost` for a credential on 127.0.0.1) is refused by the
 * credential's `authenticate` before anything is sent. URLs depend on the ports of the run.
 */
export function hostPinWorkflow(sandboxUrl, otherHostUrl) {
	const sandboxPort = new URL(sandboxUrl).port;
	const http = (name, credentialType, url, { refused = false } = {}) => ({
		name,
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		executeOnce: true,
		...(refused ? { onError: 'continueRegularOutput' } : {}),
		credentials: credentialType === 'avionteApi' ? creds.avionte : creds.avinode,
		parameters: { method: 'GET', url, authentication: 'predefinedCredentialType', nodeCredentialType: credentialType, options: {} },
	});
	return chain('avxE2eHostPin01', 'e2e HTTP Request node with the pack credentials', [
		manual,
		http('Avionté own host', 'avionteApi', `${sandboxUrl}/avionte/front-office/v1/branch`),
		http('Avionté other host', 'avionteApi', `${otherHostUrl}/collect/avionte`, { refused: true }),
		http('Avionté localhost', 'avionteApi', `http://localhost:${sandboxPort}/avionte/front-office/v1/branch`, { refused: true }),
		http('Avinode own host', 'avinodeApi', `${sandboxUrl}/avinode/api/airports/search?filter=KTEB`),
		http('Avinode other host', 'avinodeApi', `${otherHostUrl}/collect/avinode`, { refused: true }),
	]);
}

/** The newest HTTP Request node version of the n8n that runs (4.5 on 2.40.7, 4.3 on 1.123.81). */
export function newestHttpRequestVersion() {
	const source = readFileSync(join(installDir, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'HttpRequest', 'HttpRequest.node.js'), 'utf8');
	return Number(/defaultVersion:\s*([\d.]+)/.exec(source)[1]);
}

/** What each HTTP Request node of the redirect workflow sends: method, redirect status, body. */
export const REDIRECT_CASES = [
	{ method: 'GET', status: 302 },
	{ method: 'POST', status: 307 },
];

/**
 * n8n's HTTP Request node (each given version) with our credentials, calling the sandbox's
 * `redirect-test` route on the credential's own API host, which redirects to `otherHostUrl` (nothing
 * may reach it). Node names: `v<version> <credential> <method> <status>`.
 */
export function redirectWorkflow(sandboxUrl, otherHostUrl, versions) {
	const bases = { avionteApi: `${sandboxUrl}/avionte/front-office/v1`, avinodeApi: `${sandboxUrl}/avinode/api` };
	const nodes = versions.flatMap((typeVersion) =>
		Object.entries(bases).flatMap(([credentialType, base]) =>
			REDIRECT_CASES.map(({ method, status }) => ({
				name: `v${typeVersion} ${credentialType} ${method} ${status}`,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion,
				executeOnce: true,
				onError: 'continueRegularOutput',
				credentials: credentialType === 'avionteApi' ? creds.avionte : creds.avinode,
				parameters: {
					method,
					url: `${base}/redirect-test?status=${status}&to=${encodeURIComponent(`${otherHostUrl}/collect/${credentialType}`)}`,
					authentication: 'predefinedCredentialType',
					nodeCredentialType: credentialType,
					...(method === 'POST' ? { sendBody: true, specifyBody: 'json', jsonBody: '{"name":"n8n"}' } : {}),
					options: {},
				},
			})),
		),
	);
	return chain('avxE2eRedirect01', 'e2e HTTP Request node with the pack credentials, API host redirecting elsewhere', [manual, ...nodes]);
}
