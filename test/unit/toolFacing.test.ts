/**
 * What an AI agent's model is shown for each of our nodes used as a tool, computed with n8n's own
 * helpers: the tool name (`nodeNameToToolName` of the name a new tool node gets), the description in
 * "Set Automatically" mode (`NodeHelpers.getToolDescriptionForNode`), the description in "Set Manually"
 * mode before the user edits it (the node description), and the parameter schema the editor builds
 * when the user lets the model define every field of an operation.
 *
 * Bounds, and why:
 * - description <= 200 characters. OpenAI refuses function descriptions over 1,024 characters, and an
 *   n8n agent sends every tool's description with every model call; a one-sentence description keeps
 *   ten tools under ~500 tokens of overhead per call. n8n's own auto descriptions are 20-60 characters.
 * - schema <= 20 properties and <= 2,000 characters of JSON (about 500 tokens). OpenAI's guidance is to
 *   keep tools small and under 20 arguments (strict mode hard-caps at 100 properties); a larger schema
 *   is sent on every call and makes the model fill fields it does not need.
 */
import type { INode, INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { deepCopy, NodeHelpers, nodeNameToToolName } from 'n8n-workflow';

import { Avinode } from '../../nodes/Avinode/Avinode.node';
import { Avionte } from '../../nodes/Avionte/Avionte.node';
import { Schedaero } from '../../nodes/Schedaero/Schedaero.node';

const MAX_DESCRIPTION_CHARS = 200;
const MAX_SCHEMA_PROPERTIES = 20;
const MAX_SCHEMA_JSON_CHARS = 2000;
/** Words that describe our code or our evidence, not the API, and mean nothing to a model. */
const INTERNAL_WORDING = /\[[A-Z](?:-[a-z]+)?\]|sandbox|\bTODO\b|FIXME|multi-query|ids page|envelope|transport|helper|n8n-nodes|undefined|\{\{|\$parameter/i;

/** n8n's createAiTools (packages/cli/src/tool-generation/ai-tools.ts): a copy with the replacements. */
function toolVariant(description: INodeTypeDescription): INodeTypeDescription {
	const replacements = typeof description.usableAsTool === 'object' ? description.usableAsTool.replacements : undefined;
	return { ...deepCopy(description), ...replacements } as INodeTypeDescription;
}

function operations(description: INodeTypeDescription): Array<{ resource: string; operation: string }> {
	return description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource ?? []).flatMap((resource) =>
				(property.options ?? []).map((option) => ({ resource: String(resource), operation: String((option as { value: string }).value) })),
			),
		);
}

function actionOf(description: INodeTypeDescription, resource: string, operation: string): string {
	const property = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource));
	const option = (property?.options ?? []).find((o) => (o as { value: string }).value === operation) as { action?: string } | undefined;
	if (!option?.action) throw new Error(`${resource}/${operation} has no action text`);
	return option.action;
}

/** Whether a `@version` rule covers `version` (plain versions, or `{ _cnd: { gte } }`). */
function versionMatches(rule: unknown[] | undefined, version: number): boolean {
	return (rule ?? []).some((entry) => {
		const condition = (entry as { _cnd?: { gte?: number } } | null)?._cnd;
		return condition?.gte !== undefined ? version >= condition.gte : entry === version;
	});
}

/** The version a new node gets. */
function defaultVersionOf(description: INodeTypeDescription): number {
	return Number(description.defaultVersion ?? (Array.isArray(description.version) ? Math.max(...description.version) : description.version));
}

/** Shown for the operation in a node of `version` (a new tool node gets the default version). */
function shownFor(property: INodeProperties, resource: string, operation: string, version: number): boolean {
	const show = property.displayOptions?.show;
	const hiddenVersions = property.displayOptions?.hide?.['@version'];
	if (hiddenVersions && versionMatches(hiddenVersions, version)) return false;
	if (!show) return true;
	if (show.resource && !show.resource.includes(resource)) return false;
	if (show.operation && !show.operation.includes(operation)) return false;
	if (show['@version'] && !versionMatches(show['@version'], version)) return false;
	return true;
}

/** The editor's "let the model define this parameter" key (editor-ui, fromAIOverride utils). */
function fromAiKey(displayName: string): string {
	return displayName.replace(/[^a-zA-Z0-9-]/g, '_').slice(0, 63);
}

function fromAiType(type: INodeProperties['type']): string {
	return type === 'boolean' || type === 'number' || type === 'json' ? (type === 'json' ? 'object' : type) : 'string';
}

/** Fields the editor lets the model define: not option lists, not fixed selectors, not notices. */
function overridable(property: INodeProperties): boolean {
	return !property.noDataExpression && !['options', 'multiOptions', 'notice', 'hidden', 'credentialsSelect', 'collection', 'fixedCollection', 'resourceMapper', 'filter', 'assignmentCollection', 'button', 'callout'].includes(property.type);
}

/** The schema a user gets when every top-level and Options field of the operation is left to the model. */
function schemaFor(description: INodeTypeDescription, resource: string, operation: string) {
	const fields: INodeProperties[] = [];
	const version = defaultVersionOf(description);
	for (const property of description.properties) {
		if (!shownFor(property, resource, operation, version) || property.name === 'resource' || property.name === 'operation') continue;
		if (overridable(property)) fields.push(property);
		if (property.type === 'collection') fields.push(...((property.options ?? []) as INodeProperties[]).filter(overridable));
	}
	const properties = Object.fromEntries(fields.map((field) => [fromAiKey(field.displayName), { type: fromAiType(field.type) }]));
	return { fields, schema: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false } };
}

const nodes: Array<[string, INodeTypeDescription]> = [
	['Avionte', new Avionte().description],
	['Avinode', new Avinode().description],
	['Schedaero', new Schedaero().description],
];

describe.each(nodes)('%s as an AI agent tool', (_, description) => {
	const tool = toolVariant(description);

	it('reaches the model under a readable tool name when the node keeps its default name', () => {
		const name = String(tool.defaults.name);
		expect(nodeNameToToolName(name)).toBe(name);
		expect(name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
	});

	it.each(operations(description))('$resource / $operation: the name the editor gives a new tool node reaches the model whole', ({ resource, operation }) => {
		// editor-ui: a node added from an action is named "<action> in <default name>" when it is a tool.
		const name = `${actionOf(tool, resource, operation)} in ${tool.defaults.name}`;
		expect(nodeNameToToolName(name)).toBe(name.replace(/ /g, '_'));
	});

	it('keeps the regular node, and so every saved workflow, as it was', () => {
		expect(description.usableAsTool).toBeTruthy();
		expect(tool.name).toBe(description.name);
		expect(tool.properties).toEqual(description.properties);
	});

	it('has a manual-mode default description within bounds and free of internal wording', () => {
		expect(tool.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
		expect(tool.description).not.toMatch(INTERNAL_WORDING);
	});

	it.each(operations(description))('$resource / $operation: automatic description names the action and the product', ({ resource, operation }) => {
		const node = { parameters: { descriptionType: 'auto', resource, operation } } as unknown as INode;
		// At run time n8n builds the tool from the regular node type (NodeTypes.getByNameAndVersion), without
		// the replacements, so the description keeps the product's own spelling.
		const shown = NodeHelpers.getToolDescriptionForNode(node, { description } as INodeType);
		expect(shown).toBe(`${actionOf(tool, resource, operation)} in ${description.defaults.name}`);
		expect(shown.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
		expect(shown).not.toMatch(INTERNAL_WORDING);
		// The action, not the raw values "<operation> <resource>": the model reads words, not ids.
		expect(shown).not.toContain(`${operation} ${resource}`);
	});

	it.each(operations(description))('$resource / $operation: a listing bounds what one tool call returns, on the tool variant only', ({ resource, operation }) => {
		const shown = tool.properties.filter((property) => shownFor(property, resource, operation, defaultVersionOf(tool)));
		const bound = shown.find((property) => property.name === 'toolMaxRecords');
		if (!shown.some((property) => property.name === 'returnAll')) {
			expect(bound).toBeUndefined();
			return;
		}
		expect(bound).toMatchObject({ displayName: 'Max Records for AI', type: 'number', default: 25 });
		expect(bound?.displayOptions?.show?.['@tool']).toEqual([true]);
	});

	it.each(operations(description))('$resource / $operation: schema with every field model-defined stays within bounds, with readable keys', ({ resource, operation }) => {
		const { fields, schema } = schemaFor(tool, resource, operation);
		expect(Object.keys(schema.properties).length).toBeLessThanOrEqual(MAX_SCHEMA_PROPERTIES);
		expect(JSON.stringify(schema).length).toBeLessThanOrEqual(MAX_SCHEMA_JSON_CHARS);
		for (const field of fields) {
			// Only ASCII letters, digits, spaces, hyphens and parentheses: spaces and parentheses become "_",
			// an accented letter would leave a hole in the word the model reads ("Aviont_").
			expect(field.displayName).toMatch(/^[A-Za-z0-9 ()-]+$/);
			expect(field.displayName).not.toMatch(INTERNAL_WORDING);
		}
	});
});
