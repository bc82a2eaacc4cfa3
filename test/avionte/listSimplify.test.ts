/**
 * Simplify on every Avionté read: a list comes out as flat rows a sheet takes as they are. The lists
 * that had no Simplify get it from node version 2; workflows saved with an older version keep their
 * output exactly as it was.
 */
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { runNode } from '../harness/context';
import { operationsOf, shownParameters } from '../harness/nodeForm';
import { avionteCredentials } from '../harness/sandbox';
import { sandboxForEachTest } from '../harness/suiteSandbox';

const node = new Avionte();

/** Reads that answer with one record and no list of them. */
const SINGLE_ANSWERS = ['talent.getNewTalentRequirements', 'talent.getNominationStage'];

const readOperations = () => operationsOf(node.description).filter(({ resource, operation }) => operation.startsWith('get') && !SINGLE_ANSWERS.includes(`${resource}.${operation}`));
const shownIn = (version: number, resource: string, operation: string) => shownParameters(node.description, version, { resource, operation });

describe('Simplify on every Avionté read', () => {
	it.each(readOperations().map(({ resource, operation }) => [`${resource}.${operation}`, resource, operation]))('%s offers Simplify in version 2', (_name, resource, operation) => {
		expect(shownIn(2, resource, operation).some((property) => property.name === 'simplify')).toBe(true);
	});

	it('the lookups, branches and sub-lists show no Simplify in workflows saved with version 1.1', () => {
		expect(shownIn(1.1, 'lookup', 'getTalentStatuses').some((property) => property.name === 'simplify')).toBe(false);
		expect(shownIn(1.1, 'branch', 'getAll').some((property) => property.name === 'simplify')).toBe(false);
	});

	describe('output', () => {
		const { store } = sandboxForEachTest({ talentCount: 5, credentials: (running) => ({ avionteApi: avionteCredentials(running) }) });

		it('branches: flat rows in version 2, the raw answer in version 1.1 and with Simplify off', async () => {
			const [raw] = (await runNode({ node, store: store(), typeVersion: 1.1, parameters: { resource: 'branch', operation: 'getAll', returnAll: true } })).json;
			const nested = Object.entries(raw).filter(([, value]) => value !== null && typeof value === 'object');
			expect(nested.length).toBeGreaterThan(0);
			const [flat] = (await runNode({ node, store: store(), typeVersion: 2, parameters: { resource: 'branch', operation: 'getAll', returnAll: true } })).json;
			expect(Object.values(flat).every((value) => value === null || typeof value !== 'object')).toBe(true);
			const [key] = nested[0];
			expect(Object.keys(flat).some((column) => column.startsWith(`${key}.`))).toBe(true);
			const [off] = (await runNode({ node, store: store(), typeVersion: 2, parameters: { resource: 'branch', operation: 'getAll', returnAll: true, simplify: false } })).json;
			expect(off).toEqual(raw);
		});
	});
});
