/**
 * Talent Create or Update and Update (node version 2) write each item onto its own person only: an
 * item with a Talent ID is never matched by its email, Avionté's duplicate check is followed by the key
 * it compares (the SSN before the email), a refusal that names a talent is checked against the item
 * before that talent is written, a refusal whose talent is ambiguous fails the item, and a create
 * answered 200 is told from an existing talent by the talent, not by the status.
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
const syncOf = (json: IDataObject) => (json._sync ?? {}) as IDataObject;
const outcomes = (result: RunResult) => result.json.map((json) => (json._sync ? `${String(syncOf(json).action)}:${String(json.id)}` : `error: ${String(json.error)}`));
const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));
const puts = () => apiCalls().filter((e) => e.method === 'PUT');
const listed = () => apiCalls().some((e) => e.path.includes('/talents/ids/'));
/** Two seed talents, by id. */
const twoTalents = () => [...talents().keys()].slice(0, 2);

const oneAtATime = { maxConcurrency: 1 };
const upsert = (rows: TalentRow[], matchOn: string) => runTalentSync(store(), rows, { operation: 'upsert', matchOn, options: oneAtATime });
const updateById = (rows: TalentRow[]) => runTalentSync(store(), rows, { operation: 'update', matchingColumns: ['id'], options: oneAtATime });

/** A refusal of the next create, as Avionté might word it. */
function refuseNextCreate(body: IDataObject, status = 400) {
	sandbox().script({ method: 'POST', pathPattern: '/front-office/v1/talent$', status, body });
}

describe('an item with a Talent ID is written to that talent only', () => {
	it.each([
		['Create or Update', (rows: TalentRow[]) => upsert(rows, 'talentId')],
		['Update', updateById],
	])('%s, Match On Talent ID: two talents sharing one email each get their own item', async (_operation, run) => {
		const [a, b] = twoTalents();
		talents().get(b)!.emailAddress = talents().get(a)!.emailAddress;
		const email = String(talents().get(a)!.emailAddress);
		const result = await run([
			{ id: a, emailAddress: email, middleName: 'ForA' },
			{ id: b, emailAddress: email, middleName: 'ForB' },
		]);
		expect(outcomes(result)).toEqual([`updated:${a}`, `updated:${b}`]);
		expect(talents().get(a)!.middleName).toBe('ForA');
		expect(talents().get(b)!.middleName).toBe('ForB');
	});

	it('Create or Update, Match On Talent ID: a talent an earlier item created with the same email is not the one the ID names', async () => {
		const [, b] = twoTalents();
		const email = 'shared.inbox@example.test';
		const result = await upsert([
			{ emailAddress: email, firstName: 'New', lastName: 'Person', middleName: 'Created' },
			{ id: b, emailAddress: email, middleName: 'ForB' },
		], 'talentId');
		const createdId = Number(result.json[0].id);
		expect(outcomes(result)).toEqual([`created:${createdId}`, `updated:${b}`]);
		expect(talents().get(createdId)!.middleName).toBe('Created');
		expect(talents().get(b)).toMatchObject({ middleName: 'ForB', emailAddress: email });
	});
});

describe("Match On Avionté's duplicate check follows the key Avionté compares", () => {
	it('two people with their own SSNs sharing one email become two talents', async () => {
		sandbox().configure({ duplicates: { duplicates: 'error' } });
		const email = 'family@example.test';
		const result = await upsert([
			{ taxIdNumber: '111-22-3333', emailAddress: email, firstName: 'Pat', lastName: 'Family' },
			{ taxIdNumber: '444-55-6666', emailAddress: email, firstName: 'Kim', lastName: 'Family' },
		], 'duplicateCheck');
		expect(result.json.map((json) => syncOf(json).action)).toEqual(['created', 'created']);
		const [pat, kim] = result.json.map((json) => talents().get(Number(json.id))!);
		expect(pat).toMatchObject({ firstName: 'Pat', taxIdNumber: '111223333' });
		expect(kim).toMatchObject({ firstName: 'Kim', taxIdNumber: '444556666' });
		expect(talents().size).toBe(TALENTS + 2);
	});

	it.each([400, 409])('a refusal (%d) without a talent is looked up by SSN: the SSN\'s talent is updated', async (duplicateStatus) => {
		sandbox().configure({ duplicates: { duplicates: 'error', duplicateStatus } });
		const [x] = twoTalents();
		talents().get(x)!.taxIdNumber = '123456789';
		const result = await upsert([{ taxIdNumber: '123-45-6789', emailAddress: 'moved.address@example.test', firstName: 'Sam', lastName: 'Person' }], 'duplicateCheck');
		expect(outcomes(result)).toEqual([`updated:${x}`]);
		expect(talents().get(x)).toMatchObject({ firstName: 'Sam', emailAddress: 'moved.address@example.test' });
		expect(talents().size).toBe(TALENTS);
	});

	it('a refusal without a talent whose SSN and email point to two talents fails the item and changes nothing', async () => {
		sandbox().configure({ duplicates: { duplicates: 'error', duplicateStatus: 400 } });
		const [x, y] = twoTalents();
		talents().get(x)!.taxIdNumber = '123456789';
		const before = [{ ...talents().get(x)! }, { ...talents().get(y)! }];
		const result = await upsert([{ taxIdNumber: '123-45-6789', emailAddress: String(talents().get(y)!.emailAddress), firstName: 'Sam', lastName: 'Person' }], 'duplicateCheck');
		expect(result.json[0].error).toBe('Avionté refused to create the talent of item 0 as a duplicate, but which talent it matched is ambiguous');
		expect(result.json[0].description).toContain(`its SSN belongs to talent ${x} and its email to talent ${y}`);
		expect(result.json[0].description).toContain('Nothing was changed for this item. Find the right talent in Avionté and match this item on Talent ID');
		expect(String(result.json[0].description)).not.toMatch(/123.?45.?6789/);
		expect(puts()).toHaveLength(0);
		expect([talents().get(x), talents().get(y)]).toEqual(before);
	});
});

describe('a refusal that names a talent', () => {
	it('whose named talent is another person is not trusted: the item goes to the talent with its email', async () => {
		const [unrelated, own] = twoTalents();
		const before = { ...talents().get(unrelated)! };
		const email = String(talents().get(own)!.emailAddress);
		refuseNextCreate({ message: `Duplicate talent found. Reference ID ${unrelated}` });
		const result = await upsert([{ emailAddress: email, firstName: 'Renamed', lastName: 'Person' }], 'duplicateCheck');
		expect(outcomes(result)).toEqual([`updated:${own}`]);
		expect(talents().get(own)).toMatchObject({ firstName: 'Renamed', emailAddress: email });
		expect(talents().get(unrelated)).toEqual(before);
	});

	it('whose named talent is another person and no talent has the item\'s key fails the item and changes nothing', async () => {
		const [unrelated] = twoTalents();
		const before = { ...talents().get(unrelated)! };
		refuseNextCreate({ message: `Duplicate talent (Request ID: ${unrelated})` }, 409);
		const result = await upsert([{ emailAddress: 'nobody.yet@example.test', firstName: 'No', lastName: 'Body' }], 'duplicateCheck');
		expect(result.json[0].error).toBe('Avionté refused to create the talent of item 0: it says the person exists already, but not which talent');
		expect(puts()).toHaveLength(0);
		expect(talents().get(unrelated)).toEqual(before);
	});

	it('reads the talent from the answer\'s talentId before any number in its text', async () => {
		const [unrelated, own] = twoTalents();
		const before = { ...talents().get(unrelated)! };
		const email = String(talents().get(own)!.emailAddress);
		refuseNextCreate({ message: `Duplicate talent. Request ID ${unrelated}`, talentId: own }, 409);
		const result = await upsert([{ emailAddress: email, firstName: 'Renamed', lastName: 'Person' }], 'duplicateCheck');
		expect(outcomes(result)).toEqual([`updated:${own}`]);
		expect(talents().get(unrelated)).toEqual(before);
		expect(apiCalls().some((e) => e.method === 'GET' && e.path.endsWith(`/talent/${unrelated}`))).toBe(false);
		expect(listed()).toBe(false);
	});
});

describe('a create answered 200 (as an existing talent is)', () => {
	const newPerson = { emailAddress: 'brand.new@example.test', firstName: 'Brand', lastName: 'New', mobilePhone: '555-0404' };

	it.each(['none', 'existing'])('with the duplicate answer "%s", a new person is reported created, an existing one not', async (duplicates) => {
		sandbox().configure({ duplicates: { duplicates, createdStatus: 200 } });
		const [existingId] = twoTalents();
		const existing = talents().get(existingId)!;
		const rows: TalentRow[] = [newPerson];
		if (duplicates === 'existing') rows.push({ emailAddress: String(existing.emailAddress), firstName: String(existing.firstName), lastName: String(existing.lastName), middleName: 'Changed' });
		const result = await upsert(rows, 'duplicateCheck');
		expect(syncOf(result.json[0])).toMatchObject({ action: 'created', matchedOn: null });
		expect(syncOf(result.json[0]).note).toBeUndefined();
		expect(talents().get(Number(result.json[0].id))).toMatchObject({ firstName: 'Brand', mobilePhone: '555-0404' });
		if (duplicates === 'existing') expect(outcomes(result)[1]).toBe(`updated:${existingId}`);
		expect(talents().size).toBe(TALENTS + 1);
	});

	it('Match On Talent ID: an item without an ID is reported created', async () => {
		sandbox().configure({ duplicates: { duplicates: 'existing', createdStatus: 200 } });
		const result = await upsert([newPerson], 'talentId');
		expect(syncOf(result.json[0])).toMatchObject({ action: 'created', matchedOn: null });
	});

	it('says so in _sync when the talent does not show whether it is new', async () => {
		// Avionté writes its times without a zone: a new talent stamped hours "earlier" cannot be told from one made earlier today.
		sandbox().configure({ duplicates: { duplicates: 'existing', createdStatus: 200 }, avionteTimes: { frozenAt: Date.now() - 5 * 3600_000 } });
		const result = await upsert([newPerson], 'duplicateCheck');
		expect(syncOf(result.json[0]).note).toMatch(/^Avionté's answer does not show whether this talent was just created or existed already/);
		expect(talents().size).toBe(TALENTS + 1);
	});
});
