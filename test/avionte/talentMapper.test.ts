/**
 * The talent field mapper of node version 2: the fields the editor gets from the tenant, what Create,
 * Update and Create or Update send from mapped or automatically mapped values, and what they refuse
 * before sending anything.
 */
import type { IDataObject, ResourceMapperField } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avionte();

const { sandbox, store } = sandboxForEachTest({ talentCount: 20, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));
const writes = () => apiCalls().filter((e) => e.method === 'PUT' || (e.method === 'POST' && /\/talent$/.test(e.path)));
const FAST = { maxRetries: 1, maxRequestsPerSecond: 0 };

async function mapperFields(method: 'getTalentCreateFields' | 'getTalentUpdateFields' | 'getTalentUpsertFields'): Promise<ResourceMapperField[]> {
	const context = createLoadOptionsContext(store(), node, { resource: 'talent' });
	return (await node.methods.resourceMapping[method].call(context as never)).fields;
}

const field = (fields: ResourceMapperField[], id: string) => fields.find((f) => f.id === id)!;

/** `status` is the Status field of Create and Create or Update (above the mapper), as a name or ID typed in. */
function run(operation: string, values: IDataObject | ((i: number) => IDataObject), extra: { items?: IDataObject[]; options?: IDataObject; mappingMode?: string; schema?: ResourceMapperField[]; matchingColumns?: string[]; matchOn?: string; status?: string } = {}) {
	return runNode({
		node,
		store: store(),
		typeVersion: 2,
		items: extra.items,
		parameters: (i) => ({
			resource: 'talent',
			operation,
			...(extra.status !== undefined ? { status: { __rl: true, mode: 'name', value: extra.status } } : {}),
			...(extra.matchOn ? { matchOn: extra.matchOn } : {}),
			columns: { mappingMode: extra.mappingMode ?? 'defineBelow', value: typeof values === 'function' ? values(i) : values, matchingColumns: extra.matchingColumns ?? [], schema: extra.schema ?? [] },
			options: { ...FAST, ...extra.options },
		}),
	});
}

describe('the fields the editor shows', () => {
	it('Create: the required names up front, the tenant-required fields required, branches by name; Status is a field of its own', async () => {
		const fields = await mapperFields('getTalentCreateFields');
		expect(fields.slice(0, 3).map((f) => f.id)).toEqual(['emailAddress', 'firstName', 'lastName']);
		expect(fields.some((f) => f.id === 'status')).toBe(false);
		// The sandbox tenant requires a phone (GET /talent-requirement); Avionté itself requires the three names.
		expect(fields.filter((f) => f.required).map((f) => f.id)).toEqual(['emailAddress', 'firstName', 'lastName', 'mobilePhone']);
		expect(field(fields, 'frontOfficeId')).toMatchObject({ type: 'options', options: expect.arrayContaining([{ name: 'Austin', value: 12 }]) });
		expect(field(fields, 'birthday').type).toBe('dateTime');
		expect(field(fields, 'gender')).toMatchObject({ type: 'options', options: expect.arrayContaining([{ name: 'Female', value: 'F' }]) });
		expect(field(fields, 'federalAllowances').type).toBe('number');
		expect(fields.some((f) => f.id === 'id')).toBe(false);
		expect(fields.every((f) => !f.canBeUsedToMatch && !f.defaultMatch)).toBe(true);
	});

	it('Create or Update: the same required fields (a create can happen) and the Talent ID', async () => {
		const fields = await mapperFields('getTalentUpsertFields');
		expect(fields.filter((f) => f.required).map((f) => f.id)).toEqual(['emailAddress', 'firstName', 'lastName', 'mobilePhone']);
		expect(fields.some((f) => f.id === 'status')).toBe(false);
		expect(field(fields, 'id')).toMatchObject({ displayName: 'Talent ID', type: 'number', required: false });
	});

	it('Update: nothing required, matched on the Talent ID (default) or the email; Status with the tenant statuses', async () => {
		const fields = await mapperFields('getTalentUpdateFields');
		expect(fields.filter((f) => f.required)).toEqual([]);
		expect(field(fields, 'status')).toMatchObject({ required: false, display: true, type: 'options', options: [{ name: 'Active', value: 'Active' }, { name: 'Available', value: 'Available' }, { name: 'Do Not Use', value: 'Do Not Use' }, { name: 'Placed', value: 'Placed' }] });
		expect(fields.filter((f) => f.canBeUsedToMatch).map((f) => f.id)).toEqual(['emailAddress', 'id']);
		expect(fields.filter((f) => f.defaultMatch).map((f) => f.id)).toEqual(['id']);
	});

	it.each(['getTalentCreateFields', 'getTalentUpdateFields', 'getTalentUpsertFields'] as const)('%s: Representative User lists the tenant\'s users by name', async (method) => {
		const picker = await node.methods.loadOptions.getUsers.call(createLoadOptionsContext(store(), node, { resource: 'talent' }) as never);
		const representative = field(await mapperFields(method), 'representativeUser');
		expect(representative).toMatchObject({ displayName: 'Representative User', type: 'options' });
		// The sandbox tenant's 12 users, as the Representative User pickers of other operations list them.
		expect(picker).toHaveLength(12);
		expect(representative.options).toEqual(picker);
		expect(representative.options).toContainEqual(expect.objectContaining({ name: 'Ada Lovelace', value: 5001 }));
	});

	it("falls back to Avionté's documented rules when the tenant's lists cannot be read", async () => {
		for (const pathPattern of ['/talent-requirement$', '/talent-statuses$', '/branch$', '/users$']) {
			sandbox().script({ status: 500, pathPattern }, { status: 500, pathPattern });
		}
		const fields = await mapperFields('getTalentCreateFields');
		expect(fields.filter((f) => f.required).map((f) => f.id)).toEqual(['emailAddress', 'firstName', 'lastName']);
		expect(field(fields, 'frontOfficeId')).toMatchObject({ type: 'number' });
		expect(field(fields, 'representativeUser')).toMatchObject({ type: 'number', displayName: 'Representative User' });
		expect(field(await mapperFields('getTalentUpdateFields'), 'status')).toMatchObject({ type: 'string', required: false });
	});

	it('the parameters: n8n field mappers with Map Automatically, Match On (Email for new nodes) with its cost', () => {
		const columns = node.description.properties.filter((p) => p.name === 'columns');
		expect(columns.map((p) => [p.displayOptions?.show?.operation, p.typeOptions?.resourceMapper?.mode, p.typeOptions?.resourceMapper?.resourceMapperMethod])).toEqual([
			[['create'], 'add', 'getTalentCreateFields'],
			[['update'], 'update', 'getTalentUpdateFields'],
			[['upsert'], 'add', 'getTalentUpsertFields'],
		]);
		for (const p of columns) expect(p).toMatchObject({ type: 'resourceMapper', noDataExpression: true, default: { mappingMode: 'defineBelow', value: null }, typeOptions: { resourceMapper: { supportAutoMap: true, addAllFields: true, multiKeyMatch: false } } });
		// Status of Create and Create or Update: a required picker above the mapper whose list is read when opened.
		const statusFields = node.description.properties.filter((p) => p.name === 'status' && p.type === 'resourceLocator');
		expect(statusFields.map((p) => p.displayOptions?.show?.operation)).toEqual([['create'], ['upsert']]);
		for (const p of statusFields) expect(p).toMatchObject({ required: true, modes: [{ name: 'list', typeOptions: { searchListMethod: 'searchTalentStatuses' } }, { name: 'name' }] });
		for (const operation of ['create', 'upsert']) {
			const names = node.description.properties.filter((p) => p.displayOptions?.show?.operation?.includes(operation) && p.displayOptions?.show?.['@version']).map((p) => p.name);
			expect(names.indexOf('status')).toBeLessThan(names.indexOf('columns'));
		}
		const matchOn = node.description.properties.find((p) => p.name === 'matchOn')!;
		expect(matchOn.default).toBe('email');
		expect(matchOn.options!.map((o) => ('value' in o ? o.value : undefined))).toEqual(['email', 'talentId', 'duplicateCheck']);
		expect(matchOn.hint).toMatch(/about 12 calls per 1,000 talents .*10,000 talents: about 122 calls/);
		const text = JSON.stringify(node.description.properties.filter((p) => p.displayOptions?.show?.['@version']?.some((v) => typeof v === 'object')));
		expect(text).not.toMatch(/inferred|\[I:|GET \/|POST \//i);
	});
});

describe('Create', () => {
	it('sends the mapped fields typed as Avionté takes them', async () => {
		const schema = await mapperFields('getTalentCreateFields');
		sandbox().clearLedger();
		const result = await run('create', {
			emailAddress: ' new.person@example.test ',
			firstName: 'New',
			lastName: 'Person',
			mobilePhone: '555-0150',
			residentCity: 'Austin',
			residentPostalCode: '73301',
			birthday: '1990-05-01T00:00:00',
			gender: 'Female',
			frontOfficeId: 'Austin',
			federalAllowances: '2',
		}, { schema, status: 'Available' });
		expect(apiCalls().map((e) => `${e.method} ${e.path.replace('/avionte/front-office/v1', '')}`)).toEqual(['POST /talent']);
		expect(writes()[0].body).toEqual({ emailAddress: 'new.person@example.test', firstName: 'New', lastName: 'Person', mobilePhone: '555-0150', residentAddress: { city: 'Austin', postalCode: '73301' }, birthday: '1990-05-01', gender: 'F', frontOfficeId: 12, federalAllowances: 2, status: 'Available' });
		expect(result.json[0]).toMatchObject({ emailAddress: 'new.person@example.test', statusId: 2 });
	});

	it('refuses before sending: no status, a field the tenant requires, a wrong choice, a bad tax ID (never echoed)', async () => {
		const schema = await mapperFields('getTalentCreateFields');
		const base = { emailAddress: 'a@example.test', firstName: 'A', lastName: 'B', mobilePhone: '555-0100' };
		const active = { schema, status: 'Active' };
		sandbox().clearLedger();
		for (const status of ['', ' ']) {
			const noStatus = await run('create', base, { schema, status }).catch((e) => e);
			expect(noStatus.message).toBe('"Status" of item 0 is empty; Avionté requires a status name or ID to create a talent');
		}
		// A status left in the mapped values of an older form is not the Status field's.
		const leftOver = await run('create', { ...base, status: 'Active' }, { schema, status: '' }).catch((e) => e);
		expect(leftOver.message).toBe('"Status" of item 0 is empty; Avionté requires a status name or ID to create a talent');
		await expect(run('create', { ...base, mobilePhone: '' }, active)).rejects.toThrow('"Mobile Phone" of item 0 is empty; this tenant requires it to create a talent');
		await expect(run('create', { ...base, lastName: ' ' }, active)).rejects.toThrow('"Last Name" of item 0 is empty; Avionté requires it to create a talent');
		await expect(run('create', { ...base, filingStatus: 'Divorced' }, { status: 'Active' })).rejects.toThrow('"Filing Status" of item 0 must be one of None, Single, Married, Married With Higher Rates, got "Divorced"');
		await expect(run('create', { ...base, birthday: 'soon' }, { status: 'Active' })).rejects.toThrow('"Birthday" of item 0 must be a date (YYYY-MM-DD), got "soon"');
		const ssn = await run('create', { ...base, taxIdNumber: '123-45-678' }, { status: 'Active' }).catch((e) => e);
		expect(ssn.message).toBe('"Tax ID Number (SSN or SIN)" of item 0 must be exactly 9 digits (an SSN or a SIN padded with zeros)');
		expect(JSON.stringify(ssn)).not.toContain('45-678');
		expect(apiCalls()).toHaveLength(0);
	});

	it('Map Automatically takes input fields by name, whatever their spelling, and says which it did not send; Status comes from its own field', async () => {
		const items = [{ 'First Name': 'Auto', last_name: 'Mapped', 'E-mail': 'auto@example.test', Mobile: '555-0160', Status: 'Placed', City: 'Denver', Notes: 'met at the fair', _sync: { action: 'created' } }];
		const result = await run('create', {}, { items, mappingMode: 'autoMapInputData', status: 'Active' });
		expect(writes()[0].body).toEqual({ firstName: 'Auto', lastName: 'Mapped', emailAddress: 'auto@example.test', mobilePhone: '555-0160', status: 'Active', residentAddress: { city: 'Denver' } });
		expect(result.hints).toEqual([{ message: 'Map Automatically found no talent field for these input fields, so they were not sent: Notes', location: 'outputPane' }]);
	});

	it('Map Automatically takes a talent read from Avionté (its address object, status ID and ID)', async () => {
		const talent = sandbox().data.avionte.talents.get(100004)!;
		await run('upsert', {}, { items: [{ ...talent, mobilePhone: '555-0999' }], mappingMode: 'autoMapInputData', matchOn: 'talentId', status: String(talent.status), options: { updateStatusOfExisting: true } });
		const put = writes()[0];
		expect(put.path).toBe('/avionte/front-office/v1/talent/100004');
		expect(put.body).toMatchObject({ id: 100004, mobilePhone: '555-0999', residentAddress: talent.residentAddress });
	});
});

describe('Update', () => {
	it('by Talent ID: a new status name goes without the old status ID, and only the changed field is reported', async () => {
		const before = sandbox().data.avionte.talents.get(100004)!;
		const target = before.status === 'Placed' ? 'Active' : 'Placed';
		const result = await run('update', { id: 100004, status: target }, { matchingColumns: ['id'] });
		const put = writes()[0];
		expect(put.body).toMatchObject({ id: 100004, status: target });
		expect((put.body as IDataObject).statusId).toBeUndefined();
		expect(sandbox().data.avionte.talents.get(100004)).toMatchObject({ status: target });
		expect(result.json[0]._sync).toEqual({ action: 'updated', changedFields: ['status'], matchedOn: 'talentId', id: 100004 });
	});

	it('by email: found through the listing, read again before the write; a missing one is reported', async () => {
		const talent = sandbox().data.avionte.talents.get(100010)!;
		const result = await run('update', { emailAddress: String(talent.emailAddress).toUpperCase(), workPhone: '555-0170' }, { matchingColumns: ['emailAddress'] });
		expect(result.json[0]).toMatchObject({ id: 100010, workPhone: '555-0170', _sync: { action: 'updated', matchedOn: 'email', id: 100010 } });
		expect(apiCalls().filter((e) => e.path.endsWith('/talent/100010')).map((e) => e.method)).toEqual(['GET', 'PUT']);
		await expect(run('update', { emailAddress: 'nobody@example.test', workPhone: '1' }, { matchingColumns: ['emailAddress'] })).rejects.toThrow('No talent has the email "nobody@example.test" (item 0)');
		await expect(run('update', { workPhone: '1' }, { matchingColumns: ['id'] })).rejects.toThrow('"Talent ID" of item 0 is empty; it is what this item is matched on');
	});

	it('Representative User: a user from the list, a typed or mapped ID not in it, or a user\'s name; a name two users share asks for the ID', async () => {
		const schema = await mapperFields('getTalentUpdateFields');
		const [user] = field(schema, 'representativeUser').options ?? [];
		const sent = async (representativeUser: string | number) => {
			sandbox().clearLedger();
			await run('update', { id: 100004, representativeUser }, { matchingColumns: ['id'], schema });
			return (writes()[0]?.body as IDataObject | undefined)?.representativeUser;
		};
		expect(await sent(9999)).toBe(9999);
		expect(await sent(' 4242 ')).toBe(4242);
		expect(await sent(user.name.toUpperCase())).toBe(user.value);
		const shared = schema.map((f) => (f.id === 'representativeUser' ? { ...f, options: [{ name: 'Sam Lee', value: 5001 }, { name: 'Sam Lee', value: 5002 }] } : f));
		await expect(run('update', { id: 100004, representativeUser: 'sam lee' }, { matchingColumns: ['id'], schema: shared })).rejects.toThrow(
			'"Representative User" of item 0 is "sam lee", which 2 entries of its list are named (IDs 5001, 5002); use the ID',
		);
		await expect(run('update', { id: 100004, representativeUser: 'Nobody Here' }, { matchingColumns: ['id'], schema })).rejects.toThrow(
			'"Representative User" of item 0 must be a numeric ID or one of the names in its list, got "Nobody Here"',
		);
	});

	it('an update that changes nothing sends no write; a dry run sends none either', async () => {
		const talent = sandbox().data.avionte.talents.get(100004)!;
		const same = await run('update', { id: 100004, mobilePhone: ` ${String(talent.mobilePhone).replace(/-/g, '')} `, firstName: talent.firstName as string }, { matchingColumns: ['id'] });
		expect(same.json[0]._sync).toMatchObject({ action: 'unchanged', changedFields: [] });
		const planned = await run('update', { id: 100004, firstName: 'Planned' }, { matchingColumns: ['id'], options: { dryRun: true } });
		expect(planned.json[0]).toMatchObject({ firstName: 'Planned', _sync: { action: 'wouldUpdate', changedFields: ['firstName'], id: 100004 } });
		expect(writes()).toHaveLength(0);
		expect(sandbox().data.avionte.talents.get(100004)!.firstName).toBe(talent.firstName);
	});
});

describe('Create or Update and the status of existing talents', () => {
	it('keeps the status recruiters set unless asked; when asked, sends the new name without the old ID', async () => {
		const talent = sandbox().data.avionte.talents.get(100004)!;
		const target = talent.status === 'Do Not Use' ? 'Active' : 'Do Not Use';
		const row = { emailAddress: talent.emailAddress as string, firstName: talent.firstName as string, lastName: talent.lastName as string };
		const kept = await run('upsert', row, { matchOn: 'email', status: target });
		expect(kept.json[0]._sync).toMatchObject({ action: 'unchanged' });
		expect(writes()).toHaveLength(0);
		const changed = await run('upsert', row, { matchOn: 'email', status: target, options: { updateStatusOfExisting: true } });
		expect(changed.json[0]._sync).toMatchObject({ action: 'updated', changedFields: ['status'] });
		expect(writes()[0].body).toMatchObject({ status: target });
		expect((writes()[0].body as IDataObject).statusId).toBeUndefined();
		expect(sandbox().data.avionte.talents.get(100004)!.status).toBe(target);
	});
});
