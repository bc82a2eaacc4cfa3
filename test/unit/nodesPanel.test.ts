/**
 * How the nodes appear in n8n's nodes panel. n8n searches a node's display name and the `alias`
 * list of its codex file (`<Node>.node.json`), with a fuzzy match that does not fold accents, so
 * "avionte" typed on a keyboard without é must be an alias. The panel merges a trigger named
 * `<name>Trigger` into the app entry of the node `<name>` and shows the trigger's description for
 * that entry (n8n editor: useActionsGeneration, "default to trigger description"), also when the user
 * is adding an action: that description has to describe the action node too.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import type { INodeType } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { AvionteTrigger } from '../../nodes/Avionte/AvionteTrigger.node';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';

interface Codex {
	node: string;
	categories: string[];
	alias?: string[];
	resources: { primaryDocumentation: Array<{ url: string }>; credentialDocumentation: Array<{ url: string }> };
}

const ROOT = join(__dirname, '..', '..');
const PACKAGE = 'n8n-nodes-avionte-avinode';

const STAFFING_WORDS = ['staffing', 'ATS', 'recruiting', 'candidate', 'talent', 'job', 'placement'];
const AVIATION_WORDS = ['aviation', 'charter', 'flight', 'jet', 'operator', 'aircraft'];

/** Each node, its codex file, and the words its users search for. */
const NODES: Array<{ file: string; node: INodeType; words: string[] }> = [
	{ file: 'nodes/Avionte/Avionte.node.json', node: new Avionte(), words: ['Avionte', 'Avionté', ...STAFFING_WORDS] },
	{ file: 'nodes/Avionte/AvionteTrigger.node.json', node: new AvionteTrigger(), words: ['Avionte', 'Avionté', ...STAFFING_WORDS] },
	{ file: 'nodes/Avionte/AvionteNewRecordTrigger.node.json', node: new AvionteNewRecordTrigger(), words: ['Avionte', 'Avionté', ...STAFFING_WORDS] },
	{ file: 'nodes/Avinode/Avinode.node.json', node: new Avinode(), words: ['Avinode', ...AVIATION_WORDS, 'empty leg', 'broker'] },
	{ file: 'nodes/Avinode/AvinodeTrigger.node.json', node: new AvinodeTrigger(), words: ['Avinode', ...AVIATION_WORDS, 'empty leg', 'broker'] },
	{ file: 'nodes/Schedaero/Schedaero.node.json', node: new Schedaero(), words: ['Schedaero', ...AVIATION_WORDS] },
];

function codexOf(file: string): Codex {
	return JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Codex;
}

describe("the nodes panel finds each node by the words its users type", () => {
	it('every node listed in package.json has a codex file next to it', () => {
		const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
		const codexFiles = packageJson.n8n.nodes.map((built) => built.replace(/^dist\//, '').replace(/\.js$/, '.json'));
		expect(codexFiles.sort()).toEqual(NODES.map(({ file }) => file).sort());
	});

	it.each(NODES.map(({ file, node, words }) => [file, node, words] as const))('%s names its node and carries the search words', (file, node, words) => {
		const codex = codexOf(file);
		expect(codex.node).toBe(`${PACKAGE}.${node.description.name}`);
		const aliases = (codex.alias ?? []).map((alias) => alias.toLowerCase());
		for (const word of words) expect(aliases).toContain(word.toLowerCase());
	});

	it('every docs link uses a plain ASCII anchor', () => {
		for (const { file } of NODES) {
			const { resources } = codexOf(file);
			for (const { url } of [...resources.primaryDocumentation, ...resources.credentialDocumentation]) {
				expect(url).toMatch(/^https:\/\/[^#]+#[a-z0-9-]+$/);
			}
		}
	});
});

describe('the app entry n8n builds from a node and its trigger', () => {
	const actionNodes = new Map(NODES.map(({ node }) => [node.description.name, node]));
	const merged = NODES.map(({ node }) => node).filter((node) => node.description.name.endsWith('Trigger') && actionNodes.has(node.description.name.replace('Trigger', '')));

	it('there are triggers n8n merges into an app entry', () => {
		expect(merged.map((node) => node.description.name).sort()).toEqual(['avinodeTrigger', 'avionteTrigger']);
	});

	it.each(merged.map((trigger) => [trigger.description.name, trigger] as const))('%s describes the action node first, since its text stands for the app entry', (_name, trigger) => {
		const action = actionNodes.get(trigger.description.name.replace('Trigger', ''));
		expect(trigger.description.description.startsWith(action?.description.description ?? '(no action node)')).toBe(true);
	});
});
