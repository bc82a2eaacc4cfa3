/**
 * No Avionté dropdown of version 2 reads a list from the account as the form opens. n8n's editor loads a
 * dropdown (an `options` field with a load method) when the form opens; in a new workflow that is
 * before it has assigned the credential, and the reload it starts once the credential is set is
 * dropped while the first load is still on its way ("Error fetching options" until Refresh List).
 * Pickers whose list is read when the user opens it (resource locators) have no such race. (The talent
 * field mapper is loaded as the form opens too and then falls back to the documented fields, which is
 * why Status, a list of the tenant's, is a picker of its own above it.)
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { searchContactActivityTypes, searchTalentActivityTypes, searchTalentStatuses } from '../../nodes/Avionte/methods/listSearch';
import { createLoadOptionsContext, runNode } from '../harness/context';
import { operationsOf, shownParameters } from '../harness/nodeForm';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avionte();

const operations = (): Array<[string, string]> => operationsOf(node.description).map(({ resource, operation }) => [resource, operation]);
const shownAtOpen = (version: number, resource: string, operation: string): INodeProperties[] => shownParameters(node.description, version, { resource, operation });

describe('forms open without reading a list', () => {
	it.each(operations())('%s → %s (version 2)', (resource, operation) => {
		const eager = shownAtOpen(2, resource, operation).filter((property) => property.typeOptions?.loadOptionsMethod !== undefined);
		expect(eager.map((property) => property.displayName)).toEqual([]);
	});

	it('version 1.1 keeps its dropdowns (saved workflows are unchanged)', () => {
		const status = shownAtOpen(1.1, 'talent', 'create').find((property) => property.name === 'status');
		expect(status).toMatchObject({ type: 'options', typeOptions: { loadOptionsMethod: 'getTalentStatuses' } });
		const type = shownAtOpen(1.1, 'talentActivity', 'create').find((property) => property.name === 'typeId');
		expect(type?.type).toBe('options');
	});
});

describe('the pickers that replace them', () => {
	const { sandbox, store } = sandboxForEachTest({ talentCount: 5, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });
	const context = () => createLoadOptionsContext(store(), node, { resource: 'talent', operation: 'create' }) as never;

	it('list the tenant statuses and activity types, filtered by what the user types', async () => {
		const statuses = await searchTalentStatuses.call(context());
		expect(statuses.results.map((result) => result.name)).toEqual(['Active', 'Available', 'Do Not Use', 'Placed']);
		expect((await searchTalentStatuses.call(context(), 'pla')).results).toEqual([{ name: 'Placed', value: 'Placed' }]);
		expect((await searchTalentActivityTypes.call(context())).results.length).toBeGreaterThan(0);
		expect((await searchContactActivityTypes.call(context())).results.every((result) => typeof result.value === 'number')).toBe(true);
	});

	it('Create takes the status picked from the list, or typed as a name or an ID', async () => {
		const columns = { mappingMode: 'defineBelow', value: { firstName: 'Pia', lastName: 'Picker', emailAddress: 'pia@example.test' }, matchingColumns: [], schema: [] };
		const base = { resource: 'talent', operation: 'create', columns };
		const create = async (status: IDataObject) => (await runNode({ node, store: store(), typeVersion: 2, parameters: { ...base, status } })).json[0];
		await create({ __rl: true, mode: 'list', value: 'Available', cachedResultName: 'Available' });
		await create({ __rl: true, mode: 'name', value: '3' });
		const sent = sandbox().ledger.filter((entry) => entry.method === 'POST' && entry.path.endsWith('/talent')).map((entry) => entry.body as IDataObject);
		expect(sent[0]).toMatchObject({ status: 'Available' });
		expect(sent[1]).toMatchObject({ statusId: 3 });
	});

	it('Create Activity takes the activity type picked from the list', async () => {
		const [type] = (await searchTalentActivityTypes.call(context())).results;
		await runNode({ node, store: store(), typeVersion: 2, parameters: { resource: 'talentActivity', operation: 'create', talentId: { __rl: true, mode: 'id', value: '100001' }, typeId: { __rl: true, mode: 'list', value: type.value }, notes: 'Called' } });
		const sent = sandbox().ledger.filter((entry) => entry.method === 'POST' && /\/talent\/100001\/activity$/.test(entry.path)).map((entry) => entry.body as IDataObject);
		expect(sent).toHaveLength(1);
		expect(sent[0].typeId).toBe(type.value);
	});
});
