/**
 * A status change on a record read first (Create or Update with Keep Fields Not Sent, and Update): the
 * record carries both its status name and ID, and Avionté sets the status from the ID when both are
 * sent [C: createtalent], so the one the user did not set must not be sent along.
 */
import type { IDataObject } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { withoutStaleStatus } from '../../nodes/Avionte/actions/talent/talentChanges';
import { CredentialStore, runNode } from '../harness/context';
import type { Sandbox } from '../harness/sandbox';
import { avionteCredentials, startSandbox } from '../harness/sandbox';

const node = new Avionte();
let sandbox: Sandbox;
let store: CredentialStore;
const byId = (value: number) => ({ __rl: true, mode: 'id', value: String(value) });
const TALENT_ID = 100004;

beforeAll(async () => {
	sandbox = await startSandbox({ talentCount: 10 });
});
afterAll(async () => sandbox.close());
beforeEach(() => {
	sandbox.reset({ talentCount: 10 });
	store = new CredentialStore();
	store.set('avionteApi', avionteCredentials(sandbox));
	// A known starting point: status Available (ID 2).
	Object.assign(sandbox.data.avionte.talents.get(TALENT_ID)!, { status: 'Available', statusId: 2 });
});

const sentBody = (method: string) => sandbox.ledger.filter((e) => e.method === method && e.path.endsWith(`/talent/${TALENT_ID}`)).at(-1)!.body as IDataObject;
const stored = () => sandbox.data.avionte.talents.get(TALENT_ID)!;

describe.each([
	['Create or Update, Keep Fields Not Sent', 'POST', (additionalFields: IDataObject) => ({ resource: 'talent', operation: 'upsert', talentId: byId(TALENT_ID), additionalFields })],
	['Update', 'PUT', (updateFields: IDataObject) => ({ resource: 'talent', operation: 'update', talentId: byId(TALENT_ID), updateFields })],
])('%s', (_name, method, parameters) => {
	it('a new status name is applied: the old status ID is not sent along', async () => {
		await runNode({ node, store, parameters: parameters({ status: 'Placed' }) });
		expect(sentBody(method)).toMatchObject({ status: 'Placed', firstName: expect.any(String) });
		expect(sentBody(method)).not.toHaveProperty('statusId');
		expect(stored()).toMatchObject({ status: 'Placed', statusId: 3 });
	});

	it('a new status ID is applied: the old status name is not sent along', async () => {
		await runNode({ node, store, parameters: parameters({ status: '4' }) });
		expect(sentBody(method)).toMatchObject({ statusId: 4 });
		expect(sentBody(method)).not.toHaveProperty('status');
		expect(stored()).toMatchObject({ status: 'Do Not Use', statusId: 4 });
	});

	it('a change that leaves the status alone keeps both as read', async () => {
		await runNode({ node, store, parameters: parameters({ homePhone: '555-0101' }) });
		expect(sentBody(method)).toMatchObject({ status: 'Available', statusId: 2, homePhone: '555-0101' });
	});
});

it('withoutStaleStatus drops only the value the changes did not set', () => {
	const read = { status: 'Available', statusId: 2, firstName: 'A' };
	expect(withoutStaleStatus({ ...read, status: 'Placed' }, { status: 'Placed' })).toEqual({ status: 'Placed', firstName: 'A' });
	expect(withoutStaleStatus({ ...read, statusId: 3 }, { statusId: 3 })).toEqual({ statusId: 3, firstName: 'A' });
	expect(withoutStaleStatus({ ...read, status: 'Placed', statusId: 3 }, { status: 'Placed', statusId: 3 })).toEqual({ status: 'Placed', statusId: 3, firstName: 'A' });
	expect(withoutStaleStatus(read, {})).toEqual(read);
});
