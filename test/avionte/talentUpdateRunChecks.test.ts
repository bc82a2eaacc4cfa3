/**
 * Talent Update (node version 2) as one run, like Create or Update: the Status is checked against the
 * tenant's statuses before anything is written (Dry Run included); without Continue On Fail a bad
 * item, or one whose talent is not there, stops the run before the first write; and a failure only a
 * write can show says how many talents were already written.
 */
import type { IDataObject } from 'n8n-workflow';

import type { RunResult } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import type { TalentRow } from './talentSyncRun';
import { runTalentSync } from './talentSyncRun';

const TALENTS = 20;
const { sandbox, store } = sandboxForEachTest({ talentCount: TALENTS, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

const talents = () => sandbox().data.avionte.talents;
const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));
const writes = () => apiCalls().filter((e) => (e.method === 'POST' && /\/talent$/.test(e.path)) || e.method === 'PUT');
const seedIds = () => [...talents().keys()];
const NOTHING_WRITTEN = /Nothing was written to Avionté: every item is checked before the first write\.$/;

/** Update as a workflow saves it, matched on Talent ID unless told, one item at a time unless told. */
function update(rows: TalentRow[], form: { matchOn?: 'id' | 'emailAddress'; options?: IDataObject; continueOnFail?: boolean } = {}): Promise<RunResult> {
	return runTalentSync(store(), rows, { operation: 'update', matchingColumns: [form.matchOn ?? 'id'], continueOnFail: form.continueOnFail, options: { maxConcurrency: 1, ...form.options } });
}

describe('Update: the Status is checked against the tenant\'s statuses before anything is written', () => {
	it.each([[{ dryRun: true }], [{ dryRun: false }]])('an unknown status fails the item with the valid names, the others go on (options %j)', async (options) => {
		const [first, second] = seedIds();
		const result = await update([{ id: first, status: 'Actve' }, { id: second, middleName: 'Checked' }], { options });
		expect(result.json[0].error).toBe('"Status" of item 0 is "Actve", which is not a status in your Avionté account (Active, Available, Do Not Use, Placed)');
		expect(JSON.stringify(result.json[0])).not.toMatch(/\/talent|GET |PUT /);
		expect(result.json[1]).toMatchObject({ id: second, _sync: { action: options.dryRun ? 'wouldUpdate' : 'updated' } });
		expect(writes()).toHaveLength(options.dryRun ? 0 : 1);
		expect(writes().every((e) => e.path.endsWith(`/talent/${second}`))).toBe(true);
		expect(apiCalls().filter((e) => e.path.endsWith('/talent-statuses'))).toHaveLength(1);
	});

	it('an unknown status ID fails the same way; a name in other case is sent as the tenant spells it', async () => {
		const [id] = seedIds();
		const byId = await update([{ id, status: '99' }]);
		expect(byId.json[0].error).toBe('"Status" of item 0 is "99", which is not a status ID in your Avionté account (Active (1), Available (2), Do Not Use (4), Placed (3))');
		const byName = await update([{ id, status: ' do not use ' }]);
		expect(byName.json[0]).toMatchObject({ id, status: 'Do Not Use', _sync: { action: 'updated' } });
		expect(writes()[0].body).toMatchObject({ status: 'Do Not Use' });
	});
});

describe('Update: each talent read once before the writes', () => {
	it('an unchanged talent costs one read; a changed one is read again right before its write', async () => {
		const [first, second] = seedIds();
		const result = await update([{ id: first, firstName: String(talents().get(first)!.firstName) }, { id: second, middleName: 'Changed' }]);
		expect(result.json.map((json) => (json._sync as IDataObject).action)).toEqual(['unchanged', 'updated']);
		expect(apiCalls().map((e) => `${e.method} ${e.path.replace('/avionte/front-office/v1', '')}`)).toEqual([`GET /talent/${first}`, `GET /talent/${second}`, `GET /talent/${second}`, `PUT /talent/${second}`]);
	});

	it('the same talent twice is one write of the later values, noted on both items', async () => {
		const [id] = seedIds();
		const result = await update([{ id, middleName: 'First' }, { id, middleName: 'Second' }]);
		expect(result.json.map((json) => (json._sync as IDataObject).action)).toEqual(['updated', 'unchanged']);
		expect(result.json.map((json) => (json._sync as IDataObject).note)).toEqual([
			"item 0 and item 1 are the same talent; where their values differ, the last one's were written (in one write, reported on item 0)",
			"item 0 and item 1 are the same talent; where their values differ, the last one's were written (in one write, reported on item 0)",
		]);
		expect(writes()).toHaveLength(1);
		expect(talents().get(id)!.middleName).toBe('Second');
	});
});

describe('Update without Continue On Fail: a bad item stops the run before the first write', () => {
	it.each([
		['an unknown status', { status: 'Actve' }, /^"Status" of item 2 is "Actve", which is not a status in your Avionté account/],
		['a bad email', { emailAddress: 'late(at)example.test' }, /^"Email Address" of item 2 is not an email address: "late\(at\)example.test"$/],
		['a Talent ID no talent has', { id: 999999 }, /^Talent ID 999999 of item 2 does not exist in Avionté$/],
	])('%s in item 2: nothing is written, and the error says so', async (_name, bad, message) => {
		const [first, second, third] = seedIds();
		const rows: TalentRow[] = [{ id: first, middleName: 'Changed' }, { id: second, middleName: 'Changed' }, { id: third, ...bad }];
		const error = await update(rows, { continueOnFail: false, options: { maxConcurrency: 3 } }).catch((caught) => caught);
		expect(error.message).toMatch(message);
		expect(error.context.itemIndex).toBe(2);
		expect(error.description).toMatch(NOTHING_WRITTEN);
		expect(writes()).toHaveLength(0);
	});

	it('matching on email, an email no talent has stops it too', async () => {
		const [id] = seedIds();
		const rows = [{ emailAddress: String(talents().get(id)!.emailAddress), middleName: 'Changed' }, { emailAddress: 'nobody@example.test', middleName: 'Changed' }];
		const error = await update(rows, { matchOn: 'emailAddress', continueOnFail: false }).catch((caught) => caught);
		expect(error.message).toBe('No talent has the email "nobody@example.test" (item 1)');
		expect(error.description).toMatch(NOTHING_WRITTEN);
		expect(writes()).toHaveLength(0);
	});

	it('a failure only the write shows says how many talents the run had already written', async () => {
		const [first, second, third, fourth] = seedIds();
		// A first name longer than Avionté takes: only Avionté's answer to the write shows it.
		const rows: TalentRow[] = [{ id: first, middleName: 'Changed' }, { id: second, middleName: 'Changed' }, { id: third, firstName: 'N'.repeat(300) }, { id: fourth, middleName: 'Changed' }];
		const error = await update(rows, { continueOnFail: false }).catch((caught) => caught);
		expect(error.message).toMatch(/firstName must be a string of at most 255 characters/);
		expect(error.context.itemIndex).toBe(2);
		expect(error.description).toMatch(/When it failed, this run had already written 2 talents \(0 created, 2 updated\); they stay as written\. Running the same input again finds them and creates none of them twice\.$/);
	});
});
