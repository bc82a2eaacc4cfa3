/**
 * Create or Update (node version 2) leaves one talent per person however often the same input runs,
 * whatever Avionté answers to a create that meets an existing person: every sandbox duplicate switch
 * (no check, the existing talent with 200, a refusal naming it, a refusal without it), with new
 * talents answered 201 or 200, against each Match On, twice in a row, with the same person twice in
 * one input (written once, with the later item's values, so the second run writes nothing).
 */
import type { IDataObject } from 'n8n-workflow';

import type { RunResult } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import type { TalentRow } from './talentSyncRun';
import { runTalentSync } from './talentSyncRun';

const TALENTS = 40;
/** A talent of the seed data (first Alan, last Lovelace) the input updates. */
const EXISTING_ID = 100007;

const { sandbox, store } = sandboxForEachTest({ talentCount: TALENTS, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

function people(): TalentRow[] {
	const existing = sandbox().data.avionte.talents.get(EXISTING_ID)!;
	return [
		{ emailAddress: 'maria.garcia@example.test', firstName: 'Maria', lastName: 'Garcia', mobilePhone: '555-0101', middleName: 'A' },
		{ emailAddress: 'li.wei@example.test', firstName: 'Li', lastName: 'Wei', mobilePhone: '555-0102' },
		{ emailAddress: String(existing.emailAddress), firstName: String(existing.firstName), lastName: String(existing.lastName), mobilePhone: '555-7777' },
		{ emailAddress: 'ola.nordmann@example.test', firstName: 'Ola', lastName: 'Nordmann', mobilePhone: '555-0103' },
		// The first person again, written differently: the same talent, not a second one.
		{ emailAddress: '  Maria.Garcia@Example.TEST ', firstName: 'Maria', lastName: 'Garcia', mobilePhone: '555-0101', middleName: 'B' },
	];
}

const emailsOf = (rows: TalentRow[]) => [...new Set(rows.map((row) => String(row.emailAddress).trim().toLowerCase()))];
const talentsWithEmail = (email: string) => [...sandbox().data.avionte.talents.values()].filter((t) => String(t.emailAddress ?? '').trim().toLowerCase() === email);
const apiCalls = () => sandbox().ledger.filter((e) => e.path.startsWith('/avionte/front-office'));
const writes = () => apiCalls().filter((e) => e.method === 'POST' && /\/talent$/.test(e.path) || e.method === 'PUT');
const actions = (result: RunResult) => result.json.map((json) => (json._sync as IDataObject | undefined)?.action ?? `error: ${String(json.error)}`);

function upsert(rows: TalentRow[], matchOn: string, options: IDataObject = {}) {
	return runTalentSync(store(), rows, { operation: 'upsert', matchOn, options });
}

function expectOneTalentPerEmail(rows: TalentRow[]) {
	for (const email of emailsOf(rows)) expect(talentsWithEmail(email)).toHaveLength(1);
}

/** Every duplicate answer; refusals as 400 and as 409; a new talent answered 201, or 200 as an existing one is. */
const ANSWERS: Array<[string, number, number]> = [
	['none', 400, 201],
	['none', 400, 200],
	['existing', 400, 201],
	['existing', 400, 200],
	['error-with-id', 400, 201],
	['error-with-id', 409, 201],
	['error-with-id', 409, 200],
	['error', 400, 201],
	['error', 409, 201],
	['error', 400, 200],
];

describe.each(ANSWERS)('Avionté answering a duplicate create with "%s" (refusals as %d, new talents with %d)', (answer, duplicateStatus, createdStatus) => {
	beforeEach(() => sandbox().configure({ duplicates: { duplicates: answer, duplicateStatus, createdStatus } }));

	it('Match On Email: one talent per email after two runs; the second run creates nothing', async () => {
		const rows = people();
		const first = await upsert(rows, 'email');
		expect(actions(first)).toEqual(['created', 'created', 'updated', 'created', 'unchanged']);
		expect(first.json[4].id).toBe(first.json[0].id);
		expectOneTalentPerEmail(rows);
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS + 3);
		expect(talentsWithEmail('maria.garcia@example.test')[0]).toMatchObject({ middleName: 'B' });
		expect(sandbox().data.avionte.talents.get(EXISTING_ID)).toMatchObject({ mobilePhone: '555-7777' });

		sandbox().clearLedger();
		const second = await upsert(rows, 'email');
		// Maria, listed twice, was written once with her later values: nothing is left to change.
		expect(actions(second)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
		expect(writes()).toHaveLength(0);
		expectOneTalentPerEmail(rows);
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS + 3);
	});

	it('Match On Talent ID: items with a stored ID update it, items without create once', async () => {
		const rows = people().map((row, i) => (i === 2 ? { ...row, id: EXISTING_ID } : row));
		const first = await upsert(rows, 'talentId');
		expect(actions(first)).toEqual(['created', 'created', 'updated', 'created', 'unchanged']);
		expectOneTalentPerEmail(rows);
		// The IDs a workflow would store from the first run's output.
		const ids = first.json.map((json) => Number(json.id));
		const again = rows.map((row, i) => ({ ...row, id: ids[i] }));
		const second = await upsert(again, 'talentId');
		expect(actions(second)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
		expectOneTalentPerEmail(rows);
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS + 3);
	});
});

describe.each(ANSWERS.filter(([answer]) => answer !== 'none'))("Match On Avionté's duplicate check, Avionté answering \"%s\" (refusals as %d, new talents with %d)", (answer, duplicateStatus, createdStatus) => {
	beforeEach(() => sandbox().configure({ duplicates: { duplicates: answer, duplicateStatus, createdStatus } }));

	it('one talent per email after two runs, without reading the talent list when Avionté names the talent', async () => {
		const rows = people();
		const first = await upsert(rows, 'duplicateCheck');
		expect(actions(first)).toEqual(['created', 'created', 'updated', 'created', 'unchanged']);
		expectOneTalentPerEmail(rows);
		sandbox().clearLedger();
		const second = await upsert(rows, 'duplicateCheck');
		expect(actions(second).every((action) => action === 'updated' || action === 'unchanged')).toBe(true);
		expectOneTalentPerEmail(rows);
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS + 3);
		const listed = apiCalls().some((e) => e.path.includes('/talents/ids/'));
		// Only a refusal that names no talent sends the node looking, once.
		expect(listed).toBe(answer === 'error');
		expect(apiCalls().filter((e) => e.path.endsWith('/talents/multi-query'))).toHaveLength(answer === 'error' ? 1 : 0);
	});
});

describe("Match On Avionté's duplicate check where Avionté checks nothing", () => {
	it('the same person twice in one input is still one talent; a second run creates everyone again (why Email is the default)', async () => {
		const rows = people().filter((_, i) => i !== 2);
		const first = await upsert(rows, 'duplicateCheck');
		expect(actions(first)).toEqual(['created', 'created', 'created', 'unchanged']);
		expectOneTalentPerEmail(rows);
		await upsert(rows, 'duplicateCheck');
		expect(talentsWithEmail('maria.garcia@example.test')).toHaveLength(2);
	});
});

describe('what Avionté knows under another email (its older duplicate rule: same name and mobile phone)', () => {
	const moved = () => {
		const existing = sandbox().data.avionte.talents.get(EXISTING_ID)!;
		return [{ emailAddress: 'alan.new-address@example.test', firstName: String(existing.firstName), lastName: String(existing.lastName), mobilePhone: String(existing.mobilePhone) }];
	};

	it.each([
		['existing', 'updated'],
		['error-with-id', 'updated'],
	])('answered with "%s": Match On Email updates that talent (its email changes) and creates none', async (answer, action) => {
		sandbox().configure({ duplicates: { duplicates: answer, duplicateRules: 'older' } });
		const result = await upsert(moved(), 'email');
		expect(actions(result)).toEqual([action]);
		expect(result.json[0]).toMatchObject({ id: EXISTING_ID, emailAddress: 'alan.new-address@example.test', _sync: { matchedOn: 'duplicateCheck', changedFields: ['emailAddress'], id: EXISTING_ID } });
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS);
	});

	it('answered without naming the talent: the item is reported, nothing is created or changed', async () => {
		sandbox().configure({ duplicates: { duplicates: 'error', duplicateRules: 'older', duplicateStatus: 409 } });
		const before = { ...sandbox().data.avionte.talents.get(EXISTING_ID)! };
		const result = await upsert(moved(), 'email');
		expect(result.json[0].error).toBe('Avionté refused to create the talent of item 0: it says the person exists already, but not which talent');
		expect(result.json[0].description).toMatch(/^Avionté API error 409: Duplicate talent: .+ Find the talent in Avionté and match this item on Talent ID\.$/);
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS);
		expect(sandbox().data.avionte.talents.get(EXISTING_ID)).toEqual(before);
	});
});

describe('matching on email', () => {
	it('reads the talent list once per execution however many items, in parallel items included', async () => {
		const rows: TalentRow[] = Array.from({ length: 30 }, (_, i) => ({ emailAddress: `batch${i}@example.test`, firstName: 'Batch', lastName: `Person ${i}`, mobilePhone: `555-1${String(i).padStart(3, '0')}` }));
		const result = await upsert(rows, 'email', { maxConcurrency: 5 });
		expect(new Set(actions(result))).toEqual(new Set(['created']));
		const idsPages = apiCalls().filter((e) => e.path.includes('/talents/ids/')).map((e) => e.path.replace(/.*\/ids\//, ''));
		expect(new Set(idsPages).size).toBe(idsPages.length);
		expect(apiCalls().filter((e) => e.path.endsWith('/talents/multi-query'))).toHaveLength(1);
		expect(writes()).toHaveLength(30);
	});

	it('two items of one person arriving together make one talent, whatever the concurrency', async () => {
		const rows: TalentRow[] = [
			{ emailAddress: 'twin@example.test', firstName: 'Twin', lastName: 'One', mobilePhone: '555-0301' },
			{ emailAddress: 'TWIN@example.test', firstName: 'Twin', lastName: 'Two', mobilePhone: '555-0301' },
			{ emailAddress: 'twin@example.test ', firstName: 'Twin', lastName: 'Two', mobilePhone: '555-0301' },
		];
		const result = await upsert(rows, 'email', { maxConcurrency: 10 });
		expect(actions(result)).toEqual(['created', 'unchanged', 'unchanged']);
		expect(talentsWithEmail('twin@example.test')).toEqual([expect.objectContaining({ lastName: 'Two' })]);
		expect(new Set(result.json.map((json) => json.id)).size).toBe(1);
	});

	it('compares emails trimmed and ignoring case, and sends no write for an unchanged talent', async () => {
		const existing = sandbox().data.avionte.talents.get(EXISTING_ID)!;
		const row = { emailAddress: `  ${String(existing.emailAddress).toUpperCase()} `, firstName: String(existing.firstName), lastName: String(existing.lastName), mobilePhone: String(existing.mobilePhone) };
		const result = await upsert([row], 'email');
		expect(result.json[0]).toMatchObject({ id: EXISTING_ID, _sync: { action: 'unchanged', changedFields: [], matchedOn: 'email', id: EXISTING_ID } });
		expect(writes()).toHaveLength(0);
		expect(apiCalls().filter((e) => /\/talent\/\d+$/.test(e.path))).toHaveLength(0);
	});

	it('refuses to guess when two talents already share the email', async () => {
		const existing = sandbox().data.avionte.talents.get(EXISTING_ID)!;
		sandbox().data.avionte.talents.set(999001, { ...existing, id: 999001 });
		const result = await upsert([{ emailAddress: String(existing.emailAddress), firstName: 'X', lastName: 'Y' }], 'email');
		expect(result.json[0].error).toBe(`The email "${String(existing.emailAddress)}" of item 0 matches 2 talents in Avionté (${EXISTING_ID}, 999001)`);
		expect(writes()).toHaveLength(0);
	});
});

describe('Dry Run', () => {
	it('reports exactly what the real run then does, and sends no write', async () => {
		const rows = people();
		const planned = await upsert(rows, 'email', { dryRun: true });
		expect(writes()).toHaveLength(0);
		expect(sandbox().data.avionte.talents.size).toBe(TALENTS);
		const done = await upsert(rows, 'email');
		// The plan says "would": wouldCreate and wouldUpdate where the run then created and updated.
		const wouldToDone = { wouldCreate: 'created', wouldUpdate: 'updated', unchanged: 'unchanged' } as Record<string, string>;
		const summary = (result: RunResult, tense: (action: string) => string) => result.json.map((json) => ({ action: tense(String((json._sync as IDataObject).action)), changedFields: (json._sync as IDataObject).changedFields, matchedOn: (json._sync as IDataObject).matchedOn }));
		expect(actions(planned)).toEqual(['wouldCreate', 'wouldCreate', 'wouldUpdate', 'wouldCreate', 'unchanged']);
		expect(summary(planned, (action) => wouldToDone[action])).toEqual(summary(done, (action) => action));
		expect(planned.json[0]).toMatchObject({ id: null, emailAddress: 'maria.garcia@example.test', _sync: { id: null } });
		expect(planned.json[2]).toMatchObject({ id: EXISTING_ID, mobilePhone: '555-7777' });
	});

	it("predicts Avionté's duplicate check from its documented rules, and sends no write", async () => {
		const rows = people();
		const planned = await upsert(rows, 'duplicateCheck', { dryRun: true });
		expect(actions(planned)).toEqual(['wouldCreate', 'wouldCreate', 'wouldUpdate', 'wouldCreate', 'unchanged']);
		expect(writes()).toHaveLength(0);
	});
});
