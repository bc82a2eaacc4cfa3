// Benchmark workflows: our nodes versus what a user would build by hand with n8n's HTTP Request node.
import sandboxModule from '../sandbox/index.js';
import { CREDENTIAL_NAMES } from '../../scripts/lib/credentials.mjs';
import { chain, manualTrigger } from '../../scripts/lib/workflows.mjs';

const P = 'n8n-nodes-avionte-avinode';
const { config } = sandboxModule;
/** Each scenario gets its own credential with no stored token, so each starts the way a new one does. */
export const BENCH_CREDENTIAL_IDS = { ourGetMany: 'avxBenchCred0001', ourCreateConcurrent: 'avxBenchCred0002', ourCreateSequential: 'avxBenchCred0003' };
const avionteCredential = (key) => ({ avionteApi: { id: BENCH_CREDENTIAL_IDS[key], name: `${CREDENTIAL_NAMES.avionte} (${key})` } });


const manual = manualTrigger;

const rows = (count) => [
	{ name: 'Rows', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { assignments: { assignments: [{ id: 'r', name: 'rows', type: 'array', value: `={{ Array.from({ length: ${count} }, (_, i) => ({ firstName: 'Bench', lastName: 'Talent ' + i, emailAddress: 'bench' + i + '@example.test' })) }}` }] }, options: {} } },
	{ name: 'One per row', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows', options: {} } },
];

/** The token call a user has to build by hand: the HTTP Request node cannot use our credential type. */
function tokenNode(sandboxUrl) {
	return {
		name: 'Get token',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		parameters: {
			method: 'POST',
			url: `${sandboxUrl}/avionte/authorize/token`,
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'X-api-key', value: config.avionte.apiKey }] },
			sendBody: true,
			contentType: 'form-urlencoded',
			bodyParameters: { parameters: [
				{ name: 'grant_type', value: 'client_credentials' },
				{ name: 'client_id', value: config.avionte.clientId },
				{ name: 'client_secret', value: config.avionte.clientSecret },
				{ name: 'scope', value: config.avionte.scope },
			] },
			options: {},
		},
	};
}

function authHeaders() {
	return { parameters: [
		{ name: 'Authorization', value: "=Bearer {{ $('Get token').first().json.access_token }}" },
		{ name: 'X-api-key', value: config.avionte.apiKey },
		{ name: 'Tenant', value: config.avionte.tenant },
	] };
}

export const BATCH = 3;

export function benchWorkflows(sandboxUrl) {
	const api = `${sandboxUrl}/avionte/front-office/v1`;
	return {
		ourGetMany: chain('avxBenchOurGet01', 'bench: our Get Many', [
			manual,
			{ name: 'Measured', type: `${P}.avionte`, credentials: avionteCredential('ourGetMany'), parameters: { resource: 'talent', operation: 'getAll', returnAll: true, simplify: false, options: {} } },
		]),
		httpGetMany: chain('avxBenchHttpGet01', 'bench: HTTP Request Get Many', [
			manual,
			tokenNode(sandboxUrl),
			{
				name: 'Ids pages',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					url: `${api}/talents/ids/1/100`,
					sendHeaders: true,
					headerParameters: authHeaders(),
					options: {
						response: { response: { fullResponse: true } },
						pagination: { pagination: { paginationMode: 'responseContainsNextURL', nextURL: `=${api}/talents/ids/{{ $pageCount + 1 }}/100`, paginationCompleteWhen: 'other', completeExpression: '={{ $response.body.length < 100 }}' } },
					},
				},
			},
			{ name: 'One per id', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'body', options: {} } },
			{
				name: 'Measured',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: { url: `=${api}/talent/{{ $json.body }}`, sendHeaders: true, headerParameters: authHeaders(), options: { batching: { batch: { batchSize: BATCH, batchInterval: 0 } } } },
			},
		]),
		ourCreateConcurrent: chain('avxBenchOurCre01', 'bench: our Create, concurrent', [
			manual,
			...rows(500),
			{ name: 'Measured', type: `${P}.avionte`, credentials: avionteCredential('ourCreateConcurrent'), parameters: { resource: 'talent', operation: 'create', firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}', emailAddress: '={{ $json.emailAddress }}', additionalFields: { status: 'Active' }, options: { maxConcurrency: BATCH } } },
		]),
		ourCreateSequential: chain('avxBenchOurCre02', 'bench: our Create, sequential', [
			manual,
			...rows(500),
			{ name: 'Measured', type: `${P}.avionte`, credentials: avionteCredential('ourCreateSequential'), parameters: { resource: 'talent', operation: 'create', firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}', emailAddress: '={{ $json.emailAddress }}', additionalFields: { status: 'Active' }, options: { maxConcurrency: 1 } } },
		]),
		httpCreate: chain('avxBenchHttpCre01', 'bench: HTTP Request Create', [
			manual,
			tokenNode(sandboxUrl),
			...rows(500),
			{
				name: 'Measured',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				parameters: {
					method: 'POST',
					url: `${api}/talent`,
					sendHeaders: true,
					headerParameters: authHeaders(),
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify({ firstName: $json.firstName, lastName: $json.lastName, emailAddress: $json.emailAddress, status: "Active" }) }}',
					options: { batching: { batch: { batchSize: BATCH, batchInterval: 0 } } },
				},
			},
		]),
	};
}
