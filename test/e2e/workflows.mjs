// Workflows used only by the e2e suite (the shipped ones live in examples/). Real package node types.
import { CREDENTIAL_IDS, CREDENTIAL_NAMES } from '../../scripts/lib/credentials.mjs';
import { chain, manualTrigger } from '../../scripts/lib/workflows.mjs';

const P = 'n8n-nodes-avionte-avinode';
const creds = {
	avionte: { avionteApi: { id: CREDENTIAL_IDS.avionte, name: CREDENTIAL_NAMES.avionte } },
	avinode: { avinodeApi: { id: CREDENTIAL_IDS.avinode, name: CREDENTIAL_NAMES.avinode } },
	schedaero: { avinodeApi: { id: CREDENTIAL_IDS.schedaero, name: CREDENTIAL_NAMES.schedaero } },
};


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
	avinodeAircraftTypes: chain('avxE2eAvinode01', 'e2e Avinode aircraft types', [
		manual,
		{ name: 'Aircraft types', type: `${P}.avinode`, credentials: creds.avinode, parameters: { resource: 'aircraftType', operation: 'getAll', returnAll: true, options: {} } },
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
