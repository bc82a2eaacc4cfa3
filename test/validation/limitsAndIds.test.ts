/**
 * Numbers and IDs in a workflow: a Limit or an ID from an expression is checked like one typed in the
 * editor, in all three nodes, and a bad one fails with the field and the item named before any request.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore, runNode } from '../harness/context';
import type { Sandbox } from '../harness/sandbox';
import { avinodeCredentials, avionteCredentials, startSandbox } from '../harness/sandbox';

let sandbox: Sandbox;
let store: CredentialStore;

beforeAll(async () => {
	sandbox = await startSandbox({ talentCount: 60 });
});
afterAll(async () => sandbox.close());
beforeEach(() => {
	forgetBudgets();
	sandbox.reset({ talentCount: 60 });
	store = new CredentialStore();
	store.set('avionteApi', avionteCredentials(sandbox));
	store.set('avinodeApi', avinodeCredentials(sandbox));
});

const apiCalls = () => sandbox.ledger.filter((entry) => !/token$/.test(entry.path));

function run(node: INodeType, parameters: IDataObject | ((itemIndex: number) => IDataObject), extra: { items?: IDataObject[]; continueOnFail?: boolean } = {}) {
	return runNode({ node, parameters, store, ...extra });
}

const listings: Array<[string, INodeType, IDataObject, () => void]> = [
	['Avionté talents (ids pages)', new Avionte(), { resource: 'talent', operation: 'getAll', returnAll: false }, () => undefined],
	['Avionté branches (one list)', new Avionte(), { resource: 'branch', operation: 'getAll', returnAll: false }, () => undefined],
	['Avinode airports', new Avinode(), { resource: 'airport', operation: 'search', filter: 'K', returnAll: false }, () => undefined],
	['Schedaero passengers', new Schedaero(), { resource: 'passenger', operation: 'getAll', returnAll: false }, () => store.set('avinodeApi', avinodeCredentials(sandbox, { platform: 'schedaero' }))],
];

describe.each(listings)('Limit of %s', (_, node, parameters, useCredential) => {
	beforeEach(useCredential);

	it.each([[2.5], [0], [-2], ['abc'], ['']])('refuses %p with the field and the item named, before any request', async (limit) => {
		const shown = typeof limit === 'string' ? (limit === '' ? 'nothing' : `"${limit}"`) : String(limit);
		await expect(run(node, { ...parameters, limit })).rejects.toThrow(`"Limit" of item 0 must be a whole number of 1 or more, got ${shown}`);
		expect(apiCalls()).toHaveLength(0);
	});

	it('takes a whole number given as text (what an expression may give)', async () => {
		const result = await run(node, { ...parameters, limit: '3' });
		expect(result.json).toHaveLength(3);
	});

	it('with Continue On Fail, the bad item becomes an error item and the others run', async () => {
		const result = await run(node, (itemIndex) => ({ ...parameters, limit: itemIndex === 1 ? 2.5 : 2 }), { items: [{}, {}], continueOnFail: true });
		expect(result.json.filter((json) => json.error === undefined)).toHaveLength(2);
		expect(result.json.find((json) => json.error !== undefined)).toEqual({ error: '"Limit" of item 1 must be a whole number of 1 or more, got 2.5' });
	});
});

describe('IDs', () => {
	const avionte = new Avionte();
	const byId = (value: unknown) => ({ __rl: true, mode: 'id', value });

	it('an Avionté ID may be a number or digits', async () => {
		const fromNumber = await run(avionte, { resource: 'talent', operation: 'get', talentId: byId(100004) });
		const fromText = await run(avionte, { resource: 'talent', operation: 'get', talentId: byId(' 100004 ') });
		expect(fromNumber.json[0].id).toBe(100004);
		expect(fromText.json[0].id).toBe(100004);
	});

	it.each([[100004.5], [0], [-3], ['1e5'], ['abc']])('an Avionté ID of %p is refused before any request', async (value) => {
		await expect(run(avionte, { resource: 'talent', operation: 'get', talentId: byId(value) })).rejects.toThrow(/^"Talent" of item 0 must be a numeric Avionté ID, got /);
		expect(apiCalls()).toHaveLength(0);
	});

	it('an Avinode ID may be a number; one that is not a whole number, or not text, is refused before any request', async () => {
		const avinode = new Avinode();
		const emptyLeg = (value: unknown) => ({ resource: 'emptyLeg', operation: 'get', emptyLegId: byId(value) });
		await expect(run(avinode, emptyLeg(2.5))).rejects.toThrow('"Empty Leg" of item 0 is not an ID: 2.5');
		await expect(run(avinode, emptyLeg({ id: 'x' }))).rejects.toThrow('"Empty Leg" of item 0 must be an ID (text or a number), got an object');
		expect(apiCalls()).toHaveLength(0);
		await run(avinode, emptyLeg(12345)).catch(() => undefined);
		expect(apiCalls().map((entry) => entry.path)).toEqual(['/avinode/api/emptylegs/12345']);
	});

	it('a Schedaero ID goes through the same checks', async () => {
		store.set('avinodeApi', avinodeCredentials(sandbox, { platform: 'schedaero' }));
		await expect(run(new Schedaero(), { resource: 'passenger', operation: 'get', passengerId: '../x' })).rejects.toThrow('"Passenger ID" of item 0 is not an ID: "../x"');
		expect(apiCalls()).toHaveLength(0);
	});
});
