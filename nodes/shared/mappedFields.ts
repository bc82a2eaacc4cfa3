/**
 * n8n's field mapper (`resourceMapper` parameters): the fields an operation offers, and the values an
 * item maps to them, checked and converted to each field's type with errors naming the field and item.
 */
import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions, ResourceMapperField } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { matchInputNames } from './inputNames';

export type MappedFieldType = 'string' | 'number' | 'boolean' | 'dateTime' | 'options' | 'object' | 'array';

/** One field of a mapper, as the operation describes it. */
export interface MappedField {
	id: string;
	displayName: string;
	type: MappedFieldType;
	required?: boolean;
	options?: INodePropertyOptions[];
	/** Offered under "Add field" instead of shown from the start. */
	optional?: boolean;
	/** Other names "Map Automatically" takes for the field, with `matchNames` (see inputNames.ts). */
	aliases?: string[];
}

/**
 * The mapper parameter (`columns`): fields from `resourceMapperMethod`, reloaded when a parameter in
 * `dependsOn` changes; fields can be mapped one by one or automatically from the input's field names.
 */
export function mapperParameter(resourceMapperMethod: string, options: { dependsOn?: string[]; description?: string } = {}): INodeProperties {
	return {
		displayName: 'Fields',
		name: 'columns',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		required: true,
		...(options.description ? { description: options.description } : {}),
		typeOptions: {
			...(options.dependsOn ? { loadOptionsDependsOn: options.dependsOn } : {}),
			resourceMapper: {
				resourceMapperMethod,
				mode: 'add',
				fieldWords: { singular: 'field', plural: 'fields' },
				addAllFields: true,
				multiKeyMatch: false,
				supportAutoMap: true,
			},
		},
	};
}

/** The mapper's field list for n8n's editor. */
export function mapperFields(fields: MappedField[]): ResourceMapperField[] {
	return fields.map((field) => ({
		id: field.id,
		displayName: field.displayName,
		required: field.required === true,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type: field.type,
		...(field.options ? { options: field.options } : {}),
		...(field.optional && !field.required ? { removed: true } : {}),
	}));
}

function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The schema saved with the mapper (the fields the editor showed), as field descriptions. */
function savedSchema(value: IDataObject): MappedField[] {
	const schema = Array.isArray(value.schema) ? value.schema : [];
	return schema.filter(isRecord).map((entry) => ({
		id: String(entry.id ?? ''),
		displayName: String(entry.displayName ?? entry.id ?? ''),
		type: (['string', 'number', 'boolean', 'dateTime', 'options', 'object', 'array'].includes(String(entry.type)) ? entry.type : 'string') as MappedFieldType,
	}));
}

const TRUE_WORDS = new Set(['true', 'yes', '1', 'on']);
const FALSE_WORDS = new Set(['false', 'no', '0', 'off']);

/** A mapped value in its field's type; `undefined` for an empty value (nothing to send). */
export function convertMappedValue(field: Pick<MappedField, 'displayName' | 'type' | 'options'>, raw: unknown, itemIndex: number): unknown {
	if (raw === undefined || raw === null) return undefined;
	if (typeof raw === 'string' && raw.trim() === '' && field.type !== 'string') return undefined;
	if (raw === '') return undefined;
	const wrong = (expected: string) => new Error(`"${field.displayName}" of item ${itemIndex} must be ${expected}, got ${JSON.stringify(raw)}`);
	switch (field.type) {
		case 'number': {
			const number = typeof raw === 'number' ? raw : Number(String(raw).trim());
			if (typeof raw === 'boolean' || !Number.isFinite(number)) throw wrong('a number');
			return number;
		}
		case 'boolean': {
			if (typeof raw === 'boolean') return raw;
			const word = String(raw).trim().toLowerCase();
			if (TRUE_WORDS.has(word)) return true;
			if (FALSE_WORDS.has(word)) return false;
			throw wrong('true or false');
		}
		case 'dateTime': {
			const text = raw instanceof Date ? raw.toISOString() : String(raw).trim();
			if (Number.isNaN(Date.parse(text))) throw wrong('a date and time such as 2026-12-24T10:00:00Z');
			return text;
		}
		case 'options': {
			const allowed = (field.options ?? []).map((option) => option.value);
			if (allowed.length > 0 && !allowed.includes(raw as string)) throw wrong(`one of ${allowed.map((value) => JSON.stringify(value)).join(', ')}`);
			return raw;
		}
		case 'object':
		case 'array': {
			let value: unknown = raw;
			if (typeof raw === 'string') {
				try {
					value = JSON.parse(raw);
				} catch {
					throw wrong(field.type === 'array' ? 'a JSON array' : 'a JSON object');
				}
			}
			if (field.type === 'array' ? !Array.isArray(value) : !isRecord(value)) throw wrong(field.type === 'array' ? 'a list' : 'an object');
			return value;
		}
		default:
			return typeof raw === 'object' ? JSON.stringify(raw) : String(raw);
	}
}

/**
 * The values one item gives a mapper parameter: the mapped columns ("Map Each Field Below"), or the
 * item's own fields whose names match a field ("Map Automatically": by API name, or with `matchNames`
 * also by label and other names, see inputNames.ts). Empty values are left out, so an update changes
 * only what the item carries; each value is converted to its field's type.
 */
export function readMappedValues(context: IExecuteFunctions, parameterName: string, itemIndex: number, known: MappedField[], options: { matchNames?: boolean } = {}): IDataObject {
	const parameter: unknown = context.getNodeParameter(parameterName, itemIndex, {});
	const mapper = isRecord(parameter) ? parameter : {};
	const fields = new Map<string, MappedField>();
	for (const field of [...savedSchema(mapper), ...known]) fields.set(field.id, { ...fields.get(field.id), ...field });
	const automatic = mapper.mappingMode === 'autoMapInputData';
	const input: IDataObject = automatic ? context.getInputData()[itemIndex]?.json ?? {} : {};
	const source: IDataObject = automatic ? (options.matchNames ? matchInputNames(input, [...fields.values()]).values : input) : isRecord(mapper.value) ? mapper.value : {};
	const values: IDataObject = {};
	for (const [id, raw] of Object.entries(source)) {
		const field = fields.get(id);
		// Automatic mapping takes only the item fields the mapper knows; a mapped unknown one is sent as text.
		if (!field && mapper.mappingMode === 'autoMapInputData') continue;
		let value: unknown;
		try {
			value = convertMappedValue(field ?? { displayName: id, type: 'string' }, raw, itemIndex);
		} catch (error) {
			throw new NodeOperationError(context.getNode(), (error as Error).message, { itemIndex });
		}
		if (value !== undefined) values[id] = value as IDataObject[string];
	}
	return values;
}

/** The first required field the values leave empty, if any. */
export function missingRequired(values: IDataObject, fields: MappedField[]): MappedField | undefined {
	return fields.find((field) => field.required && (values[field.id] === undefined || values[field.id] === ''));
}
