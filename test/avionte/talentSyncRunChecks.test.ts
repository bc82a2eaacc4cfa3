/**
 * Talent Create or Update (node version 2) as one run: a mapped Talent ID names the talent whatever
 * Match On says; the Status is checked against the tenant's statuses before anything is written (Dry
 * Run included); the same person twice in one input is one write, noted on each item, and the next
 * run of the same input writes nothing; without Continue On Fail a bad item stops the run before the
 * first write, and a failure only a write can show says how much was already written.
 */
import type { IDataObject } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import type { RunResult } from '../harness/context';
import { runNode } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import type { TalentRow } from './talentSyncRun';

const TALENTS = 20;
const node = new Avionte();
const { sandbox, store } = sandboxForEachTest({ talentCount: TALENTS, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

const talents = () => sandbox().data.avionte.talents;
const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));
const writes = () => apiCalls().filter((e) => (e.method === 'POST' && /\/talent$/.test(e.path)) || e.method === 'PUT');
const syncOf = (json: IDataObject) => (json._sync ?? {}) as IDataObject;
const actions = (result: RunResult) => result.json.map((json) => (json._sync ? String(syncOf(json).action) : `error: ${String(json.error)}`));

interface Form {
	matchOn?: string;
	status?: string;
	options?: IDataObject;
	continueOnFail?: boolean;
}

/** Create or Update as a workflow saves it: Status by name, the mapper's values per item. */
function upsert(rows: TalentRow[], form: Form = {}): Promise<RunResult> {
	return runNode({
		node,
		store: store(),
		typeVersion: 2,
		items: rows,
		continueOnFail: form.continueOnFail ?? true,
		parameters: (i) => ({
			resource: 'talent',
			operation: 'upsert',
			status: { __rl: true, mode: 'name', value: form.status ?? 'Active' },
			matchOn: form.matchOn ?? 'email',
			columns: { mappingMode: 'defineBelow', value: rows[i], matchingColumns: [], schema: [] },
			options: { maxRetries: 2, maxRequestsPerSecond: 0, maxConcurrency: 1, ...form.options },
		}),
	});
}

const newPerson = (n: number): TalentRow => ({ emailAddress: `person${n}@example.test`, firstName: 'New', lastName: `Person ${n}` });
/** A seed talent as an input row, with one changed value. */
function existingRow(id: number, change: TalentRow): TalentRow {
	const talent = talents().get(id)!;
	return { emailAddress: String(talent.emailAddress), firstName: String(talent.firstName), lastName: String(talent.lastName), ...change };
}
const seedIds = () => [...talents().keys()];

describe('a mapped Talent ID names the talent, whatever Match On says', () => {
	it.each(['email', 'duplicateCheck'])('Match On %s: a person whose email changed is updated by ID (the email changes), not created again', async (matchOn) => {
		const [id] = seedIds();
		const before = String(talents().get(id)!.emailAddress);
		const row = { id, emailAddress: 'changed.address@example.test', firstName: String(talents().get(id)!.firstName), lastName: String(talents().get(id)!.lastName) };

		const planned = await upsert([row], { matchOn, options: { dryRun: true } });
		expect(planned.json[0]).toMatchObject({ id, _sync: { action: 'wouldUpdate', matchedOn: 'talentId', changedFields: ['emailAddress'], id } });
		expect(writes()).toHaveLength(0);

		const done = await upsert([row], { matchOn });
		expect(done.json[0]).toMatchObject({ id, emailAddress: 'changed.address@example.test', _sync: { action: 'updated', matchedOn: 'talentId', id } });
		expect(talents().size).toBe(TALENTS);
		expect(talents().get(id)!.emailAddress).toBe('changed.address@example.test');
		expect([...talents().values()].filter((t) => t.emailAddress === before)).toHaveLength(0);
		expect(writes().filter((e) => e.method === 'POST')).toHaveLength(0);
	});

	it('an item without an email is matched by its Talent ID under Match On Email', async () => {
		const [id] = seedIds();
		const result = await upsert([{ id, middleName: 'ById' }]);
		expect(result.json[0]).toMatchObject({ id, middleName: 'ById', _sync: { action: 'updated', matchedOn: 'talentId' } });
	});

	it('Map Automatically takes "Talent ID" as the Talent ID, but a bare "id" (a CRM\'s own key) only under Match On Talent ID', async () => {
		const [id, other] = seedIds();
		const crmRow = { id: other, Email: 'crm.person@example.test', 'First Name': 'Crm', 'Last Name': 'Person' };
		const run = (json: IDataObject, matchOn: string) =>
			runNode({
				node,
				store: store(),
				typeVersion: 2,
				items: [json],
				continueOnFail: true,
				parameters: () => ({ resource: 'talent', operation: 'upsert', status: { __rl: true, mode: 'name', value: 'Active' }, matchOn, columns: { mappingMode: 'autoMapInputData', value: null, matchingColumns: [], schema: [] }, options: { maxRequestsPerSecond: 0, dryRun: true } }),
			});
		const crm = await run(crmRow, 'email');
		expect(crm.json[0]).toMatchObject({ _sync: { action: 'wouldCreate', matchedOn: null } });
		expect(crm.hints.map((hint) => hint.message)).toEqual([expect.stringMatching(/so they were not sent: id$/)]);
		const stored = await run({ 'Talent ID': id, Email: 'moved@example.test' }, 'email');
		expect(stored.json[0]).toMatchObject({ id, _sync: { action: 'wouldUpdate', matchedOn: 'talentId', changedFields: ['emailAddress'] } });
		const byId = await run({ id, Email: 'moved@example.test' }, 'talentId');
		expect(byId.json[0]).toMatchObject({ id, _sync: { action: 'wouldUpdate', matchedOn: 'talentId' } });
	});

	it('a Talent ID that does not exist fails that item, naming the field and the item, and nothing is written', async () => {
		const result = await upsert([newPerson(1), { id: 999999, emailAddress: 'ghost@example.test', firstName: 'G', lastName: 'H' }], { continueOnFail: false }).catch((error) => error);
		expect(result.message).toBe('Talent ID 999999 of item 1 does not exist in Avionté');
		expect(result.description).toMatch(/"Talent ID".*Nothing was written to Avionté: every item is checked before the first write\./);
		expect(result.context.itemIndex).toBe(1);
		expect(writes()).toHaveLength(0);
		for (const matchOn of ['talentId', 'duplicateCheck']) {
			const stopped = await upsert([newPerson(1), { id: 999999, emailAddress: 'ghost@example.test', firstName: 'G', lastName: 'H' }], { matchOn, continueOnFail: false }).catch((error) => error);
			expect(stopped.message).toBe('Talent ID 999999 of item 1 does not exist in Avionté');
			expect(stopped.description).toMatch(/Nothing was written to Avionté: every item is checked before the first write\.$/);
			expect(writes()).toHaveLength(0);
		}
		const dupCheck = await upsert([{ id: 999999, emailAddress: 'ghost@example.test', firstName: 'G', lastName: 'H' }], { matchOn: 'duplicateCheck' });
		expect(dupCheck.json[0].error).toBe('Talent ID 999999 of item 0 does not exist in Avionté');
		expect(writes()).toHaveLength(0);
	});
});

describe('the Status is checked against the tenant\'s statuses before anything is written', () => {
	it.each([[{ dryRun: true }], [{}]])('an unknown status fails the item with the valid names and no API path (options %j)', async (options) => {
		const result = await upsert([newPerson(1), newPerson(2)], { status: 'Actve', options });
		expect(result.json.map((json) => json.error)).toEqual([
			'"Status" of item 0 is "Actve", which is not a status in your Avionté account (Active, Available, Do Not Use, Placed)',
			'"Status" of item 1 is "Actve", which is not a status in your Avionté account (Active, Available, Do Not Use, Placed)',
		]);
		expect(JSON.stringify(result.json)).not.toMatch(/\/talent|GET |POST /);
		expect(writes()).toHaveLength(0);
		expect(apiCalls().filter((e) => e.path.endsWith('/talent-statuses'))).toHaveLength(1);
	});

	it('an unknown status ID fails the same way; a name in other case is sent as the tenant spells it', async () => {
		const byId = await upsert([newPerson(1)], { status: '99' });
		expect(byId.json[0].error).toBe('"Status" of item 0 is "99", which is not a status ID in your Avionté account (Active (1), Available (2), Do Not Use (4), Placed (3))');
		const byName = await upsert([newPerson(1)], { status: ' placed ' });
		expect(byName.json[0]).toMatchObject({ status: 'Placed', _sync: { action: 'created' } });
		expect(writes()[0].body).toMatchObject({ status: 'Placed' });
	});
});

describe('the same person twice in one input', () => {
	const rows = (): TalentRow[] => [
		{ ...newPerson(1), mobilePhone: '555-0101' },
		newPerson(2),
		{ ...newPerson(1), emailAddress: ' PERSON1@example.test ', mobilePhone: '555-0199' },
	];

	it('is one write of the later values, noted on both items and once in a hint; the next run writes nothing', async () => {
		const first = await upsert(rows(), { options: { maxConcurrency: 3 } });
		expect(actions(first)).toEqual(['created', 'created', 'unchanged']);
		const note = "item 0 and item 2 are the same talent; where their values differ, the last one's were written (in one write, reported on item 0)";
		expect(syncOf(first.json[0]).note).toBe(note);
		expect(syncOf(first.json[2]).note).toBe(note);
		expect(syncOf(first.json[1]).note).toBeUndefined();
		expect(first.json[2].id).toBe(first.json[0].id);
		expect(first.hints.map((hint) => hint.message)).toEqual(["One talent appears more than once in the input with different values (item 0 and item 2). Each was written once, with the later item's values where they differ."]);
		expect(writes()).toHaveLength(2);
		expect(talents().get(Number(first.json[0].id))).toMatchObject({ mobilePhone: '555-0199', emailAddress: 'person1@example.test' });

		sandbox().clearLedger();
		const second = await upsert(rows(), { options: { maxConcurrency: 3 } });
		expect(actions(second)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(writes()).toHaveLength(0);
		expect(syncOf(second.json[0]).note).toBe(note);
	});

	it('an existing talent given twice by ID and by email is one update', async () => {
		const [id] = seedIds();
		const result = await upsert([{ id, middleName: 'First' }, existingRow(id, { middleName: 'Second' })]);
		expect(actions(result)).toEqual(['updated', 'unchanged']);
		expect(result.json.map((json) => syncOf(json).matchedOn)).toEqual(['talentId', 'email']);
		expect(talents().get(id)!.middleName).toBe('Second');
		expect(writes()).toHaveLength(1);
	});

	it('the same values twice get no note', async () => {
		const result = await upsert([newPerson(1), newPerson(1)]);
		expect(actions(result)).toEqual(['created', 'unchanged']);
		expect(result.json.map((json) => syncOf(json).note)).toEqual([undefined, undefined]);
		expect(result.hints).toEqual([]);
	});
});

describe('without Continue On Fail, a bad item stops the run before the first write', () => {
	it.each([
		['an empty required field', { emailAddress: 'late@example.test', firstName: 'Late' }, '"Last Name" of item 3 is empty; Avionté requires it to create a talent'],
		['a bad email', { emailAddress: 'late(at)example.test', firstName: 'Late', lastName: 'Comer' }, '"Email Address" of item 3 is not an email address: "late(at)example.test"'],
	])('%s in item 3: nothing is written, and the error says so', async (_name, bad, message) => {
		const [id] = seedIds();
		const error = await upsert([newPerson(1), existingRow(id, { middleName: 'Changed' }), newPerson(2), bad], { continueOnFail: false }).catch((caught) => caught);
		expect(error.message).toBe(message);
		expect(error.context.itemIndex).toBe(3);
		expect(error.description).toMatch(/Nothing was written to Avionté: every item is checked before the first write\.$/);
		expect(writes()).toHaveLength(0);
		expect(talents().size).toBe(TALENTS);
	});

	it('an unknown status stops it too', async () => {
		const error = await upsert([newPerson(1), newPerson(2)], { status: 'Actve', continueOnFail: false }).catch((caught) => caught);
		expect(error.message).toMatch(/^"Status" of item 0 is "Actve"/);
		expect(writes()).toHaveLength(0);
	});

	it('a failure only the write shows says how many talents the run had already written', async () => {
		const [id] = seedIds();
		// A first name longer than Avionté takes: only Avionté's answer to the write shows it.
		const tooLong = { ...newPerson(2), firstName: 'N'.repeat(300) };
		const error = await upsert([existingRow(id, { middleName: 'Changed' }), newPerson(1), tooLong, newPerson(3)], { continueOnFail: false }).catch((caught) => caught);
		expect(error.message).toMatch(/firstName must be a string of at most 255 characters/);
		expect(error.context.itemIndex).toBe(2);
		expect(error.description).toMatch(/When it failed, this run had already written 2 talents \(1 created, 1 updated\); they stay as written\. Running the same input again finds them and creates none of them twice\.$/);
		expect(talents().size).toBe(TALENTS + 1);
	});

	it('a write failure on the first write says nothing had been written', async () => {
		sandbox().script({ method: 'POST', pathPattern: '/front-office/v1/talent$', status: 400, body: { message: 'Phone number format is not valid.' } });
		const error = await upsert([newPerson(1), newPerson(2)], { continueOnFail: false }).catch((caught) => caught);
		expect(error.context.itemIndex).toBe(0);
		expect(error.description).toMatch(/No talent had been written in this run when it failed\.$/);
	});
});
