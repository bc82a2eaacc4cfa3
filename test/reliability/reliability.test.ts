/**
 * Reliability through the real node code against the sandbox with faults on. Faults are injected
 * before the sandbox processes a request, so "exactly once" is checkable against its store.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore, credentialStore, runNode } from '../harness/context';
import type { Sandbox } from '../harness/sandbox';
import { avinodeCredentials, avionteCredentials, sandboxConfig, startSandbox } from '../harness/sandbox';
import { leaksIn } from '../security/fake';

const avionte = new Avionte();
const avinode = new Avinode();
const schedaero = new Schedaero();
let sandbox: Sandbox;

/** Everything the suite produced, scanned for secrets at the end. */
const produced: string[] = [];
const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => jest.spyOn(console, method).mockImplementation((...args: unknown[]) => produced.push(args.map(String).join(' '))));

function record(value: unknown) {
	produced.push(typeof value === 'string' ? value : JSON.stringify(value));
}

function recordError(error: unknown) {
	const e = error as { message?: string; description?: string };
	produced.push(String(e.message), String(e.description ?? ''), JSON.stringify(error));
	return error;
}

const FAULTS = { statusRates: { 503: 0.05, 504: 0.05 }, resetRate: 0.02, seed: 2026 };
/**
 * These cases are about faults, not pacing: no per-second limit keeps them short (the sandbox has
 * none unless a case turns its throttle on, and the throttled case runs on the defaults).
 */
const options = { maxConcurrency: 3, maxRetries: 8, maxRequestsPerSecond: 0 };

beforeAll(async () => {
	sandbox = await startSandbox({ talentCount: 2000 });
});
beforeEach(() => forgetBudgets());
afterAll(async () => {
	await sandbox.close();
	consoleSpies.forEach((spy) => spy.mockRestore());
});

function avionteStore() {
	return credentialStore({ avionteApi: avionteCredentials(sandbox) });
}

describe('Avionté sync under faults', () => {
	it('gets all 2,000 talents exactly once with 10% 503/504, 2% resets and a rate-limit window', async () => {
		sandbox.reset({ talentCount: 2000 });
		sandbox.setFaults({ ...FAULTS, pathPattern: '/front-office/' });
		// One rate-limit window: the next four calls are refused with 429.
		for (let i = 0; i < 4; i++) sandbox.script({ status: 429, headers: { 'Retry-After': '1' }, pathPattern: '/front-office/' });
		const store = avionteStore();
		const fetchesBefore = sandbox.stats().tokenFetches;
		const result = await runNode({ node: avionte, store, parameters: { resource: 'talent', operation: 'getAll', returnAll: true, simplify: false, options } });
		sandbox.setFaults({});
		record(result.json);
		const expected = [...sandbox.data.avionte.talents.keys()];
		const ids = result.json.map((talent) => talent.id as number);
		expect(ids).toHaveLength(2000);
		expect(new Set(ids).size).toBe(2000);
		expect(ids).toEqual(expected);
		const statuses = sandbox.ledger.map((e) => e.status);
		// The faults really happened.
		expect(statuses.filter((s) => s === 503 || s === 504).length).toBeGreaterThan(0);
		expect(statuses.filter((s) => s === 429).length).toBe(4);
		expect(sandbox.stats().tokenFetches - fetchesBefore).toBeLessThanOrEqual(1);
	});

	it('creates 500 talents: each input is exactly one record or one error item, no duplicate creates', async () => {
		sandbox.reset({ talentCount: 10 });
		sandbox.setFaults({ ...FAULTS, pathPattern: '/front-office/v1/talent$' });
		const items = Array.from({ length: 500 }, (_, i) => ({ email: `bulk${i}@example.test` }));
		const result = await runNode({
			node: avionte,
			store: avionteStore(),
			items,
			continueOnFail: true,
			parameters: (i) => ({ resource: 'talent', operation: 'create', firstName: 'Bulk', lastName: `Talent ${i}`, emailAddress: items[i].email, additionalFields: { status: 'Active' }, options }),
		});
		sandbox.setFaults({});
		record(result.json);
		expect(result.items).toHaveLength(500);
		expect(result.items.map((item) => (item.pairedItem as { item: number }).item)).toEqual(items.map((_, i) => i));
		const created = result.json.filter((json) => !json.error);
		const failed = result.json.filter((json) => json.error);
		const stored = [...sandbox.data.avionte.talents.values()].filter((talent) => String(talent.emailAddress).startsWith('bulk'));
		const emails = stored.map((talent) => talent.emailAddress);
		expect(new Set(emails).size).toBe(emails.length); // no duplicate creates
		expect(stored).toHaveLength(created.length); // every success is one stored record, nothing extra
		expect(created.map((json) => json.emailAddress).sort()).toEqual([...emails].sort());
		expect(created.length + failed.length).toBe(500);
		// Failures are only the faults that must not be re-sent (504, dropped connection): the user is told.
		for (const json of failed) expect(String(json.error)).toMatch(/^Avionté API (error 504: |unreachable \(connection dropped\))/);
		expect(failed.every((json) => /may or may not have applied this change/.test(String(json.description)))).toBe(true);
		expect(failed.length).toBeGreaterThan(0);
		expect(created.length).toBeGreaterThan(400);
		// 503s were retried into successes.
		expect(sandbox.ledger.some((e) => e.method === 'POST' && e.status === 503)).toBe(true);
	});

	it('creates 500 talents against 5 requests a second per API key on the default options: each once, no failed item, no refused call', async () => {
		sandbox.reset({ talentCount: 10 });
		sandbox.configure({ avionteRatePerSecond: 5 });
		sandbox.setFaults({ latencyMs: 50 });
		const items = Array.from({ length: 500 }, (_, i) => ({ email: `paced${i}@example.test` }));
		const result = await runNode({
			node: avionte,
			store: avionteStore(),
			items,
			continueOnFail: true,
			parameters: (i) => ({ resource: 'talent', operation: 'create', firstName: 'Paced', lastName: `Talent ${i}`, emailAddress: items[i].email, additionalFields: { status: 'Active' } }),
		});
		sandbox.configure({ avionteRatePerSecond: 0 });
		sandbox.setFaults({});
		record(result.json);
		expect(result.json.filter((json) => json.error)).toEqual([]);
		expect(result.json.map((json) => json.emailAddress)).toEqual(items.map((item) => item.email));
		const stored = [...sandbox.data.avionte.talents.values()].map((talent) => String(talent.emailAddress)).filter((email) => email.startsWith('paced'));
		expect(stored.sort()).toEqual(items.map((item) => item.email).sort());
		expect(sandbox.ledger.filter((e) => e.method === 'POST' && e.path.endsWith('/talent'))).toHaveLength(500);
		expect(sandbox.stats().refused429).toBe(0);
	});

	it('Return All of 50,000 talents holds about the records themselves in memory, nothing twice', async () => {
		setFlagsFromString('--expose-gc');
		const gc = runInNewContext('gc') as () => void;
		sandbox.reset({ talentCount: 50_000 });
		gc();
		const before = process.memoryUsage().heapUsed;
		const result = await runNode({ node: avionte, store: avionteStore(), parameters: { resource: 'talent', operation: 'getAll', returnAll: true, simplify: false, options } });
		gc();
		const heldBytes = process.memoryUsage().heapUsed - before;
		const jsonBytes = JSON.stringify(result.json).length;
		expect(result.items).toHaveLength(50_000);
		// Measured: about 1.0× the records' compact JSON. A copy of every record would make it 2×.
		expect(heldBytes / jsonBytes).toBeLessThan(1.6);
	});

	it('finishes a long run when the token expires in the middle, with exactly one extra token fetch', async () => {
		sandbox.reset({ talentCount: 2000 });
		sandbox.setFaults({ latencyMs: 20 });
		const store = avionteStore();
		await runNode({ node: avionte, store, parameters: { resource: 'talent', operation: 'get', talentId: { __rl: true, mode: 'id', value: '100001' } } });
		const fetchesBefore = sandbox.stats().tokenFetches;
		const timer = setInterval(() => {
			if (sandbox.ledger.filter((e) => e.path.endsWith('/multi-query')).length >= 5) {
				sandbox.expireAvionteTokens();
				clearInterval(timer);
			}
		}, 5);
		const result = await runNode({ node: avionte, store, parameters: { resource: 'talent', operation: 'getAll', returnAll: true, options } });
		clearInterval(timer);
		sandbox.setFaults({});
		expect(result.json).toHaveLength(2000);
		expect(sandbox.stats().tokenFetches - fetchesBefore).toBe(1);
		expect(sandbox.ledger.filter((e) => e.status === 401).length).toBeGreaterThan(0);
	});

	it('never has more requests in flight than Max Concurrent Requests', async () => {
		sandbox.reset({ talentCount: 2000 });
		sandbox.setFaults({ latencyMs: 30 });
		for (const width of [1, 2, 4]) {
			sandbox.clearLedger();
			await runNode({ node: avionte, store: avionteStore(), parameters: { resource: 'talent', operation: 'getAll', returnAll: false, limit: 1000, options: { maxConcurrency: width, maxRequestsPerSecond: 0 } } });
			expect(sandbox.stats().peakInFlight).toBe(width);
		}
		sandbox.setFaults({});
	});
});

type Case = [string, INodeType, 'avionte' | 'avinode' | 'schedaero', IDataObject, IDataObject, RegExp];

const byId = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const talentCreate = { resource: 'talent', operation: 'create', firstName: 'Good', lastName: 'Person', emailAddress: 'good@example.test', additionalFields: { status: 'Active' } };
const segment = (date = '2026-12-20') => ({ segments: { segment: [{ startAirport: 'KTEB', endAirport: 'KPBI', date, time: '10:00', paxCount: 2 }] } });
const firstRfq = 'arfq-30000001';

const CASES: Case[] = [
	['non-numeric talent id', avionte, 'avionte', { resource: 'talent', operation: 'get', talentId: byId(100001) }, { talentId: byId('12a') }, /"Talent" of item 1 must be a numeric Avionté ID/],
	['unknown talent id (404)', avionte, 'avionte', { resource: 'talent', operation: 'get', talentId: byId(100001) }, { talentId: byId(42) }, /Avionté API error 404: Talent 42 was not found/],
	['empty required first name', avionte, 'avionte', talentCreate, { firstName: '  ' }, /"First Name" of item 1 is empty/],
	['malformed JSON field', avionte, 'avionte', talentCreate, { additionalJson: '{"a": }' }, /The "Additional Fields \(JSON\)" field of item 1 is not valid JSON/],
	['JSON field of the wrong type', avionte, 'avionte', talentCreate, { additionalJson: '[1,2]' }, /"Additional Fields \(JSON\)" field of item 1 must be a JSON object/],
	['invalid email (API 400)', avionte, 'avionte', talentCreate, { emailAddress: 'not-an-email' }, /Avionté API error 400: emailAddress is not a valid email address/],
	['wrong-typed tax id (API 400)', avionte, 'avionte', talentCreate, { additionalFields: { taxIdNumber: '12-34' } }, /taxIdNumber must be exactly 9 digits/],
	['update without fields', avionte, 'avionte', { resource: 'talent', operation: 'update', talentId: byId(100001), updateFields: { mobilePhone: '555' } }, { updateFields: {} }, /Item 1 has no fields to update/],
	['empty tag', avionte, 'avionte', { resource: 'talent', operation: 'addTag', talentId: byId(100001), tag: 'ok' }, { tag: '' }, /"Tag" of item 1 is empty/],
	['unknown activity type (API 400)', avionte, 'avionte', { resource: 'talentActivity', operation: 'create', talentId: byId(100001), typeId: 1 }, { typeId: 77 }, /typeId 77 is not a talent activity type/],
	['empty pipeline stage', avionte, 'avionte', { resource: 'talent', operation: 'addToPipelineStage', talentId: byId(100001), jobId: byId(300001), stageType: 'Pipelined', jobActivityName: 'x' }, { stageType: '' }, /"Stage Type" of item 1 is empty/],
	['malformed custom body', avionte, 'avionte', { resource: 'customApiCall', operation: 'call', method: 'POST', path: '/talents/multi-query', sendBody: true, body: '[100001]' }, { body: '[100001,' }, /The "Body \(JSON\)" field of item 1 is not valid JSON/],
	['oversized ids page', avionte, 'avionte', { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/talent/100001' }, { path: '/talents/ids/1/5000' }, /Avionté API error 400: pageSize must be between 1 and 500/],
	['non-JSON error body', avionte, 'avionte', { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/talent/100001' }, { path: '/branch', __script: { status: 500, body: 'Internal Server Error' } }, /Avionté API error 500: Internal Server Error/],
	['HTML error body', avionte, 'avionte', { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/talent/100001' }, { path: '/branch', __script: { status: 400, body: '<html><body>Bad</body></html>', headers: { 'Content-Type': 'text/html' } } }, /Avionté API error 400: The API rejected the request as invalid/],
	['empty Avinode id', avinode, 'avinode', { resource: 'rfq', operation: 'get', rfqId: firstRfq }, { rfqId: '' }, /"RFQ ID" of item 1 is empty/],
	['id with spaces', avinode, 'avinode', { resource: 'rfq', operation: 'get', rfqId: firstRfq }, { rfqId: 'arfq 1' }, /"RFQ ID" of item 1 is not an ID/],
	['unknown RFQ (404)', avinode, 'avinode', { resource: 'rfq', operation: 'get', rfqId: firstRfq }, { rfqId: 'arfq-1' }, /Avinode API error 404: Not found \[NOT_FOUND\]/],
	['bad segment date', avinode, 'avinode', { resource: 'trip', operation: 'create', ...segment() }, segment('12/20/2026'), /"Date" of segment 1 of item 1 must be YYYY-MM-DD/],
	['422 from the API', avinode, 'avinode', { resource: 'trip', operation: 'create', ...segment() }, { tripJson: '{"sourcing":"maybe"}' }, /Avinode API error 422: sourcing must be true or false \[VALIDATION_FAILED\]/],
	['bad currency', avinode, 'avinode', { resource: 'tripMessage', operation: 'submitQuote', requestId: firstRfq, totalPrice: 100, currencyCode: 'USD' }, { currencyCode: 'US' }, /"Currency Code" of item 1 must be a three-letter ISO 4217 code/],
	['decline reason outside the list', avinode, 'avinode', { resource: 'tripMessage', operation: 'decline', requestId: firstRfq, declineReason: 'OTHER' }, { declineReason: 'BORED' }, /Avinode API error 422: declineReason must be one of/],
	['schedule activities not a list', avinode, 'avinode', { resource: 'schedule', operation: 'upload', aircraftTail: 'N1', activities: '[]' }, { activities: '{}' }, /"Activities \(JSON\)" field of item 1 must be a JSON array/],
	['webhook without events', avinode, 'avinode', { resource: 'webhookSetting', operation: 'create', displayName: 'x', targetURI: 'https://x.test/h', eventTypes: ['TripRequest'] }, { eventTypes: [] }, /"Event Type Names or IDs" of item 1 is empty/],
	['oversized Avinode page', avinode, 'avinode', { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/aircrafttypes' }, { queryParameters: { parameter: [{ name: 'page[size]', value: '1000' }] } }, /Avinode API error 400: page\[size\] must be between 1 and 100 \[INVALID_PAGE_SIZE\]/],
	['Schedaero contact without a name', schedaero, 'schedaero', { resource: 'contact', operation: 'create', contactType: 'companies', contactFields: { name: 'Good Co' } }, { contactFields: { email: 'x@y.test' } }, /"Company Name" of item 1 is empty/],
];

describe('bad input matrix: the error names the field or the API message and the item; the others succeed', () => {
	it(`has at least 20 cases (${CASES.length})`, () => expect(CASES.length).toBeGreaterThanOrEqual(20));

	it.each(CASES)('%s', async (_name, node, api, good, badOverrides, expected) => {
		sandbox.reset({ talentCount: 50 });
		const store = credentialStore({ avionteApi: avionteCredentials(sandbox), avinodeApi: api === 'schedaero' ? avinodeCredentials(sandbox, { platform: 'schedaero' }) : avinodeCredentials(sandbox) });
		const { __script: script, ...bad } = badOverrides;
		if (script) sandbox.script({ ...(script as IDataObject), pathPattern: '/branch' });
		// Items 0 and 2 are good; item 1 is bad (scripted faults only match the bad item's path).
		const ordered = [good, { ...good, ...bad }, good];
		const badIndex = 1;
		const result = await runNode({ node, store, items: [{}, {}, {}], continueOnFail: true, parameters: (i) => ordered[i] });
		record(result.json);
		expect(result.json).toHaveLength(3);
		const errorItem = result.items[badIndex];
		expect((errorItem.pairedItem as { item: number }).item).toBe(badIndex);
		expect(String(errorItem.json.error)).toMatch(expected);
		result.json.forEach((json, i) => {
			if (i !== badIndex) expect(json.error).toBeUndefined();
		});
		// Without continueOnFail the run stops with the same message and the item index.
		if (script) sandbox.script({ ...(script as IDataObject), pathPattern: '/branch' });
		{
			const error = recordError(await runNode({ node, store, items: [{}, {}, {}], parameters: (i) => ordered[i] }).catch((e) => e)) as { message: string; context: IDataObject };
			expect(error.message).toMatch(expected);
			expect(error.context.itemIndex).toBe(1);
		}
	});
});

describe('a gateway that echoes request headers in its error bodies', () => {
	it.each([400, 401])('errors (plain text and JSON message) of every node reach the output scrubbed: %i', async (status) => {
		sandbox.reset({ talentCount: 50 });
		sandbox.setFaults({ statusRates: { [status]: 1 }, echoHeaders: 'both', pathPattern: '^/(avionte/front-office|avinode/api|schedaero/api)/' });
		const avionteStoreNow = avionteStore();
		const avinodeStore = credentialStore({ avinodeApi: avinodeCredentials(sandbox, { authentication: 'oauthClientCredentials', clientId: sandboxConfig.avinode.clientId, clientSecret: sandboxConfig.avinode.clientSecret }) });
		const schedaeroStore = credentialStore({ avinodeApi: avinodeCredentials(sandbox, { platform: 'schedaero' }) });
		const runs: Array<[INodeType, CredentialStore, IDataObject]> = [
			[avionte, avionteStoreNow, { resource: 'talent', operation: 'get', talentId: byId(100001), options: { maxRetries: 0 } }],
			[avionte, avionteStoreNow, { resource: 'customApiCall', operation: 'call', method: 'GET', path: '/branch', options: { maxRetries: 0 } }],
			[avinode, avinodeStore, { resource: 'trip', operation: 'get', tripId: 'atrip-1', options: { maxRetries: 0 } }],
			[schedaero, schedaeroStore, { resource: 'contact', operation: 'get', contactType: 'people', contactId: 'c-1', options: { maxRetries: 0 } }],
		];
		for (const [node, store, parameters] of runs) {
			const result = await runNode({ node, store, parameters, items: [{}, {}], continueOnFail: true });
			record(result.json);
			for (const json of result.json) expect(String(json.error)).toMatch(/Headers received: .*\[redacted\]/);
			recordError(await runNode({ node, store, parameters }).catch((error: unknown) => error));
		}
		sandbox.setFaults({});
		// Every request (3 per run) got the leaky answer, alternating plain text and JSON `message`;
		// "[redacted]" in each error item above shows the answers did carry secrets.
		expect(sandbox.ledger.filter((entry) => entry.status === status).length).toBeGreaterThanOrEqual(12);
	});
});

describe('secret hygiene', () => {
	it('no output, error, description or log line of this suite contains a secret or a token', () => {
		const issuedTokens = new Set<string>();
		for (const entry of sandbox.ledger) {
			const match = /^Bearer (.+)$/.exec(String(entry.headers.authorization ?? ''));
			if (match) issuedTokens.add(match[1]);
		}
		const secrets = [
			sandboxConfig.avionte.apiKey,
			sandboxConfig.avionte.clientSecret,
			sandboxConfig.avionte.webhookSecret,
			sandboxConfig.avinode.apiToken,
			sandboxConfig.avinode.connectionToken,
			sandboxConfig.avinode.schedaeroConnectionToken,
			sandboxConfig.avinode.clientSecret,
			...issuedTokens,
		];
		expect(produced.length).toBeGreaterThan(50);
		const text = produced.join('\n');
		// Raw, URL/form-encoded, JSON-escaped and base64 forms.
		for (const secret of secrets) expect(leaksIn(text, [secret])).toEqual([]);
	});
});
