/** The placement picker names each placement's talent and job, so users pick by name. */
import type { INodeListSearchResult } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { placementLabel } from '../../nodes/Avionte/helpers/placementLabels';
import { searchPlacements } from '../../nodes/Avionte/methods/listSearch';
import { createLoadOptionsContext } from '../harness/context';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const { sandbox, store } = sandboxForEachTest({ talentCount: 20, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

const search = async (filter?: string) =>
	(await searchPlacements.call(createLoadOptionsContext(store(), new Avionte(), { resource: 'placement', operation: 'get' }) as never, filter)) as INodeListSearchResult;

describe('placement picker', () => {
	it('labels a placement with its talent, its job and when it runs', () => {
		const placement = { id: 900001, talentId: 100001, jobId: 300001, startDate: '2024-05-01T00:00:00', endDate: null };
		expect(placementLabel(placement, 'Ada Lovelace', 'Forklift Operator at Lovelace Industries')).toBe('Ada Lovelace · Forklift Operator at Lovelace Industries · from 2024-05-01 · 900001');
		expect(placementLabel({ ...placement, endDate: '2024-08-31T00:00:00' }, undefined, undefined)).toBe('talent 100001 · job 300001 · 2024-05-01 to 2024-08-31 · 900001');
	});

	it('names talents and jobs from the sandbox, with two extra calls per page', async () => {
		const { results } = await search();
		const [first] = results;
		const placement = sandbox().data.avionte.placements.get(Number(first.value))!;
		const talent = sandbox().data.avionte.talents.get(Number(placement.talentId))!;
		const job = sandbox().data.avionte.jobs.get(Number(placement.jobId))!;
		expect(first.name).toBe(`${String(talent.firstName)} ${String(talent.lastName)} · ${String(job.title)} at ${String(job.companyName)} · from 2024-05-01 · ${first.value}`);
		const multiQueries = sandbox().ledger.filter((e) => e.path.endsWith('/multi-query')).map((e) => e.path.replace(/.*\/front-office\/v1/, ''));
		expect(multiQueries).toEqual(['/placements/multi-query', '/talents/multi-query', '/jobs/multi-query']);
	});

	it("finds a placement by its talent's name", async () => {
		const { results } = await search();
		const talentName = results[0].name.split(' · ')[0];
		const found = await search(talentName.toLowerCase());
		expect(found.results.map((r) => r.value)).toContain(results[0].value);
		expect(found.results.every((r) => r.name.toLowerCase().includes(talentName.toLowerCase()))).toBe(true);
	});

	it('lists placements by their IDs when the names cannot be read', async () => {
		// Enough refusals to outlast the retries of the read.
		sandbox().script(...Array.from({ length: 8 }, () => ({ status: 500, method: 'POST', pathPattern: '/talents/multi-query' })));
		const { results } = await search();
		expect(results.length).toBeGreaterThan(0);
		expect(results[0].name).toMatch(/^talent \d+ · /);
	});
});
