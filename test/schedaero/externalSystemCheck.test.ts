/**
 * Create or Update matched on External ID with a wrong External System (a typo, or the ID from the
 * other environment): nothing is written, in a real run or a Dry Run; where Schedaero does not let the
 * system be read, a contact created but not linked is named, and a re-run does not duplicate it.
 * The External System field lists the account's systems.
 */
import type { IDataObject } from 'n8n-workflow';

import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { getExternalSystems } from '../../nodes/Schedaero/methods/loadOptions';
import { createExecuteContext, runNode } from '../harness/context';
import { schedaeroCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';
import { failureOf } from '../harness/failures';

const node = new Schedaero();
const { sandbox, store } = sandboxForEachTest({ credentials: (running) => ({ schedaeroApi: schedaeroCredentials(running) }) });

const run = (parameters: IDataObject | ((itemIndex: number) => IDataObject), items?: IDataObject[], extra: { continueOnFail?: boolean } = {}) =>
	runNode({ node, store: store(), typeVersion: 2, parameters, items, ...extra });
const writes = () => sandbox().ledger.filter((e) => ['POST', 'PUT', 'PATCH'].includes(e.method));
const systemReads = (id: string) => sandbox().ledger.filter((e) => e.method === 'GET' && e.path === `/schedaero/api/externalsystems/${id}`);
const people = () => [...sandbox().data.schedaero.people.values()];
const editor = (parameters: IDataObject = {}) => createExecuteContext({ node, store: store(), parameters, typeVersion: 2 }).context;

async function externalSystem(name = 'Our CRM'): Promise<string> {
	return String((await run({ resource: 'externalSystem', operation: 'create', name })).json[0].id);
}

function upsert(systemId: string, columns: IDataObject, options: IDataObject = {}) {
	return { resource: 'contact', operation: 'upsert', contactType: 'people', matchOn: 'externalId', externalSystemId: systemId, externalId: 'CRM-000123', columns: { mappingMode: 'defineBelow', value: columns }, options };
}

const maya = { firstName: 'Maya', lastName: 'Lind' };

describe('Create or Update on External ID checks the External System before writing', () => {
	it.each([[false], [true]])('an unknown External System fails the item, names field and item, and writes nothing (Dry Run %p)', async (dryRun) => {
		await externalSystem();
		const before = people().length;
		sandbox().clearLedger();
		const error = await failureOf(run(upsert('my-crm', maya, { dryRun })));
		expect(error.message).toBe('"External System Name or ID" of item 0 is "my-crm", which is not an external system of this Schedaero account');
		expect(error.description).toContain('External System → Create');
		expect(error.description).toContain('Nothing was created or changed');
		expect(writes()).toEqual([]);
		expect(people().length).toBe(before);
	});

	it('reads each External System once per run, however many items', async () => {
		const systemId = await externalSystem();
		sandbox().clearLedger();
		const rows = ['CRM-1', 'CRM-2', 'CRM-3'].map((crmId, i) => ({ crmId, firstName: `Pat${i}`, lastName: 'Lee' }));
		const result = await run((i) => ({ ...upsert(systemId, { firstName: rows[i].firstName, lastName: rows[i].lastName }), externalId: rows[i].crmId }), rows);
		expect(result.json.map((item) => (item._sync as IDataObject).action)).toEqual(['created', 'created', 'created']);
		expect(systemReads(systemId)).toHaveLength(1);

		sandbox().clearLedger();
		const failed = await run(() => upsert('my-crm', maya), [{}, {}, {}], { continueOnFail: true });
		expect(failed.json.map((item) => item.error)).toEqual([0, 1, 2].map((i) => `"External System Name or ID" of item ${i} is "my-crm", which is not an external system of this Schedaero account`));
		expect(systemReads('my-crm')).toHaveLength(1);
		expect(writes()).toEqual([]);
	});

	it('where Schedaero does not let the system be read, a right ID still creates and links', async () => {
		sandbox().configure({ schedaero: { externalSystemRead: 'none' } });
		const systemId = await externalSystem();
		const result = await run(upsert(systemId, maya));
		expect(result.json[0]._sync).toMatchObject({ action: 'created' });
		const created = sandbox().data.schedaero.people.get(String((result.json[0]._sync as IDataObject).id));
		expect(created?.externalIdentities).toEqual([{ externalSystemId: systemId, identifier: 'CRM-000123' }]);
	});

	it('a contact created but not linked is named; with an Email mapped a re-run finds it and creates no second one', async () => {
		sandbox().configure({ schedaero: { externalSystemRead: 'none' } });
		const before = people().length;
		const columns = { ...maya, email: 'maya@example.test' };
		const first = await failureOf(run(upsert('my-crm', columns)));
		const created = people().at(-1)!;
		expect(people().length).toBe(before + 1);
		expect(first.message).toBe(`Contact ${String(created.id)} of item 0 was created but could not be linked to "CRM-000123"`);
		expect(first.description).toContain('External system not found');
		expect(first.description).toContain('Running again finds it by its Email "maya@example.test"');

		const second = await failureOf(run(upsert('my-crm', columns)));
		expect(people().length).toBe(before + 1);
		expect(second.message).toBe(`Contact ${String(created.id)} of item 0 was found but could not be linked to "CRM-000123"`);
		expect(second.description).toContain("it does not create another contact");
	});

	it('without an Email mapped, the error says a re-run would create another contact and how to avoid it', async () => {
		sandbox().configure({ schedaero: { externalSystemRead: 'none' } });
		const error = await failureOf(run(upsert('my-crm', maya)));
		const created = people().at(-1)!;
		expect(error.message).toBe(`Contact ${String(created.id)} of item 0 was created but could not be linked to "CRM-000123"`);
		expect(error.description).toContain(`No Email is mapped, so running again would create another contact: link ${String(created.id)} with Contact → Set External Identity`);
	});
});

describe('External System field', () => {
	it('is a list of the account systems by name that keeps a saved ID (text) or an expression', async () => {
		const property = node.description.properties.find((p) => p.name === 'externalSystemId' && p.displayOptions?.show?.operation?.includes('upsert'))!;
		expect(property).toMatchObject({ type: 'options', typeOptions: { loadOptionsMethod: 'getExternalSystems' }, default: '' });
		expect(property.hint).toContain('External System → Create');
		const crm = await externalSystem('Our CRM');
		const erp = await externalSystem('ERP');
		expect(await getExternalSystems.call(editor() as never)).toEqual([
			{ name: 'ERP', value: erp },
			{ name: 'Our CRM', value: crm },
		]);
	});

	it('where Schedaero does not list systems, the list says to enter the ID as an expression', async () => {
		sandbox().configure({ schedaero: { externalSystemList: 'none' } });
		const error = await failureOf(getExternalSystems.call(editor() as never));
		expect(error.message).toBe('Schedaero does not list external systems for this account');
		expect(error.description).toContain('External System → Create');
	});
});
