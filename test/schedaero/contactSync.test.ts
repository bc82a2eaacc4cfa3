/**
 * Schedaero contacts from version 2: the field mapper on Create and Update, and Create or Update that
 * matches (External ID, Email, Company Name, Contact ID), reports `_sync` per item and can dry-run.
 * The sandbox switches cover what Schedaero's documentation leaves open: whether contacts list their
 * external identities, whether companies take them, how a create answers, whether PUT replaces.
 */
import type { IDataObject } from 'n8n-workflow';

import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { getContactFields, getContactUpdateFields, getContactUpsertFields } from '../../nodes/Schedaero/methods/resourceMapping';
import { searchContacts } from '../../nodes/Schedaero/methods/listSearch';
import { createExecuteContext, runNode } from '../harness/context';
import { schedaeroCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Schedaero();

const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ schedaeroApi: schedaeroCredentials(running) }) });

const run = (parameters: IDataObject | ((itemIndex: number) => IDataObject), items?: IDataObject[], extra: { continueOnFail?: boolean } = {}) =>
	runNode({ node, store: store(), typeVersion: 2, parameters, items, ...extra });
const writes = () => sandbox().ledger.filter((e) => ['POST', 'PUT', 'PATCH'].includes(e.method));
const mapped = (value: IDataObject) => ({ mappingMode: 'defineBelow', value });
/** What the editor's list and mapper requests see: the node's current parameters, version 2. */
const editor = (parameters: IDataObject) => createExecuteContext({ node, store: store(), parameters, typeVersion: 2 }).context;
const people = () => [...sandbox().data.schedaero.people.values()];
const companies = () => [...sandbox().data.schedaero.companies.values()];

async function externalSystem(): Promise<string> {
	return String((await run({ resource: 'externalSystem', operation: 'create', name: 'Our CRM' })).json[0].id);
}

/** Three CRM people, one upsert per item, matched on their CRM ids. */
const crm = [
	{ crmId: 'CRM-1', firstName: 'Maya', lastName: 'Lind', email: 'maya@example.test', phone: '+1 555 0101' },
	{ crmId: 'CRM-2', firstName: 'Omar', lastName: 'Haddad', email: 'omar@example.test', phone: '+1 555 0102' },
	{ crmId: 'CRM-3', firstName: 'Ines', lastName: 'Costa', email: 'ines@example.test', phone: '+1 555 0103' },
];

function upsertByExternalId(systemId: string, rows: IDataObject[], options: IDataObject = {}) {
	return run(
		(i) => ({
			resource: 'contact',
			operation: 'upsert',
			contactType: 'people',
			matchOn: 'externalId',
			externalSystemId: systemId,
			externalId: rows[i].crmId,
			columns: mapped({ firstName: rows[i].firstName, lastName: rows[i].lastName, email: rows[i].email, phone: rows[i].phone }),
			options,
		}),
		rows,
	);
}

function linkedTo(systemId: string, identifier: string) {
	return people().filter((contact) => ((contact.externalIdentities as IDataObject[] | undefined) ?? []).some((e) => e.externalSystemId === systemId && e.identifier === identifier));
}

const SWITCHES: Array<Record<string, string>> = [];
for (const externalIdentities of ['embedded', 'separate']) {
	for (const createAnswer of ['record', 'location']) {
		for (const putMode of ['merge', 'replace']) SWITCHES.push({ externalIdentities, createAnswer, putMode });
	}
}

describe('Create or Update matched on External ID: one contact per external record, whatever Schedaero does', () => {
	it.each(SWITCHES)('%o', async (switches) => {
		sandbox().configure({ schedaero: switches });
		const systemId = await externalSystem();
		const before = people().length;

		const first = await upsertByExternalId(systemId, crm);
		expect(first.json.map((item) => (item._sync as IDataObject).action)).toEqual(['created', 'created', 'created']);
		expect(first.json[0]._sync).toEqual({ action: 'created', changedFields: ['firstName', 'lastName', 'email', 'phone'], matchedOn: null, id: expect.stringMatching(/^contact-/) });

		const second = await upsertByExternalId(systemId, crm);
		expect(second.json.map((item) => item._sync)).toEqual(first.json.map((item) => ({ action: 'unchanged', changedFields: [], matchedOn: 'externalId', id: (item._sync as IDataObject).id })));
		expect(people().length).toBe(before + 3);
		for (const row of crm) expect(linkedTo(systemId, row.crmId)).toHaveLength(1);

		// A change to one field of one record updates that contact only and keeps its other fields.
		sandbox().clearLedger();
		const changed = crm.map((row, i) => (i === 1 ? { ...row, phone: '+1 555 0199' } : row));
		const third = await upsertByExternalId(systemId, changed);
		expect(third.json.map((item) => (item._sync as IDataObject).action)).toEqual(['unchanged', 'updated', 'unchanged']);
		expect(third.json[1]._sync).toMatchObject({ changedFields: ['phone'], matchedOn: 'externalId' });
		expect(writes().map((e) => e.method)).toEqual(['PUT']);
		const omar = linkedTo(systemId, 'CRM-2')[0];
		expect(omar).toMatchObject({ firstName: 'Omar', lastName: 'Haddad', email: 'omar@example.test', phone: '+1 555 0199' });
		expect(people().length).toBe(before + 3);
	});

	it('reads the contact list once per run, however many items', async () => {
		const systemId = await externalSystem();
		sandbox().clearLedger();
		await upsertByExternalId(systemId, crm);
		expect(sandbox().ledger.filter((e) => e.method === 'GET' && e.path === '/schedaero/api/contacts/people')).toHaveLength(1);
	});

	it('two items with the same External ID in one run make one contact', async () => {
		const systemId = await externalSystem();
		const result = await upsertByExternalId(systemId, [crm[0], { ...crm[0], phone: '+1 555 0111' }]);
		expect(result.json.map((item) => (item._sync as IDataObject).action)).toEqual(['created', 'updated']);
		expect(linkedTo(systemId, 'CRM-1')).toHaveLength(1);
	});

	it.each(['embedded', 'separate'])('links an existing unlinked contact with the same email instead of creating a second one (%s)', async (externalIdentities) => {
		sandbox().configure({ schedaero: { externalIdentities } });
		const systemId = await externalSystem();
		const existing = people()[2];
		const row = { crmId: 'CRM-77', firstName: String(existing.firstName), lastName: String(existing.lastName), email: String(existing.email), phone: String(existing.phone) };
		const result = await upsertByExternalId(systemId, [row]);
		expect(result.json[0]._sync).toEqual({ action: 'updated', changedFields: ['externalIdentity'], matchedOn: 'email', id: existing.id });
		expect(linkedTo(systemId, 'CRM-77').map((contact) => contact.id)).toEqual([existing.id]);
		const again = await upsertByExternalId(systemId, [row]);
		expect(again.json[0]._sync).toMatchObject({ action: 'unchanged', matchedOn: 'externalId', id: existing.id });
	});

	it.each([[false], ['false'], ['FALSE']])('an existing contact whose link was deactivated (isActive %p, still listed) is linked again, not duplicated', async (isActive) => {
		sandbox().configure({ schedaero: { externalIdentities: 'embedded' } });
		const systemId = await externalSystem();
		const existing = people()[3];
		existing.externalIdentities = [{ externalSystemId: systemId, identifier: 'OLD-ID', isActive }];
		const before = people().length;
		const row = { crmId: 'CRM-88', firstName: String(existing.firstName), lastName: String(existing.lastName), email: String(existing.email), phone: String(existing.phone) };
		const result = await upsertByExternalId(systemId, [row]);
		expect(result.json[0]._sync).toEqual({ action: 'updated', changedFields: ['externalIdentity'], matchedOn: 'email', id: existing.id });
		expect(people().length).toBe(before);
		expect(linkedTo(systemId, 'CRM-88').map((contact) => contact.id)).toEqual([existing.id]);
	});

	it('Dry Run reports the plan and sends no write', async () => {
		const systemId = await externalSystem();
		await upsertByExternalId(systemId, crm.slice(0, 1));
		sandbox().clearLedger();
		const plan = await upsertByExternalId(systemId, [{ ...crm[0], phone: '+1 555 0000' }, crm[1], crm[1]], { dryRun: true });
		expect(plan.json.map((item) => item._sync)).toEqual([
			{ action: 'wouldUpdate', changedFields: ['phone'], matchedOn: 'externalId', id: expect.stringMatching(/^contact-/) },
			{ action: 'wouldCreate', changedFields: ['firstName', 'lastName', 'email', 'phone'], matchedOn: null, id: null },
			// The second item with the same record finds the first one's planned contact, as a real run would.
			{ action: 'unchanged', changedFields: [], matchedOn: 'externalId', id: null },
		]);
		expect(writes()).toEqual([]);
	});

	it('says which value is missing before writing anything', async () => {
		const systemId = await externalSystem();
		sandbox().clearLedger();
		await expect(run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'externalId', externalSystemId: systemId, externalId: ' ', columns: mapped({ firstName: 'A', lastName: 'B' }) })).rejects.toThrow('"External ID" of item 0 is empty');
		await expect(run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'externalId', externalSystemId: systemId, externalId: 'CRM-9', columns: mapped({ firstName: 'A', email: 'a@example.test' }) })).rejects.toThrow(
			'"Last Name" of item 0 is empty; Schedaero needs it to create a person contact',
		);
		expect(writes()).toEqual([]);
	});
});

describe('Create or Update matched on Email, Company Name or Contact ID', () => {
	it('matches people on email (case and spaces ignored): a second run creates nothing', async () => {
		const rows = [
			{ firstName: 'Ana', lastName: 'Ortiz', email: ' PAX0@example.test ', phone: '+1 555 0100' },
			{ firstName: 'New', lastName: 'Person', email: 'new.person@example.test' },
		];
		const parameters = (i: number) => ({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'email', columns: mapped(rows[i]) });
		const first = await run(parameters, rows);
		expect(first.json.map((item) => item._sync)).toEqual([
			{ action: 'updated', changedFields: ['email'], matchedOn: 'email', id: 'contact-70000001' },
			{ action: 'created', changedFields: ['firstName', 'lastName', 'email'], matchedOn: null, id: expect.stringMatching(/^contact-/) },
		]);
		const count = people().length;
		const second = await run(parameters, rows);
		expect(second.json.map((item) => (item._sync as IDataObject).action)).toEqual(['unchanged', 'unchanged']);
		expect(people().length).toBe(count);
	});

	it('refuses an email two contacts share, naming them', async () => {
		const [a, b] = people();
		b.email = a.email;
		await expect(run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'email', columns: mapped({ firstName: 'X', lastName: 'Y', email: String(a.email) }) })).rejects.toThrow(
			`2 contacts have the Email "${String(a.email)}" (${String(a.id)}, ${String(b.id)})`,
		);
	});

	it('matches companies on Company Name; Company Name is required to create one', async () => {
		const before = companies().length;
		const result = await run({ resource: 'contact', operation: 'upsert', contactType: 'companies', matchOn: 'name', columns: mapped({ name: 'acme holdings', phone: '+1 555 0400' }) });
		expect(result.json[0]._sync).toMatchObject({ action: 'updated', matchedOn: 'name', changedFields: ['name', 'phone'] });
		const created = await run({ resource: 'contact', operation: 'upsert', contactType: 'companies', matchOn: 'name', columns: mapped({ name: 'Zephyr Air' }) });
		expect(created.json[0]._sync).toMatchObject({ action: 'created' });
		expect(companies().length).toBe(before + 1);
		await expect(run({ resource: 'contact', operation: 'upsert', contactType: 'companies', matchOn: 'name', columns: mapped({ email: 'x@example.test' }) })).rejects.toThrow('"Company Name" of item 0 is empty; Match On Company Name needs it');
	});

	it('companies matched on External ID are linked where Schedaero allows it, and the refusal is explained where not', async () => {
		const systemId = await externalSystem();
		const parameters = { resource: 'contact', operation: 'upsert', contactType: 'companies', matchOn: 'externalId', externalSystemId: systemId, externalId: 'ACC-1', columns: mapped({ name: 'Northwind Aviation' }) };
		expect((await run(parameters)).json[0]._sync).toMatchObject({ action: 'created' });
		expect((await run(parameters)).json[0]._sync).toMatchObject({ action: 'unchanged', matchedOn: 'externalId' });
		expect(companies().filter((company) => company.name === 'Northwind Aviation')).toHaveLength(1);

		sandbox().configure({ schedaero: { companyExternalIdentity: false } });
		await expect(run({ ...parameters, externalId: 'ACC-2', columns: mapped({ name: 'Southwind Aviation' }) })).rejects.toThrow(/Schedaero does not link companies to an external system \(it answered 404 for company contact-\d+ of item 0\)/);
		expect(companies().filter((company) => company.name === 'Southwind Aviation')).toHaveLength(1);
	});

	it('matches on Contact ID; an empty Contact creates one', async () => {
		const updated = await run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'contactId', contactId: { __rl: true, mode: 'id', value: 'contact-70000002' }, columns: mapped({ firstName: 'Ben', lastName: 'Baker', phone: '+1 555 0222' }) });
		expect(updated.json[0]._sync).toEqual({ action: 'updated', changedFields: ['phone'], matchedOn: 'contactId', id: 'contact-70000002' });
		const created = await run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'contactId', contactId: { __rl: true, mode: 'list', value: '' }, columns: mapped({ firstName: 'Cy', lastName: 'New' }) });
		expect(created.json[0]._sync).toMatchObject({ action: 'created' });
		await expect(run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'contactId', contactId: { __rl: true, mode: 'id', value: 'contact-1' }, columns: mapped({ firstName: 'A', lastName: 'B' }) })).rejects.toThrow(
			'Contact "contact-1" of item 0 was not found among the person contacts',
		);
	});

	it('maps automatically from the input fields the mapper knows', async () => {
		const items = [{ firstName: 'Auto', lastName: 'Mapped', email: 'auto@example.test', crmNotes: 'not a contact field' }];
		const result = await run({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'email', columns: { mappingMode: 'autoMapInputData', value: null } }, items);
		expect(result.json[0]._sync).toMatchObject({ action: 'created', changedFields: ['firstName', 'lastName', 'email'] });
		expect(writes()[0].body).toEqual({ firstName: 'Auto', lastName: 'Mapped', email: 'auto@example.test' });
	});
});

describe('Create and Update with the field mapper (version 2)', () => {
	it('Create sends the mapped fields and requires the names up front', async () => {
		const created = await run({ resource: 'contact', operation: 'create', contactType: 'people', columns: mapped({ firstName: 'Lea', lastName: 'Berg', email: 'lea@example.test', phone: '' }) });
		expect(created.json[0]).toMatchObject({ firstName: 'Lea', lastName: 'Berg', email: 'lea@example.test' });
		expect(writes()[0].body).toEqual({ firstName: 'Lea', lastName: 'Berg', email: 'lea@example.test' });
		await expect(run({ resource: 'contact', operation: 'create', contactType: 'companies', columns: mapped({ email: 'x@example.test' }) })).rejects.toThrow('"Company Name" of item 0 is empty; Schedaero needs it to create a company');
	});

	it.each(['merge', 'replace'])('Update keeps the fields it does not map (PUT %s)', async (putMode) => {
		sandbox().configure({ schedaero: { putMode } });
		const result = await run({ resource: 'contact', operation: 'update', contactType: 'people', contactId: { __rl: true, mode: 'list', value: 'contact-70000003' }, columns: mapped({ phone: '+1 555 0333' }) });
		expect(result.json[0]).toMatchObject({ id: 'contact-70000003', firstName: 'Chloe', lastName: 'Nguyen', email: 'pax2@example.test', phone: '+1 555 0333' });
		expect(sandbox().data.schedaero.people.get('contact-70000003')).toMatchObject({ firstName: 'Chloe', email: 'pax2@example.test', phone: '+1 555 0333' });
	});

	it('the mapper offers the known fields (names required for a create) and the properties contacts carry', async () => {
		sandbox().data.schedaero.people.get('contact-70000001')!.title = 'Chief Pilot';
		const context = editor({ contactType: 'people' });
		const { fields } = await getContactFields.call(context as never);
		expect(fields.slice(0, 4).map((field) => [field.id, field.required])).toEqual([['firstName', true], ['lastName', true], ['email', false], ['phone', false]]);
		expect(fields.find((field) => field.id === 'title')).toMatchObject({ displayName: 'Title', required: false, removed: true, type: 'string' });
		expect(fields.map((field) => field.id)).not.toEqual(expect.arrayContaining(['id', 'href', 'type', 'externalIdentities']));
		const update = await getContactUpdateFields.call(context as never);
		expect(update.fields.every((field) => !field.required)).toBe(true);
		const company = await getContactFields.call(editor({ contactType: 'companies' }) as never);
		expect(company.fields[0]).toMatchObject({ id: 'name', displayName: 'Company Name', required: true });
	});

	it('Create or Update marks the field it matches on required: Email under Match On Email, not under External ID', async () => {
		const byEmail = await getContactUpsertFields.call(editor({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'email' }) as never);
		expect(byEmail.fields.find((field) => field.id === 'email')).toMatchObject({ required: true });
		const byExternalId = await getContactUpsertFields.call(editor({ resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'externalId' }) as never);
		expect(byExternalId.fields.find((field) => field.id === 'email')).toMatchObject({ required: false });
		expect(byExternalId.fields.slice(0, 2).map((field) => field.required)).toEqual([true, true]);
	});

	it('the contact picker lists companies or people and searches past the first page', async () => {
		const companies = await searchContacts.call(editor({ contactType: 'companies' }) as never);
		expect(companies.results[0].name).toBe('Acme Holdings (office0@example.test)');
		for (let i = 0; i < 120; i++) sandbox().data.schedaero.people.set(`contact-9${i}`, { id: `contact-9${i}`, firstName: 'Filler', lastName: String(i), email: `f${i}@example.test` });
		sandbox().data.schedaero.people.set('contact-99999', { id: 'contact-99999', firstName: 'Zoe', lastName: 'Last', email: 'zoe@example.test' });
		const found = await searchContacts.call(editor({ contactType: 'people' }) as never, 'zoe');
		expect(found.results).toEqual([{ name: 'Zoe Last (zoe@example.test)', value: 'contact-99999' }]);
	});
});

describe('Get Many Simplify (version 2)', () => {
	it('gives one flat row per contact, links as one column; version 1 keeps the full records', async () => {
		const systemId = await externalSystem();
		await upsertByExternalId(systemId, crm.slice(0, 1));
		sandbox().data.schedaero.people.get('contact-70000001')!.address = { city: 'Tampa', country: 'US' };
		const rows = (await run({ resource: 'contact', operation: 'getAll', contactType: 'people', returnAll: true })).json;
		for (const row of rows) for (const value of Object.values(row)) expect(value === null || typeof value !== 'object').toBe(true);
		expect(rows.find((row) => row.id === 'contact-70000001')).toMatchObject({ firstName: 'Ana', 'address.city': 'Tampa', 'address.country': 'US' });
		expect(rows.find((row) => row.email === 'maya@example.test')).toMatchObject({ externalIds: `${systemId}: CRM-1` });
		expect(rows[0]).not.toHaveProperty('href');

		store().set('avinodeApi', { ...schedaeroCredentials(sandbox()), platform: 'schedaero' });
		const legacy = await runNode({ node, store: store(), typeVersion: 1, parameters: { resource: 'contact', operation: 'getAll', contactType: 'people', returnAll: true } });
		expect(legacy.json[0]).toHaveProperty('href');
		expect(legacy.json[0].externalIdentities).toEqual([]);
	});
});
