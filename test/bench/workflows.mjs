// Benchmark workflows: our nodes versus the best a user can build by hand with n8n's HTTP Request node.
import sandboxModule from '../sandbox/index.js';
import { CREDENTIAL_NAMES } from '../../scripts/lib/credentials.mjs';
import { chain, manualTrigger } from '../../scripts/lib/workflows.mjs';

const P = 'n8n-nodes-avionte-avinode';
const { config } = sandboxModule;

/** Each of our scenarios gets its own credential with no stored token, so each starts the way a new one does. */
export const BENCH_CREDENTIAL_IDS = {
	ourGetPaced: 'avxBenchCred0001',
	ourCreatePaced: 'avxBenchCred0002',
	ourGetFree: 'avxBenchCred0003',
	ourCreateFree: 'avxBenchCred0004',
	ourScale10k: 'avxBenchCred0005',
	ourScale50k: 'avxBenchCred0006',
	ourUpsertMatch10k: 'avxBenchCred0007',
	ourGet10kCap100: 'avxBenchCred0008',
	ourGet10kCap500: 'avxBenchCred0009',
	ourCreateSlowTenant: 'avxBenchCred0010',
};
const avionteCredential = (key) => ({ avionteApi: { id: BENCH_CREDENTIAL_IDS[key], name: `${CREDENTIAL_NAMES.avionte} (${key})` } });

const manual = manualTrigger;

const rows = (count) => [
	{ name: 'Rows', type: 'n8n-nodes-base.set', typeVersion: 3.4, parameters: { assignments: { assignments: [{ id: 'r', name: 'rows', type: 'array', value: `={{ Array.from({ length: ${count} }, (_, i) => ({ firstName: 'Bench', lastName: 'Talent ' + i, emailAddress: 'bench' + i + '@example.test' })) }}` }] }, options: {} } },
	{ name: 'One per row', type: 'n8n-nodes-base.splitOut', parameters: { fieldToSplitOut: 'rows', options: {} } },
];

/**
 * Rows for a matching sync into the seeded tenant (test/sandbox/avionte/talents.js names talent i
 * FIRST[i % 12].LAST[⌊i / 12⌋ % 12].<id>@example.test, id 100001 + 3i, mobile 555-01<i % 100>): the
 * first half are talents spread over the tenant (a quarter of all rows with a new mobile phone, a
 * quarter as they are), the second half new people.
 */
const syncRows = (count, tenantSize) => [
	{
		name: 'Rows',
		type: 'n8n-nodes-base.set',
		typeVersion: 3.4,
		parameters: {
			assignments: {
				assignments: [
					{
						id: 'r',
						name: 'rows',
						type: 'array',
						value: `={{ (() => { const first = ${JSON.stringify(['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Frances', 'Ken', 'Radia', 'Tim', 'Margaret', 'Linus'])}; const last = ${JSON.stringify(['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Allen', 'Thompson', 'Perlman', 'Berners-Lee', 'Hamilton', 'Torvalds'])}; const half = ${count} / 2; return Array.from({ length: ${count} }, (_, i) => { if (i >= half) return { firstName: 'Bench', lastName: 'Person ' + i, emailAddress: 'bench' + i + '@example.test', mobilePhone: '555-2' + String(i).padStart(3, '0') }; const j = Math.floor(i * ${tenantSize} / half); const f = first[j % 12]; const l = last[Math.floor(j / 12) % 12]; const id = 100001 + j * 3; return { firstName: f, lastName: l, emailAddress: (f + '.' + l + '.' + id + '@example.test').toLowerCase(), mobilePhone: i < half / 2 ? '555-3' + String(i).padStart(3, '0') : '555-01' + String(j % 100).padStart(2, '0') }; }); })() }}`,
					},
				],
			},
			options: {},
		},
	},
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

/** n8n's batching: `size` requests, then a pause of `intervalMs` (0: every request at once). */
const batching = (size, intervalMs) => ({ batching: { batch: { batchSize: size, batchInterval: intervalMs } } });

/**
 * The best hand-built Get Many: ids pages through the HTTP Request node's pagination, a Code node
 * that cuts the ids into batches of 100, and one multi-query call per batch.
 * @param {{ pageIntervalMs: number, batch: [number, number] }} pacing what the user sets to respect the limit
 */
function handBuiltGetMany(sandboxUrl, id, name, pacing) {
	const api = `${sandboxUrl}/avionte/front-office/v1`;
	return chain(id, name, [
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
					pagination: { pagination: { paginationMode: 'responseContainsNextURL', nextURL: `=${api}/talents/ids/{{ $pageCount + 1 }}/100`, paginationCompleteWhen: 'other', completeExpression: '={{ $response.body.length < 100 }}', requestInterval: pacing.pageIntervalMs } },
				},
			},
		},
		{
			name: 'Batches of 100',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			parameters: {
				jsCode: 'const ids = $input.all().flatMap((item) => item.json.body);\nconst batches = [];\nfor (let i = 0; i < ids.length; i += 100) batches.push({ json: { ids: ids.slice(i, i + 100) } });\nreturn batches;',
			},
		},
		{
			name: 'Measured',
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `${api}/talents/multi-query`,
				sendHeaders: true,
				headerParameters: authHeaders(),
				sendBody: true,
				specifyBody: 'json',
				jsonBody: '={{ JSON.stringify($json.ids) }}',
				options: batching(...pacing.batch),
			},
		},
	]);
}

function handBuiltCreate(sandboxUrl, id, name, count, batch) {
	const api = `${sandboxUrl}/avionte/front-office/v1`;
	return chain(id, name, [
		manual,
		tokenNode(sandboxUrl),
		...rows(count),
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
				options: batching(...batch),
			},
		},
	]);
}

function ourGetMany(id, name, credentialKey, options) {
	return chain(id, name, [
		manual,
		{ name: 'Measured', type: `${P}.avionte`, credentials: avionteCredential(credentialKey), parameters: { resource: 'talent', operation: 'getAll', returnAll: true, simplify: false, options } },
	]);
}

function ourCreate(id, name, credentialKey, count, options) {
	return chain(id, name, [
		manual,
		...rows(count),
		{ name: 'Measured', type: `${P}.avionte`, credentials: avionteCredential(credentialKey), parameters: { resource: 'talent', operation: 'create', firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}', emailAddress: '={{ $json.emailAddress }}', additionalFields: { status: 'Active' }, options } },
	]);
}

/** Create or Update (node version 2) matched on email, the fields mapped from each row. */
function ourMatchingUpsert(id, name, credentialKey, count, tenantSize, options) {
	return chain(id, name, [
		manual,
		...syncRows(count, tenantSize),
		{
			name: 'Measured',
			type: `${P}.avionte`,
			typeVersion: 2,
			credentials: avionteCredential(credentialKey),
			parameters: {
				resource: 'talent',
				operation: 'upsert',
				status: { __rl: true, mode: 'list', value: 'Active' },
				matchOn: 'email',
				columns: { mappingMode: 'defineBelow', value: { emailAddress: '={{ $json.emailAddress }}', firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}', mobilePhone: '={{ $json.mobilePhone }}' }, matchingColumns: [], schema: [] },
				options,
			},
		},
	]);
}

/** No per-second limit, for the scenarios where the API has none. */
const UNPACED = { maxRequestsPerSecond: 0 };

/**
 * @param {string} sandboxUrl
 * @param {{ rate: number, latencyMs: number, creates: number, freeCreates: number }} settings
 */
export function benchWorkflows(sandboxUrl, { rate, latencyMs, creates, freeCreates, syncRowCount, syncTenantSize, slowTenantRate, slowTenantCreates }) {
	const spacingMs = Math.ceil(1000 / rate);
	const slowSpacingMs = Math.ceil(1000 / slowTenantRate);
	return {
		// Rate-bound: the API allows `rate` requests a second. Ours runs on its defaults.
		ourGetPaced: ourGetMany('avxBenchOurGet01', 'bench: our Get Many (defaults)', 'ourGetPaced', {}),
		// Ids pages are sequential: latency + interval between them; multi-query one per 1/rate s.
		httpGetPaced: handBuiltGetMany(sandboxUrl, 'avxBenchHttpGet01', 'bench: HTTP Request Get Many, paced', { pageIntervalMs: Math.max(0, spacingMs - latencyMs), batch: [1, spacingMs] }),
		// The same with a margin, as a user who met 429s at exactly 1/rate would set it.
		httpGetPacedMargin: handBuiltGetMany(sandboxUrl, 'avxBenchHttpGet03', 'bench: HTTP Request Get Many, paced with margin', { pageIntervalMs: Math.max(0, Math.ceil(1250 / rate) - latencyMs), batch: [1, Math.ceil(1250 / rate)] }),
		ourCreatePaced: ourCreate('avxBenchOurCre01', 'bench: our Create (defaults)', 'ourCreatePaced', creates, {}),
		httpCreatePaced: handBuiltCreate(sandboxUrl, 'avxBenchHttpCre01', 'bench: HTTP Request Create, paced', creates, [1, spacingMs]),
		// The same with a margin, as a user who met 429s at exactly 1/rate would set it.
		httpCreatePacedMargin: handBuiltCreate(sandboxUrl, 'avxBenchHttpCre03', 'bench: HTTP Request Create, paced with margin', creates, [1, Math.ceil(1250 / rate)]),
		// Latency-bound: no rate limit. Ours with no per-second limit, 3 in flight (the default).
		ourGetFree: ourGetMany('avxBenchOurGet02', 'bench: our Get Many, no rate limit', 'ourGetFree', UNPACED),
		httpGetFree: handBuiltGetMany(sandboxUrl, 'avxBenchHttpGet02', 'bench: HTTP Request Get Many, unpaced', { pageIntervalMs: 0, batch: [3, 0] }),
		ourCreateFree: ourCreate('avxBenchOurCre02', 'bench: our Create, no rate limit', 'ourCreateFree', freeCreates, UNPACED),
		httpCreateFree: handBuiltCreate(sandboxUrl, 'avxBenchHttpCre02', 'bench: HTTP Request Create, unpaced', freeCreates, [3, 0]),
		// Scale: Return All of a large tenant, no rate limit, no latency.
		ourScale10k: ourGetMany('avxBenchScale010', 'bench: our Get Many 10k', 'ourScale10k', UNPACED),
		ourScale50k: ourGetMany('avxBenchScale050', 'bench: our Get Many 50k', 'ourScale50k', UNPACED),
		// Sync: a matching Create or Update of rows into a large tenant, on the default options (rate-bound).
		ourUpsertMatch10k: ourMatchingUpsert('avxBenchUpsert10', 'bench: our matching upsert 10k', 'ourUpsertMatch10k', syncRowCount, syncTenantSize, {}),
		// The API's limits: a large tenant whose ids pages the server caps (the hand-built ones are httpGetPaced and httpGetPacedMargin),
		ourGet10kCap100: ourGetMany('avxBenchOurGet10', 'bench: our Get Many 10k, ids pages capped at 100', 'ourGet10kCap100', {}),
		ourGet10kCap500: ourGetMany('avxBenchOurGet11', 'bench: our Get Many 10k, ids pages capped at 500', 'ourGet10kCap500', {}),
		// and a tenant allowing fewer requests a second than the option (ours on its defaults: 5).
		ourCreateSlowTenant: ourCreate('avxBenchOurCre03', 'bench: our Create, slower tenant', 'ourCreateSlowTenant', slowTenantCreates, {}),
		httpCreateSlowTenant: handBuiltCreate(sandboxUrl, 'avxBenchHttpCre04', 'bench: HTTP Request Create, slower tenant', slowTenantCreates, [1, slowSpacingMs]),
		httpCreateSlowTenantMargin: handBuiltCreate(sandboxUrl, 'avxBenchHttpCre05', 'bench: HTTP Request Create, slower tenant with margin', slowTenantCreates, [1, Math.ceil(1250 / slowTenantRate)]),
	};
}
