/**
 * Workflows saved with node versions 1 and 1.1 keep their form and run as saved: Talent Create,
 * Update and Create or Update show the same parameters and send the same calls, while a new node
 * (version 2) gets the field mapper.
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { CredentialStore, runNode } from '../harness/context';
import type { Sandbox } from '../harness/sandbox';
import { avionteCredentials, startSandbox } from '../harness/sandbox';

const node = new Avionte();
let sandbox: Sandbox;
let store: CredentialStore;
const byId = (value: number | string) => ({ __rl: true, mode: 'id', value: String(value) });

beforeAll(async () => {
	sandbox = await startSandbox({ talentCount: 20 });
});
afterAll(async () => sandbox.close());
beforeEach(() => {
	forgetBudgets();
	sandbox.reset({ talentCount: 20 });
	store = new CredentialStore();
	store.set('avionteApi', avionteCredentials(sandbox));
});

type Condition = { _cnd?: { gte?: number; lte?: number; eq?: unknown } } | string | number | boolean;

function allows(allowed: Condition[], value: unknown): boolean {
	return allowed.some((entry) => {
		const condition = typeof entry === 'object' && entry !== null ? entry._cnd : undefined;
		if (!condition) return entry === value;
		if (condition.gte !== undefined) return Number(value) >= condition.gte;
		if (condition.lte !== undefined) return Number(value) <= condition.lte;
		return condition.eq === value;
	});
}

/** The top-level parameters (notices aside) the editor shows for a talent operation at a node version. */
function visibleParameters(operation: string, version: number): string[] {
	const values: IDataObject = { resource: 'talent', operation };
	const valueOf = (key: string) => (key === '@version' ? version : values[key]);
	const visible = (property: INodeProperties) =>
		Object.entries(property.displayOptions?.show ?? {}).every(([key, allowed]) => allows(allowed as Condition[], valueOf(key))) &&
		!Object.entries(property.displayOptions?.hide ?? {}).some(([key, denied]) => allows(denied as Condition[], valueOf(key)));
	return node.description.properties.filter((property) => property.name !== 'resource' && property.name !== 'operation' && property.type !== 'notice' && visible(property)).map((property) => property.name);
}

const calls = () =>
	sandbox.ledger
		.filter((e) => e.path.startsWith('/avionte/front-office'))
		.map((e) => `${e.method} ${e.path.replace('/avionte/front-office/v1', '')}${e.query.useNewTalentRequirements ? `?useNewTalentRequirements=${String(e.query.useNewTalentRequirements)}` : ''}`);
const lastBody = () => sandbox.ledger.filter((e) => e.path.startsWith('/avionte/front-office')).slice(-1)[0].body as IDataObject;

describe('the form of each version', () => {
	it.each([
		['create', 1, ['firstName', 'lastName', 'emailAddress', 'additionalFields', 'additionalJson', 'options']],
		['create', 1.1, ['firstName', 'lastName', 'emailAddress', 'status', 'additionalFields', 'additionalJson', 'options']],
		['update', 1, ['talentId', 'updateFields', 'additionalJson', 'options']],
		['update', 1.1, ['talentId', 'updateFields', 'additionalJson', 'options']],
		['upsert', 1, ['talentId', 'firstName', 'lastName', 'emailAddress', 'additionalFields', 'additionalJson', 'options']],
		['upsert', 1.1, ['talentId', 'firstName', 'lastName', 'emailAddress', 'additionalFields', 'additionalJson', 'options']],
		['create', 2, ['columns', 'options']],
		['update', 2, ['columns', 'options']],
		['upsert', 2, ['matchOn', 'columns', 'options']],
	])('Talent %s at version %s shows %j', (operation, version, expected) => {
		expect(visibleParameters(operation as string, version as number)).toEqual(expected);
	});

	it('a new node is version 2; versions 1 and 1.1 stay available for saved workflows', () => {
		expect(node.description.version).toEqual([1, 1.1, 2]);
		expect(node.description.defaultVersion).toBe(2);
	});
});

describe('saved workflows run as saved', () => {
	it.each([1, 1.1])('Create at version %s sends the fields as before', async (typeVersion) => {
		const parameters = { resource: 'talent', operation: 'create', firstName: 'Saved', lastName: 'Flow', emailAddress: 'saved@example.test', status: 'Active', additionalFields: { mobilePhone: '555-0100', status: 'Available' } };
		const result = await runNode({ node, store, typeVersion, parameters });
		expect(calls()).toEqual(['POST /talent?useNewTalentRequirements=false']);
		// Version 1 knows Status only among the additional fields; 1.1 takes the Status field.
		expect(lastBody()).toEqual({ firstName: 'Saved', lastName: 'Flow', emailAddress: 'saved@example.test', mobilePhone: '555-0100', status: typeVersion === 1 ? 'Available' : 'Active' });
		expect(result.json[0]).toMatchObject({ emailAddress: 'saved@example.test' });
		expect(result.json[0]._sync).toBeUndefined();
	});

	it.each([1, 1.1])('Update at version %s reads the talent and sends it back with the change', async (typeVersion) => {
		const result = await runNode({ node, store, typeVersion, parameters: { resource: 'talent', operation: 'update', talentId: byId(100004), updateFields: { mobilePhone: '555-0111' } } });
		expect(calls()).toEqual(['GET /talent/100004', 'PUT /talent/100004']);
		expect(lastBody()).toMatchObject({ id: 100004, mobilePhone: '555-0111', firstName: 'Grace' });
		expect(result.json[0]).toMatchObject({ id: 100004, mobilePhone: '555-0111' });
		expect(result.json[0]._sync).toBeUndefined();
	});

	it.each([1, 1.1])('Create or Update at version %s posts to the given talent ID, 0 creating', async (typeVersion) => {
		const created = await runNode({ node, store, typeVersion, parameters: { resource: 'talent', operation: 'upsert', talentId: byId(0), firstName: 'Rosa', lastName: 'Parks', emailAddress: 'rosa@example.test', additionalFields: { status: 'Active' } } });
		const id = Number(created.json[0].id);
		await runNode({ node, store, typeVersion, parameters: { resource: 'talent', operation: 'upsert', talentId: byId(id), additionalFields: { homePhone: '555-0122' } } });
		// Running it again with 0 creates again: the behaviour these saved workflows were built with.
		await runNode({ node, store, typeVersion, parameters: { resource: 'talent', operation: 'upsert', talentId: byId(0), firstName: 'Rosa', lastName: 'Parks', emailAddress: 'rosa@example.test', additionalFields: { status: 'Active' } } });
		expect(calls()).toEqual(['POST /talent/0', `GET /talent/${id}`, `POST /talent/${id}`, 'POST /talent/0']);
		expect([...sandbox.data.avionte.talents.values()].filter((t) => t.emailAddress === 'rosa@example.test')).toHaveLength(2);
	});
});
