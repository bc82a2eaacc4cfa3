/**
 * The New Record Trigger's "New Records" mode remembers its high-water mark for one resource: a
 * trigger switched to another resource, or back from "New or Updated Records", neither misses new
 * records nor replays old ones; state saved before it named its resource keeps resuming.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { newRecordsStart, saveNewRecordsState } from '../../nodes/Avionte/helpers/newRecordsState';
import { setRunRatePerSecond } from '../../nodes/shared/throttle';
import { avionteCredentials } from '../harness/sandbox';
import { pollContext } from '../harness/triggers';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new AvionteNewRecordTrigger();

const { sandbox, store } = sandboxForEachTest({ talentCount: 250, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

type Records = Map<number, IDataObject>;
const records = (plural: 'talents' | 'companies') => (sandbox().data.avionte as unknown as Record<string, Records>)[plural];
const highestId = (plural: 'talents' | 'companies') => Math.max(...records(plural).keys());

/** One trigger's saved state, polled with whatever parameters the user has set at the time. */
function trigger(staticData: IDataObject = {}) {
	const poll = async (parameters: IDataObject, mode: 'trigger' | 'manual' = 'trigger'): Promise<number[] | null> => {
		const context = pollContext({ node, parameters, store: store(), staticData, mode });
		setRunRatePerSecond(context, 0);
		const result = (await node.poll.call(context as never)) as INodeExecutionData[][] | null;
		return result ? result[0].map((item) => Number(item.json.id)) : null;
	};
	return { poll, staticData };
}

const newTalents = { resource: 'talent', watchFor: 'newRecords' };
const newCompanies = { resource: 'company', watchFor: 'newRecords' };
const changedTalents = { resource: 'talent', watchFor: 'newOrUpdatedRecords' };

describe('Avionté New Record Trigger: New Records for the resource it is set to', () => {
	it('switched from Company to Talent, it starts afresh for talents and then reports new talents (ids below the company mark)', async () => {
		const watcher = trigger();
		expect(await watcher.poll(newCompanies)).toBeNull();
		expect(watcher.staticData).toMatchObject({ resource: 'company', highWaterMark: highestId('companies') });
		// Talent ids (1000xx) lie below every company id (7000xx).
		expect(await watcher.poll(newTalents)).toBeNull(); // notes where talents stand
		expect(watcher.staticData).toMatchObject({ resource: 'talent', highWaterMark: highestId('talents') });
		const added = sandbox().createAvionte('talents', { id: highestId('talents') + 3, firstName: 'New', lastName: 'Talent' });
		expect(await watcher.poll(newTalents)).toEqual([added.id]);
		expect(await watcher.poll(newTalents)).toBeNull();
	});

	it('switched from Talent to Company, it does not report every existing company as new', async () => {
		const watcher = trigger();
		expect(await watcher.poll(newTalents)).toBeNull();
		const added = sandbox().createAvionte('talents', { id: highestId('talents') + 3, firstName: 'New', lastName: 'Talent' });
		expect(await watcher.poll(newTalents)).toEqual([added.id]);
		expect(await watcher.poll(newCompanies)).toBeNull();
		const company = sandbox().createAvionte('companies', { id: highestId('companies') + 1, name: 'Fresh Co' });
		expect(await watcher.poll(newCompanies)).toEqual([company.id]);
		// And back to Talent: the talents of before are not new again.
		expect(await watcher.poll(newTalents)).toBeNull();
		expect(await watcher.poll(newTalents)).toBeNull();
	});

	it('a manual test on another resource shows its newest record and changes nothing saved', async () => {
		const watcher = trigger();
		await watcher.poll(newTalents);
		const saved = JSON.stringify(watcher.staticData);
		expect(await watcher.poll(newCompanies, 'manual')).toEqual([highestId('companies')]);
		expect(JSON.stringify(watcher.staticData)).toBe(saved);
	});

	it('state saved before it named its resource keeps resuming for the resource the trigger is set to', async () => {
		const mark = highestId('talents');
		const watcher = trigger({ highWaterMark: mark, resumePage: 1, resumePageSize: 100 });
		const added = sandbox().createAvionte('talents', { id: mark + 3, firstName: 'New', lastName: 'Talent' });
		sandbox().clearLedger();
		expect(await watcher.poll(newTalents)).toEqual([added.id]);
		expect(sandbox().ledger.find((entry) => entry.path.includes('/talents/ids/'))!.path).toMatch(/\/ids\/1\/100$/);
		expect(watcher.staticData).toMatchObject({ resource: 'talent', highWaterMark: added.id });
		expect(await watcher.poll(newTalents)).toBeNull();
	});

	it('switched back from New or Updated Records, it reports what was created since that mode last polled, nothing it already reported', async () => {
		const watcher = trigger();
		expect(await watcher.poll(newTalents)).toBeNull();
		expect(await watcher.poll(changedTalents)).toBeNull(); // the other mode notes where things stand
		const during = sandbox().createAvionte('talents', { id: highestId('talents') + 3, firstName: 'Created', lastName: 'Meanwhile' });
		expect(await watcher.poll(changedTalents)).toEqual([during.id]);
		const after = sandbox().createAvionte('talents', { id: highestId('talents') + 3, firstName: 'Created', lastName: 'After' });
		expect(await watcher.poll(newTalents)).toEqual([after.id]);
		expect(watcher.staticData.changes).toBeUndefined();
		expect(await watcher.poll(newTalents)).toBeNull();
		// New or Updated Records again: a fresh start (its first poll notes where things stand).
		expect(await watcher.poll(changedTalents)).toBeNull();
	});

	it('switched back from New or Updated Records on another resource, it starts afresh', async () => {
		const watcher = trigger();
		expect(await watcher.poll(newTalents)).toBeNull();
		expect(await watcher.poll({ resource: 'company', watchFor: 'newOrUpdatedRecords' })).toBeNull();
		sandbox().createAvionte('talents', { id: highestId('talents') + 3, firstName: 'Created', lastName: 'Meanwhile' });
		expect(await watcher.poll(newTalents)).toBeNull();
		expect(watcher.staticData).toMatchObject({ resource: 'talent', highWaterMark: highestId('talents') });
		const after = sandbox().createAvionte('talents', { id: highestId('talents') + 3, firstName: 'Created', lastName: 'After' });
		expect(await watcher.poll(newTalents)).toEqual([after.id]);
	});
});

describe('where a New Records poll starts', () => {
	const now = Date.UTC(2026, 11, 4, 12);
	const changes = (resource: string, highestId?: number) => ({ resource, latest: now - 60_000, floor: now - 700_000, since: now - 800_000, reported: {}, ...(highestId === undefined ? {} : { highestId }) });

	it('state for this resource, or saved before states named one: where it ended (page size 100 when none was saved)', () => {
		expect(newRecordsStart({ resource: 'talent', highWaterMark: 100230, resumePage: 2, resumePageSize: 500 }, 'talent', 100, now)).toEqual({ highWaterMark: 100230, resume: { page: 2, pageSize: 500 } });
		expect(newRecordsStart({ highWaterMark: 100230, resumePage: 2 }, 'company', 100, now)).toEqual({ highWaterMark: 100230, resume: { page: 2, pageSize: 100 } });
		expect(newRecordsStart({ highWaterMark: 100230 }, 'talent', 100, now)).toEqual({ highWaterMark: 100230 });
	});

	it('state for another resource, or none: afresh', () => {
		expect(newRecordsStart({ resource: 'talent', highWaterMark: 100230, resumePage: 2 }, 'company', 100, now)).toEqual({});
		expect(newRecordsStart({}, 'talent', 100, now)).toEqual({ highWaterMark: undefined, resume: undefined });
	});

	it('after New or Updated Records: from the highest id it read for this resource, else afresh', () => {
		const saved = { resource: 'talent', highWaterMark: 100230, resumePage: 2 };
		expect(newRecordsStart({ ...saved, changes: changes('talent', 100999) }, 'talent', 100, now)).toEqual({ highWaterMark: 100999 });
		expect(newRecordsStart({ ...saved, changes: changes('company', 700040) }, 'talent', 100, now)).toEqual({});
		expect(newRecordsStart({ ...saved, changes: changes('talent') }, 'talent', 100, now)).toEqual({});
	});

	it('saving names the resource, keeps the resume page only when there is one, and drops the other mode\'s state', () => {
		const staticData: IDataObject = { highWaterMark: 1, resumePage: 4, resumePageSize: 100, changes: changes('talent', 5) };
		saveNewRecordsState(staticData, 'company', 700040, undefined);
		expect(staticData).toEqual({ resource: 'company', highWaterMark: 700040 });
		saveNewRecordsState(staticData, 'company', 700041, { page: 0, pageSize: 500 });
		expect(staticData).toEqual({ resource: 'company', highWaterMark: 700041, resumePage: 0, resumePageSize: 500 });
	});
});
