/**
 * Every text the editor shows for our nodes, triggers and credentials is written for the person
 * building the workflow: no notes about where a call's evidence comes from ("inferred", "[I: …]",
 * "[C: …]") and no API paths or wire property names ("Sent as lift.aircraftTail", "/front-office/v1").
 * The walk covers every parameter of every node version (display options are ignored, so fields of
 * all versions and operations are read), nested collections, options, resource locator modes and
 * the node, trigger and credential descriptions.
 */
import type { ICredentialType, INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType, INodeTypeDescription, ResourceMapperField } from 'n8n-workflow';

import { AvinodeApi } from '../../credentials/AvinodeApi.credentials';
import { AvionteApi } from '../../credentials/AvionteApi.credentials';
import { SchedaeroApi } from '../../credentials/SchedaeroApi.credentials';
import { emptyLegMapperFields } from '../../nodes/Avinode/actions/emptyLeg/mapper';
import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { AvinodeTrigger } from '../../nodes/Avinode/AvinodeTrigger.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { AvionteNewRecordTrigger } from '../../nodes/Avionte/AvionteNewRecordTrigger.node';
import { AvionteTrigger } from '../../nodes/Avionte/AvionteTrigger.node';
import { talentMapperFields } from '../../nodes/Avionte/actions/talent/mapperFields';
import { contactMapperFields } from '../../nodes/Schedaero/actions/contact/mapper';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';
import { mapperFields } from '../../nodes/shared/mappedFields';

/** What reads as a developer's note or an API path to a low-code user. */
const DEVELOPER_WORDING: Array<[RegExp, string]> = [
	[/nferred/i, 'evidence note ("inferred")'],
	[/\[[IC]:/, 'evidence tag ("[I: …]" / "[C: …]")'],
	[/\[[IC]\]/, 'evidence tag ("[I]" / "[C]")'],
	[/front-office\/v1/i, 'API base path'],
	[/\/api\//i, 'API path'],
	[/\bSent as /, 'wire property name ("Sent as …")'],
	[/\b(GET|POST|PUT|PATCH|DELETE) \//, 'HTTP method and path'],
	[/swagger/i, 'API documentation jargon'],
	[/\bguess/i, 'evidence note ("guessed")'],
];

/** Where a text sits, so a failure points at the field to fix. */
interface ShownText {
	where: string;
	text: string;
}

function nodeTypesOf(node: INodeType): INodeTypeDescription[] {
	// A VersionedNodeType keeps one description per version; ours keep one description for all versions.
	const versioned = node as INodeType & { nodeVersions?: Record<string, INodeType> };
	if (versioned.nodeVersions) return Object.values(versioned.nodeVersions).map((version) => version.description);
	return [node.description];
}

function isPropertyOption(value: unknown): value is INodePropertyOptions {
	return typeof value === 'object' && value !== null && 'value' in value && 'name' in value && !('type' in value);
}

function isCollectionOption(value: unknown): value is INodePropertyCollection {
	return typeof value === 'object' && value !== null && 'values' in value && Array.isArray((value as INodePropertyCollection).values);
}

function textsOfProperty(property: INodeProperties, path: string): ShownText[] {
	const here = `${path} › ${property.displayName || property.name}`;
	const texts: ShownText[] = [];
	const push = (what: string, value: unknown) => {
		if (typeof value === 'string' && value !== '') texts.push({ where: `${here} (${what})`, text: value });
	};
	push('displayName', property.displayName);
	push('description', property.description);
	push('hint', property.hint);
	push('placeholder', property.placeholder);
	if (typeof property.default === 'string' && property.type === 'notice') push('notice', property.default);
	for (const mode of property.modes ?? []) {
		push(`mode ${mode.name} displayName`, mode.displayName);
		push(`mode ${mode.name} placeholder`, mode.placeholder);
		push(`mode ${mode.name} hint`, mode.hint);
		for (const rule of mode.validation ?? []) {
			if (typeof rule === 'object' && rule !== null && 'properties' in rule) push(`mode ${mode.name} validation`, (rule.properties as { errorMessage?: string }).errorMessage);
		}
	}
	for (const option of property.options ?? []) {
		if (isPropertyOption(option)) {
			push(`option ${String(option.value)} name`, option.name);
			push(`option ${String(option.value)} description`, option.description);
			push(`option ${String(option.value)} action`, option.action);
		} else if (isCollectionOption(option)) {
			push(`group ${option.name} displayName`, option.displayName);
			for (const value of option.values) texts.push(...textsOfProperty(value, `${here} › ${option.displayName}`));
		} else {
			texts.push(...textsOfProperty(option as INodeProperties, here));
		}
	}
	return texts;
}

function textsOfNode(description: INodeTypeDescription): ShownText[] {
	const name = `${description.displayName} v${String(description.version)}`;
	const texts: ShownText[] = [
		{ where: `${name} (displayName)`, text: description.displayName },
		{ where: `${name} (description)`, text: description.description },
	];
	if (description.subtitle) texts.push({ where: `${name} (subtitle)`, text: description.subtitle });
	for (const property of description.properties) texts.push(...textsOfProperty(property, name));
	return texts;
}

function textsOfCredential(credential: ICredentialType): ShownText[] {
	const texts: ShownText[] = [{ where: `${credential.displayName} (displayName)`, text: credential.displayName }];
	for (const property of credential.properties) texts.push(...textsOfProperty(property, credential.displayName));
	return texts;
}

function findDeveloperWording(texts: ShownText[]): string[] {
	const problems: string[] = [];
	for (const { where, text } of texts) {
		for (const [pattern, what] of DEVELOPER_WORDING) {
			if (pattern.test(text)) problems.push(`${where}: ${what} in "${text}"`);
		}
	}
	return problems;
}

const NODES: Array<[string, INodeType]> = [
	['Avionté', new Avionte()],
	['Avionté Trigger', new AvionteTrigger()],
	['Avionté New Record Trigger', new AvionteNewRecordTrigger()],
	['Avinode', new Avinode()],
	['Avinode Trigger', new AvinodeTrigger()],
	['Schedaero', new Schedaero()],
];

const CREDENTIALS: Array<[string, ICredentialType]> = [
	['Avionté credential', new AvionteApi()],
	['Avinode credential', new AvinodeApi()],
	['Schedaero credential', new SchedaeroApi()],
];

/** The field mappers' own fields (loaded by the editor, so in no node description), as each one offers them. */
const MAPPER_FIELDS: Array<[string, ResourceMapperField[]]> = [
	...(['create', 'update', 'upsert'] as const).map((operation): [string, ResourceMapperField[]] => [`Avionté talent ${operation}`, talentMapperFields(operation, {})]),
	['Avinode empty leg create', mapperFields(emptyLegMapperFields(true))],
	['Avinode empty leg update', mapperFields(emptyLegMapperFields(false))],
	['Schedaero person contact', mapperFields(contactMapperFields('people', []))],
	['Schedaero company', mapperFields(contactMapperFields('companies', []))],
];

describe('editor texts are written for the user', () => {
	it.each(NODES)('%s shows no developer notes or API paths', (_name, node) => {
		const texts = nodeTypesOf(node).flatMap(textsOfNode);
		expect(texts.length).toBeGreaterThan(3);
		expect(findDeveloperWording(texts)).toEqual([]);
	});

	it.each(CREDENTIALS)('%s shows no developer notes or API paths', (_name, credential) => {
		expect(findDeveloperWording(textsOfCredential(credential))).toEqual([]);
	});

	it.each(MAPPER_FIELDS)('the field mapper of %s shows no developer notes or API paths', (_name, fields) => {
		const texts = fields.flatMap((field) => [
			{ where: `${field.id} (displayName)`, text: field.displayName },
			...(field.options ?? []).map((option) => ({ where: `${field.id} option`, text: option.name })),
		]);
		expect(texts.length).toBeGreaterThanOrEqual(3);
		expect(findDeveloperWording(texts)).toEqual([]);
	});

	it('the walk reaches nested fields, options, locator modes and notices', () => {
		const planted: INodeProperties = {
			displayName: 'Outer',
			name: 'outer',
			type: 'fixedCollection',
			default: {},
			options: [
				{
					name: 'group',
					displayName: 'Group',
					values: [
						{
							displayName: 'Inner',
							name: 'inner',
							type: 'options',
							default: 'a',
							options: [{ name: 'A', value: 'a', description: 'Sent as lift.aircraftTail' }],
						},
						{
							displayName: 'Locator',
							name: 'locator',
							type: 'resourceLocator',
							default: { mode: 'id', value: '' },
							modes: [{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'path inferred' }],
						},
						{ displayName: 'Note', name: 'note', type: 'notice', default: 'Calls GET /talent [I: from the reference]' },
					],
				},
			],
		};
		const problems = findDeveloperWording(textsOfProperty(planted, 'Test'));
		expect(problems.join('\n')).toMatch(/Sent as/);
		expect(problems.join('\n')).toMatch(/inferred/);
		expect(problems.join('\n')).toMatch(/\[I:/);
		expect(problems.join('\n')).toMatch(/HTTP method and path/);
	});
});
