/**
 * What one tool call returns: as a tool (an AI Agent's or an MCP client's), a listing is bounded by
 * "Max Records for AI" and ends with a note when more exist, reading only one record past the bound;
 * the bound can be lifted; ordinary runs are unchanged.
 */
import type { IDataObject, INodeType } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { forgetBudgets } from '../../nodes/shared/throttle';
import { moreRecordsNote, TOOL_MAX_RECORDS_DEFAULT } from '../../nodes/shared/toolOutput';
import { CredentialStore, runNode } from '../harness/context';
import type { Sandbox } from '../harness/sandbox';
import { avinodeCredentials, avionteCredentials, startSandbox } from '../harness/sandbox';

let sandbox: Sandbox;
let store: CredentialStore;

beforeAll(async () => {
	sandbox = await startSandbox({ talentCount: 250 });
});
afterAll(async () => sandbox.close());
beforeEach(() => {
	forgetBudgets();
	sandbox.reset({ talentCount: 250 });
	store = new CredentialStore();
	store.set('avionteApi', avionteCredentials(sandbox));
	store.set('avinodeApi', avinodeCredentials(sandbox));
});

const avionte = new Avionte();
const allTalents = { resource: 'talent', operation: 'getAll', returnAll: true };

function asTool(node: INodeType, parameters: IDataObject) {
	return runNode({ node, parameters, store, nodeTypeName: `n8n-nodes-avionte-avinode.${node.description.name}Tool` });
}

const multiQueryIds = () => sandbox.ledger.filter((entry) => entry.path.endsWith('/talents/multi-query')).flatMap((entry) => entry.body as number[]);

describe('a listing run as a tool', () => {
	it(`returns the first ${TOOL_MAX_RECORDS_DEFAULT} records and a note that more exist, reading one record past the bound`, async () => {
		const result = await asTool(avionte, allTalents);
		expect(result.json).toHaveLength(TOOL_MAX_RECORDS_DEFAULT + 1);
		expect(result.json.slice(0, -1).every((json) => typeof json.id === 'number')).toBe(true);
		expect(result.json.at(-1)).toEqual({ moreRecords: true, note: moreRecordsNote(TOOL_MAX_RECORDS_DEFAULT) });
		expect(result.items.at(-1)?.pairedItem).toEqual({ item: 0 });
		expect(result.hints.map((hint) => hint.message)).toContain(moreRecordsNote(TOOL_MAX_RECORDS_DEFAULT));
		expect(multiQueryIds()).toHaveLength(TOOL_MAX_RECORDS_DEFAULT + 1);
	});

	it('says how to get more, in words a model and a workflow builder understand', () => {
		expect(moreRecordsNote(25)).toBe('Only the first 25 records are shown; more exist. Ask for fewer or narrower results, or raise "Max Records for AI" on this tool (0 returns all).');
	});

	it('adds no note when the answer fits', async () => {
		const result = await asTool(avionte, { ...allTalents, returnAll: false, limit: 3 });
		expect(result.json).toHaveLength(3);
		expect(result.json.some((json) => json.moreRecords)).toBe(false);
		expect(result.hints).toHaveLength(0);
	});

	it('keeps the bound when the Limit asks for more', async () => {
		const result = await asTool(avionte, { ...allTalents, returnAll: false, limit: 1000, toolMaxRecords: 10 });
		expect(result.json).toHaveLength(11);
		expect(result.json.at(-1)?.note).toBe(moreRecordsNote(10));
	});

	it('lifts the bound with 0', async () => {
		const result = await asTool(avionte, { ...allTalents, toolMaxRecords: 0 });
		expect(result.json).toHaveLength(250);
		expect(result.json.some((json) => json.moreRecords)).toBe(false);
	});

	it('refuses a bound that is not a whole number, naming the field and the item (an AI Agent gets it as the answer)', async () => {
		const result = await asTool(avionte, { ...allTalents, toolMaxRecords: -1 });
		expect(result.json).toEqual([{ error: '"Max Records for AI" of item 0 must be a whole number of 0 or more, got -1' }]);
		expect(sandbox.ledger).toHaveLength(0);
	});

	it('bounds Avinode listings the same way', async () => {
		const result = await asTool(new Avinode(), { resource: 'airport', operation: 'search', filter: 'a', returnAll: true, toolMaxRecords: 2 });
		expect(result.json).toHaveLength(3);
		expect(result.json.at(-1)).toEqual({ moreRecords: true, note: moreRecordsNote(2) });
	});

	it('leaves an ordinary run unchanged: Return All returns everything, no note', async () => {
		const result = await runNode({ node: avionte, parameters: allTalents, store });
		expect(result.json).toHaveLength(250);
		expect(result.json.some((json) => json.moreRecords)).toBe(false);
		expect(result.hints).toHaveLength(0);
	});

	it('shows "Max Records for AI" on the tool variant only', () => {
		const field = avionte.description.properties.find((property) => property.name === 'toolMaxRecords');
		expect(field?.displayOptions?.show?.['@tool']).toEqual([true]);
	});
});
