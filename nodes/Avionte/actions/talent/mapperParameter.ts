/**
 * The talent field mapper in a node (version 2): the parameter itself, and reading it per item, the
 * way n8n's own mapper nodes do (`columns.mappingMode`, `columns.value`), with "Map Automatically"
 * taking the item's own fields.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions, ResourceMapperField } from 'n8n-workflow';
import { NodeOperationError, isResourceMapperValue } from 'n8n-workflow';

import { mapperParameter } from '../../../shared/mappedFields';
import { statusProperty } from './fields';
import type { MapperOperation } from './mapperFields';
import { hasStatusUpFront, mapperTalentFields } from './mapperFields';
import { syncRunOf } from './syncRun';
import type { TalentField } from './talentFields';
import { STATUS_FIELD, TALENT_FIELDS, TALENT_FIELDS_BY_ID } from './talentFields';
import type { MappedTalent } from './talentValues';
import { TalentValueError, autoMapInput, talentFromValues } from './talentValues';

const METHODS: Record<MapperOperation, string> = { create: 'getTalentCreateFields', update: 'getTalentUpdateFields', upsert: 'getTalentUpsertFields' };

export const MATCH_COST_HINT = 'Email reads every talent once per run, however many items: about 12 calls per 1,000 talents in Avionté (10,000 talents: about 122 calls, 25 s at 5 requests a second). A new talent then costs 1 call, a changed one 2, an unchanged one none.';

export function talentColumns(operation: MapperOperation): INodeProperties {
	if (operation !== 'update') return mapperParameter(METHODS[operation]);
	// Update finds the talent by one of its fields: n8n's "update" mapper with the fields to match on.
	const columns = mapperParameter(METHODS.update);
	return {
		...columns,
		typeOptions: {
			resourceMapper: {
				resourceMapperMethod: METHODS.update,
				mode: 'update',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
				matchingFieldsLabels: { title: 'Match On', description: 'How to find the talent to update', hint: MATCH_COST_HINT },
			},
		},
	};
}

function savedSchema(context: IExecuteFunctions): ResourceMapperField[] {
	const columns = context.getNode().parameters.columns;
	return isResourceMapperValue(columns) && Array.isArray(columns.schema) ? columns.schema : [];
}

/** The dropdown lists of the saved fields (a branch may then be given by its name). */
function savedOptions(schema: ResourceMapperField[]): Map<string, INodePropertyOptions[]> {
	return new Map(schema.filter((field) => Array.isArray(field.options)).map((field) => [field.id, field.options as INodePropertyOptions[]]));
}

/**
 * What a create needs: the fields the mapper marked required when it loaded (the tenant's own
 * requirements included), or Avionté's documented ones when the workflow carries no field list.
 */
export function requiredToCreate(context: IExecuteFunctions): TalentField[] {
	const schema = savedSchema(context);
	const marked = schema.filter((field) => field.required).map((field) => TALENT_FIELDS_BY_ID.get(field.id)).filter((field): field is TalentField => field !== undefined);
	const documented = TALENT_FIELDS.filter((field) => field.requiredToCreate);
	return [...documented, ...marked.filter((field) => !documented.includes(field))];
}

/** The matching field an Update was set to ("id" or "emailAddress"). */
export function matchingField(context: IExecuteFunctions, itemIndex: number): string {
	const columns = context.getNodeParameter('columns.matchingColumns', itemIndex, []) as string[];
	return Array.isArray(columns) && columns.length > 0 ? columns[0] : 'id';
}

/**
 * The item's talent, from the fields set below or, with "Map Automatically", from the item itself:
 * the fields the operation's mapper offers, and no others (an input status is left to the operation's
 * own Status field where it has one).
 */
export function readMappedTalent(context: IExecuteFunctions, itemIndex: number, operation: MapperOperation, bareIdIsTalentId = true): MappedTalent {
	const fields = mapperTalentFields(operation);
	const mode = context.getNodeParameter('columns.mappingMode', itemIndex, 'defineBelow') as string;
	let values: Record<string, unknown>;
	if (mode === 'autoMapInputData') {
		const skipped = new Set(hasStatusUpFront(operation) ? [STATUS_FIELD] : []);
		const mapped = autoMapInput(context.getInputData()[itemIndex]?.json ?? {}, fields, skipped, bareIdIsTalentId);
		values = mapped.values;
		const run = syncRunOf(context);
		if (mapped.unmatched.length > 0 && !run.hints.has('unmatched')) {
			run.hints.add('unmatched');
			context.addExecutionHints({
				message: `Map Automatically found no talent field for these input fields, so they were not sent: ${mapped.unmatched.slice(0, 15).join(', ')}${mapped.unmatched.length > 15 ? ', …' : ''}`,
				location: 'outputPane',
			});
		}
	} else {
		const given = ((context.getNodeParameter('columns.value', itemIndex, {}, { skipValidation: true }) as IDataObject | null) ?? {}) as Record<string, unknown>;
		const offered = new Set(fields.map((field) => field.id));
		values = Object.fromEntries(Object.entries(given).filter(([fieldId]) => offered.has(fieldId)));
	}
	try {
		return talentFromValues(values, itemIndex, savedOptions(savedSchema(context)));
	} catch (error) {
		throw new NodeOperationError(context.getNode(), error instanceof TalentValueError ? error.message : (error as Error), { itemIndex });
	}
}

/**
 * Create and Create or Update: the mapped talent with the Status chosen in its own field above the
 * mapper. Create or Update takes an input field named just "id" as the Talent ID only when matching
 * on Talent ID: a Talent ID wins over every Match On, and a CRM's own id must not pick a talent.
 */
export function readNewTalent(context: IExecuteFunctions, itemIndex: number, operation: 'create' | 'upsert'): MappedTalent {
	const bareIdIsTalentId = operation !== 'upsert' || context.getNodeParameter('matchOn', itemIndex, 'email') === 'talentId';
	const mapped = readMappedTalent(context, itemIndex, operation, bareIdIsTalentId);
	const status = statusProperty(context.getNodeParameter('status', itemIndex, '', { extractValue: true }));
	return { ...mapped, changes: { ...mapped.changes, ...status } };
}
