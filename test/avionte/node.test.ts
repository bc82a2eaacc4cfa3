import type { IDataObject } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { runNode } from '../harness/context';
import { avionteCredentials, sandboxConfig } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avionte();
const { sandbox, store } = sandboxForEachTest({ talentCount: 250, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

const fast = { options: { maxRetries: 3 } };
const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });

function run(parameters: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; continueOnFail?: boolean; typeVersion?: number } = {}) {
	return runNode({ node, parameters, store: store(), ...extra });
}
/** A workflow saved with node version 1.1. */
const runV11 = (parameters: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; continueOnFail?: boolean } = {}) => run(parameters, { ...extra, typeVersion: 1.1 });


const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));

describe('talent', () => {
	it('gets one talent with every header the seed requires', async () => {
		const result = await run({ resource: 'talent', operation: 'get', talentId: byId(100001), simplify: false });
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ id: 100001, firstName: 'Ada' });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		const call = apiCalls()[0];
		expect(call.headers['x-api-key']).toBe(sandboxConfig.avionte.apiKey);
		expect(call.headers.tenant).toBe('apitest');
		expect(call.headers.authorization).toMatch(/^Bearer sbx-at-/);
		expect(call.headers.requestid).toMatch(/^[0-9a-f-]{36}$/);
		expect(call.headers.accept).toContain('application/json');
		expect(call.query.includeResume).toBe('False');
		expect(sandbox().ledger.filter((e) => e.path === '/avionte/authorize/token')).toHaveLength(1);
	});

	it('simplifies by default and keeps every field when simplify is off', async () => {
		const simple = await run({ resource: 'talent', operation: 'get', talentId: byId(100001) });
		expect(Object.keys(simple.json[0])).toEqual(expect.arrayContaining(['id', 'firstName', 'lastName', 'emailAddress']));
		expect(simple.json[0].residentAddress).toBeUndefined();
		const raw = await run({ resource: 'talent', operation: 'get', talentId: byId(100001), simplify: false });
		expect(raw.json[0].residentAddress).toBeDefined();
	});

	it('sends FrontOfficeTenantId instead of Tenant when configured', async () => {
		store().set('avionteApi', avionteCredentials(sandbox(), { frontOfficeTenantId: sandboxConfig.avionte.frontOfficeTenantId }));
		await run({ resource: 'talent', operation: 'get', talentId: byId(100001) });
		const call = apiCalls()[0];
		expect(call.headers.frontofficetenantid).toBe('4242');
		expect(call.headers.tenant).toBeUndefined();
	});

	it('gets many talents across pages with Return All, ids de-duplicated, no N+1', async () => {
		const result = await run({ resource: 'talent', operation: 'getAll', returnAll: true, simplify: true });
		expect(result.json).toHaveLength(250);
		const ids = result.json.map((t) => t.id);
		expect(new Set(ids).size).toBe(250);
		expect(ids).toEqual([...sandbox().data.avionte.talents.keys()]);
		const multi = apiCalls().filter((e) => e.path.endsWith('/multi-query'));
		expect(multi).toHaveLength(3); // 100 + 100 + 50
		for (const call of multi) expect((call.body as number[]).length).toBeLessThanOrEqual(100);
		expect(apiCalls().filter((e) => e.path.startsWith('/avionte/front-office/v1/talent/'))).toHaveLength(0);
		expect(result.items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('honours Limit exactly, also across a page boundary', async () => {
		for (const limit of [1, 7, 100, 101, 249]) {
			const result = await run({ resource: 'talent', operation: 'getAll', returnAll: false, limit });
			expect(result.json).toHaveLength(limit);
		}
	});

	it('creates a talent and names an empty required field with its item', async () => {
		const created = await runV11({ resource: 'talent', operation: 'create', firstName: 'Jo "JJ"', lastName: 'Back\\slash', emailAddress: 'jo@example.test', status: 'Available', additionalFields: { mobilePhone: '555-0199', frontOfficeId: 11 } });
		expect(created.json[0]).toMatchObject({ firstName: 'Jo "JJ"', lastName: 'Back\\slash', mobilePhone: '555-0199', frontOfficeId: 11, status: 'Available' });
		expect(apiCalls()[0].body).toMatchObject({ status: 'Available' });
		const stored = sandbox().data.avionte.talents.get(Number(created.json[0].id));
		expect(stored?.firstName).toBe('Jo "JJ"');

		await expect(runV11({ resource: 'talent', operation: 'create', firstName: 'Jo', lastName: '', emailAddress: 'x@example.test', status: 'Active' })).rejects.toThrow('"Last Name" of item 0 is empty');
	});

	it('requires a Status (name or ID, from the list or an expression) since version 1.1, before any call', async () => {
		const status = node.description.properties.find((p) => p.name === 'status' && p.displayOptions?.show?.operation?.includes('create'))!;
		expect(status).toMatchObject({ type: 'options', required: true, typeOptions: { loadOptionsMethod: 'getTalentStatuses' } });
		expect(node.description.version).toEqual([1, 1.1, 2]);
		expect(node.description.defaultVersion).toBe(2);
		const base = { resource: 'talent', operation: 'create', firstName: 'Sam', lastName: 'Status', emailAddress: 'sam@example.test' };
		const byStatusId = await runV11({ ...base, status: 3 }); // an expression that gives a status ID
		expect(apiCalls().at(-1)!.body).toMatchObject({ statusId: 3 });
		expect(byStatusId.json[0]).toMatchObject({ statusId: 3, status: 'Placed' });
		await runV11({ ...base, status: ' 2 ' });
		expect(apiCalls().at(-1)!.body).toMatchObject({ statusId: 2 });
		sandbox().clearLedger();
		const error = await runV11({ ...base, status: '' }, { items: [{}, {}] }).catch((e) => e);
		expect(error.message).toBe('"Status" of item 0 is empty; Avionté requires a status name or ID to create a talent');
		expect(error.description).toMatch(/Lookup → Get Talent Statuses/);
		expect(apiCalls()).toHaveLength(0);
	});

	it('explains a refused create with the tenant requirements (version 1 workflows without a status keep running until the API refuses)', async () => {
		const error = await run({ resource: 'talent', operation: 'create', firstName: 'Old', lastName: 'Flow', emailAddress: 'old@example.test' }).catch((e) => e);
		expect(error.message).toBe('Avionté API error 400: Either a valid StatusId or Status value is required.');
		expect(error.description).toMatch(/new-talent requirements \(GET \/talent-requirement\) mark as required: firstName, lastName, phone, email\./);
		expect(apiCalls().map((e) => `${e.method} ${e.path}`)).toEqual(['POST /avionte/front-office/v1/talent', 'GET /avionte/front-office/v1/talent-requirement']);
		const saved = await run({ resource: 'talent', operation: 'create', firstName: 'Old', lastName: 'Flow', emailAddress: 'old@example.test', additionalFields: { status: 'Active' } });
		expect(saved.json[0]).toMatchObject({ status: 'Active', statusId: 1 });

		const tenant = await runV11({ resource: 'talent', operation: 'create', firstName: 'Ten', lastName: 'Ant', emailAddress: 'ten@example.test', status: 'Active', options: { useNewTalentRequirements: true } }).catch((e) => e);
		expect(tenant.message).toBe('Avionté API error 400: phone is required.');
		expect(tenant.description).toMatch(/mark as required: firstName, lastName, phone, email/);
	});

	it('gets the new-talent requirements as an operation', async () => {
		const result = await run({ resource: 'talent', operation: 'getNewTalentRequirements' });
		expect(apiCalls()[0].path).toBe('/avionte/front-office/v1/talent-requirement');
		expect(result.json).toHaveLength(1);
		expect(result.json[0]).toMatchObject({ firstName: true, phone: true, resume: false, requiredFields: ['firstName', 'lastName', 'phone', 'email'] });
	});

	it('rejects malformed Additional Fields (JSON) naming the field and item', async () => {
		await expect(
			run({ resource: 'talent', operation: 'create', firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', additionalJson: '{"broken": ' }),
		).rejects.toThrow('The "Additional Fields (JSON)" field of item 0 is not valid JSON');
	});

	it('updates a talent keeping fields the user did not touch', async () => {
		const before = sandbox().data.avionte.talents.get(100004)!;
		const result = await run({ resource: 'talent', operation: 'update', talentId: byId(100004), updateFields: { mobilePhone: '555-7777' } });
		expect(result.json[0]).toMatchObject({ id: 100004, mobilePhone: '555-7777', firstName: before.firstName, emailAddress: before.emailAddress });
		const put = apiCalls().find((e) => e.method === 'PUT')!;
		expect((put.body as IDataObject).residentAddress).toEqual(before.residentAddress);
	});

	it('changes a status by name or by ID without the old value of the other riding along', async () => {
		const before = sandbox().data.avionte.talents.get(100004)!;
		const target = before.statusId === 3 ? { id: 2, name: 'Available' } : { id: 3, name: 'Placed' };
		const byName = await run({ resource: 'talent', operation: 'update', talentId: byId(100004), updateFields: { status: target.name } });
		expect(apiCalls().find((e) => e.method === 'PUT')!.body).not.toHaveProperty('statusId');
		expect(byName.json[0]).toMatchObject({ status: target.name, statusId: target.id });
		const byStatusId = await run({ resource: 'talent', operation: 'update', talentId: byId(100004), updateFields: { status: '4' } });
		expect(apiCalls().filter((e) => e.method === 'PUT').at(-1)!.body).not.toHaveProperty('status');
		expect(byStatusId.json[0]).toMatchObject({ status: 'Do Not Use', statusId: 4 });
	});

	it('adds and lists tags, skills, documents, web applications', async () => {
		await run({ resource: 'talent', operation: 'addTag', talentId: byId(100001), tag: 'forklift', additionalFields: { detail: 'certified' } });
		const tags = await run({ resource: 'talent', operation: 'getTags', talentId: byId(100001) });
		expect(tags.json).toEqual([expect.objectContaining({ tag: 'forklift', detail: 'certified', talentId: 100001 })]);
		expect((await run({ resource: 'talent', operation: 'getSkills', talentId: byId(100001) })).json[0]).toHaveProperty('name');
		expect((await run({ resource: 'talent', operation: 'getDocuments', talentId: byId(100001) })).json[0]).toHaveProperty('title', 'resume.pdf');
		expect((await run({ resource: 'talent', operation: 'getWebApplications', talentId: byId(100001) })).json[0]).toHaveProperty('jobId');
	});

	it('adds a talent to a pipeline stage', async () => {
		const result = await run({ resource: 'talent', operation: 'addToPipelineStage', talentId: byId(100001), jobId: byId(300001), stageType: 'Pipelined', jobActivityName: 'From n8n' });
		expect(result.json[0]).toMatchObject({ talentId: 100001, jobId: 300001, stageType: 'Pipelined' });
		expect(sandbox().data.avionte.pipelineStages).toHaveLength(1);
	});

	it('rejects a non-numeric id naming the field and item, before any call', async () => {
		await expect(run({ resource: 'talent', operation: 'get', talentId: byId('abc') })).rejects.toThrow('"Talent" of item 0 must be a numeric Avionté ID');
		expect(apiCalls()).toHaveLength(0);
	});
});

describe('activities', () => {
	it('creates talent and contact activities, negative system type ids included', async () => {
		const talent = await run({ resource: 'talentActivity', operation: 'create', talentId: byId(100001), typeId: -95, notes: 'line 1\nline 2' });
		expect(talent.json[0]).toMatchObject({ typeId: -95, talentId: 100001, notes: 'line 1\nline 2' });
		const contact = await run({ resource: 'contact', operation: 'createActivity', contactId: byId(800001), typeId: 31, notes: 'visit' });
		expect(contact.json[0]).toMatchObject({ typeId: 31, contactId: 800001 });
	});

	it('surfaces the API message for an unknown activity type', async () => {
		await expect(run({ resource: 'talentActivity', operation: 'create', talentId: byId(100001), typeId: 999 })).rejects.toThrow(/Avionté API error 400: typeId 999 is not a talent activity type/);
	});
});

describe.each([
	['contact', 'contacts', 800001, 60],
	['company', 'companies', 700001, 40],
	['job', 'jobs', 300001, 45],
	['placement', 'placements', 900001, 55],
])('%s', (resource, plural, firstId, count) => {
	it('gets one and gets many', async () => {
		const idField = `${resource}Id`;
		const one = await run({ resource, operation: 'get', [idField]: byId(firstId), simplify: false });
		expect(one.json[0].id).toBe(firstId);
		const many = await run({ resource, operation: 'getAll', returnAll: true });
		expect(many.json).toHaveLength(count);
		expect(apiCalls().some((e) => e.path.endsWith(`/${plural}/multi-query`))).toBe(true);
	});
});

describe('other resources', () => {
	it('job web applicants', async () => {
		const result = await run({ resource: 'job', operation: 'getWebApplicants', jobId: byId(300001) });
		expect(result.json.length).toBeGreaterThan(0);
	});

	it('users, one and many', async () => {
		expect((await run({ resource: 'user', operation: 'get', userId: byId(5001), simplify: false })).json[0]).toMatchObject({ userId: 5001 });
		expect((await run({ resource: 'user', operation: 'getAll', returnAll: true })).json).toHaveLength(12);
		expect((await run({ resource: 'user', operation: 'getAll', returnAll: false, limit: 5 })).json).toHaveLength(5);
	});

	it('branches and departments', async () => {
		expect((await run({ resource: 'branch', operation: 'getAll', returnAll: true })).json).toHaveLength(3);
		expect((await run({ resource: 'department', operation: 'get', departmentId: byId(60001), simplify: false })).json[0]).toMatchObject({ id: 60001 });
		const departments = await run({ resource: 'department', operation: 'getAll', returnAll: true, options: { maxConcurrency: 4 } });
		expect(departments.json).toHaveLength(15);
	});

	it.each([
		['getTalentStatuses', 4],
		['getCertificates', 3],
		['getSkillPositions', 3],
		['getDocumentTypes', 3],
		['getTalentActivityTypes', 4],
		['getContactActivityTypes', 2],
	])('lookup %s', async (operation, count) => {
		expect((await run({ resource: 'lookup', operation })).json).toHaveLength(count);
	});

	it('custom API call reaches any endpoint with auth and query', async () => {
		const result = await run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: 'talent/100001', queryParameters: { parameter: [{ name: 'includeResume', value: 'true' }] } });
		expect(result.json[0]).toMatchObject({ id: 100001, talentResume: expect.any(Object) });
		const post = await run({ resource: 'customApiCall', operation: 'call', method: 'POST', path: '/talents/multi-query', sendBody: true, body: '[100001, 100004]' });
		expect(post.json.map((t) => t.id)).toEqual([100001, 100004]);
		await expect(run({ resource: 'customApiCall', operation: 'call', method: 'GET', path: 'https://evil.example/x' })).rejects.toThrow('must be relative');
	});
});

describe('errors, retries and continueOnFail', () => {
	it('maps a 404 to the API message with the RequestId, without secrets', async () => {
		const error = await run({ resource: 'talent', operation: 'get', talentId: byId(1) }).catch((e) => e);
		expect(error.message).toBe('Avionté API error 404: Talent 1 was not found.');
		expect(error.description).toMatch(/GET \/talent\/1 · Not found: check the ID · RequestId [0-9a-f-]{36}/);
		expect(error.context.itemIndex).toBe(0);
		const text = JSON.stringify({ message: error.message, description: error.description, context: error.context });
		for (const secret of [sandboxConfig.avionte.apiKey, sandboxConfig.avionte.clientSecret]) expect(text).not.toContain(secret);
	});

	it('continues on fail: one error item for the bad input, the others succeed, pairing kept', async () => {
		const ids = [100001, 1, 100007];
		const result = await run((i) => ({ resource: 'talent', operation: 'get', talentId: byId(ids[i]) }), { items: [{}, {}, {}], continueOnFail: true });
		expect(result.json).toHaveLength(3);
		expect(result.json[0].id).toBe(100001);
		expect(result.json[1].error).toMatch(/404/);
		expect(result.json[2].id).toBe(100007);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('retries 503 and 429 (honouring Retry-After) on reads, with a fresh RequestId each attempt', async () => {
		sandbox().script({ status: 503, headers: { 'Retry-After': '0' }, pathPattern: '/talent/100001' }, { status: 429, headers: { 'Retry-After': '0' }, pathPattern: '/talent/100001' });
		const result = await run({ resource: 'talent', operation: 'get', talentId: byId(100001) });
		expect(result.json[0].id).toBe(100001);
		const attempts = apiCalls().filter((e) => e.path.endsWith('/talent/100001'));
		expect(attempts.map((e) => e.status)).toEqual([503, 429, 200]);
		expect(new Set(attempts.map((e) => e.headers.requestid)).size).toBe(3);
	});

	it('never re-sends a create after a 504 and says the outcome is unknown', async () => {
		sandbox().script({ status: 504, pathPattern: '/front-office/v1/talent$', method: 'POST' });
		const error = await run({ resource: 'talent', operation: 'create', firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', additionalFields: { status: 'Active' } }).catch((e) => e);
		expect(error.message).toMatch(/Avionté API error 504/);
		expect(error.description).toMatch(/may or may not have applied this change/);
		expect(apiCalls().filter((e) => e.method === 'POST')).toHaveLength(1);
	});

	it('retries a create after 503 (the API refused before doing work)', async () => {
		sandbox().script({ status: 503, headers: { 'Retry-After': '0' }, pathPattern: '/front-office/v1/talent$', method: 'POST' });
		const result = await run({ resource: 'talent', operation: 'create', firstName: 'A', lastName: 'B', emailAddress: 'a@b.test', additionalFields: { status: 'Active' } });
		expect(result.json[0].id).toBeDefined();
		expect(apiCalls().filter((e) => e.method === 'POST').map((e) => e.status)).toEqual([503, 201]);
	});

	it('refreshes an expired token once after a 401 mid-run', async () => {
		await run({ resource: 'talent', operation: 'get', talentId: byId(100001) });
		sandbox().expireAvionteTokens();
		const fetchesBefore = sandbox().stats().tokenFetches;
		const result = await run({ resource: 'talent', operation: 'getAll', returnAll: false, limit: 150 });
		expect(result.json).toHaveLength(150);
		// One refresh, however many requests were in flight with the old token (at most the concurrency, 3).
		expect(sandbox().ledger.filter((e) => e.path === '/avionte/authorize/token').length).toBeLessThanOrEqual(2);
		expect(sandbox().stats().tokenFetches - fetchesBefore).toBe(1);
		const refused = apiCalls().filter((e) => e.status === 401).length;
		expect(refused).toBeGreaterThanOrEqual(1);
		expect(refused).toBeLessThanOrEqual(3);
	});

	it('explains a refused token request without echoing secrets', async () => {
		store().set('avionteApi', avionteCredentials(sandbox(), { clientSecret: 'wrong-secret-value' }));
		const error = await run({ resource: 'talent', operation: 'get', talentId: byId(100001) }).catch((e) => e);
		expect(error.message).toMatch(/Check the Client ID, Client Secret, API key and Scope/);
		expect(JSON.stringify({ m: error.message, d: error.description })).not.toContain('wrong-secret-value');
	});
});
