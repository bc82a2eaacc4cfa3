/**
 * From mapped values to a talent body: each value is cleaned and checked by its field's kind (dates
 * to YYYY-MM-DD, numbers as numbers, a status name or ID, fixed choices by value or name), empty
 * values are left out (an empty cell never clears a field), and "Map Automatically" finds the field
 * for each input name. Pure: callers turn a TalentValueError into the node's error for the item.
 */
import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { inputNameKey } from '../../../shared/inputNames';
import { statusProperty } from './fields';
import type { TalentField } from './talentFields';
import { GENDER_WORDS, TALENT_FIELDS, TALENT_FIELDS_BY_ID, TALENT_ID_FIELD } from './talentFields';

export class TalentValueError extends Error {}

export interface MappedTalent {
	/** Talent properties to send; the resident address as one object. */
	changes: IDataObject;
	/** The mapped Talent ID, when one was given (0 and empty mean none). */
	talentId?: number;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function say(field: TalentField, itemIndex: number, problem: string): TalentValueError {
	return new TalentValueError(`"${field.displayName}" of item ${itemIndex} ${problem}`);
}

const two = (n: number) => String(n).padStart(2, '0');

/** A date picker value, an ISO text, a Date or a date-time object, as YYYY-MM-DD. */
export function dateOnly(value: unknown): string | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : `${value.getFullYear()}-${two(value.getMonth() + 1)}-${two(value.getDate())}`;
	const text = String(value).trim();
	const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
	if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : dateOnly(new Date(parsed));
}

function choice(field: TalentField, value: unknown, options: INodePropertyOptions[], itemIndex: number): string | number {
	const text = String(value).trim();
	if (field.id === 'gender') {
		const gender = GENDER_WORDS[inputNameKey(text)];
		if (gender) return gender;
	}
	const found = options.find((option) => String(option.value).toLowerCase() === text.toLowerCase() || option.name.toLowerCase() === text.toLowerCase());
	if (found) return found.value as string | number;
	throw say(field, itemIndex, `must be one of ${options.map((option) => option.name).join(', ')}, got "${text}"`);
}

function recordId(field: TalentField, value: unknown, options: INodePropertyOptions[] | undefined, itemIndex: number): number {
	const text = String(value).trim();
	if (/^\d+$/.test(text)) return Number(text);
	const named = (options ?? []).filter((option) => option.name.toLowerCase() === text.toLowerCase());
	// Two users may share a name: only an ID tells which one is meant.
	if (named.length > 1) throw say(field, itemIndex, `is "${text}", which ${named.length} entries of its list are named (IDs ${named.map((option) => String(option.value)).join(', ')}); use the ID`);
	if (named.length === 1) return Number(named[0].value);
	throw say(field, itemIndex, `must be a numeric ID${options?.length ? ' or one of the names in its list' : ''}, got "${text}"`);
}

/** One field's value as Avionté takes it. */
function cleanValue(field: TalentField, value: unknown, options: INodePropertyOptions[] | undefined, itemIndex: number): string | number {
	switch (field.kind) {
		case 'email': {
			const text = String(value).trim();
			if (!/^[^@\s]+@[^@\s]+$/.test(text)) throw say(field, itemIndex, `is not an email address: "${text}"`);
			return text;
		}
		case 'date': {
			const date = dateOnly(value);
			if (!date) throw say(field, itemIndex, `must be a date (YYYY-MM-DD), got "${String(value)}"`);
			return date;
		}
		case 'number': {
			const number = typeof value === 'number' ? value : Number(String(value).trim());
			if (!Number.isFinite(number)) throw say(field, itemIndex, `must be a number, got "${String(value)}"`);
			return number;
		}
		case 'talentId':
		case 'recordId':
			return recordId(field, value, options, itemIndex);
		case 'choice':
			return choice(field, value, options ?? field.options ?? [], itemIndex);
		case 'taxId': {
			// The number itself never goes into a message.
			const digits = String(value).replace(/[\s-]/g, '');
			if (!/^\d{9}$/.test(digits)) throw say(field, itemIndex, 'must be exactly 9 digits (an SSN or a SIN padded with zeros)');
			return digits;
		}
		default:
			return typeof value === 'string' ? value.trim() : String(value);
	}
}

/**
 * The talent body of one item. `options` are the dropdown lists of the saved mapper fields (a
 * branch may then be given by name).
 */
export function talentFromValues(values: Record<string, unknown>, itemIndex: number, options: Map<string, INodePropertyOptions[]> = new Map()): MappedTalent {
	const changes: IDataObject = {};
	let talentId: number | undefined;
	for (const [fieldId, value] of Object.entries(values)) {
		const field = TALENT_FIELDS_BY_ID.get(fieldId);
		if (!field || isEmpty(value)) continue;
		if (field.kind === 'status') {
			Object.assign(changes, statusProperty(value));
			continue;
		}
		const clean = cleanValue(field, value, options.get(fieldId), itemIndex);
		if (field.id === TALENT_ID_FIELD) {
			if (clean !== 0) talentId = clean as number;
		} else if (field.addressPart) {
			changes[field.property] = { ...((changes[field.property] as IDataObject | undefined) ?? {}), [field.addressPart]: clean };
		} else {
			changes[field.property] = clean;
		}
	}
	return { changes, talentId };
}

/** Input names "Map Automatically" understands: a field's id and label first, then its other names. */
const NAME_TO_FIELD: Map<string, { fieldId: string; rank: number }> = (() => {
	const names = new Map<string, { fieldId: string; rank: number }>();
	for (const field of TALENT_FIELDS) {
		for (const name of [field.id, field.displayName]) names.set(inputNameKey(name), { fieldId: field.id, rank: 0 });
	}
	for (const field of TALENT_FIELDS) {
		for (const alias of field.aliases ?? []) if (!names.has(alias)) names.set(alias, { fieldId: field.id, rank: 1 });
	}
	return names;
})();

/** The resident address of an Avionté record, as the mapper's address fields (every operation offers them all). */
const ADDRESS_PARTS = new Map(TALENT_FIELDS.filter((field) => field.addressPart).map((field) => [inputNameKey(field.addressPart ?? ''), field.id]));

export interface AutoMapped {
	values: Record<string, unknown>;
	/** Input fields with a value that no talent field takes. */
	unmatched: string[];
}

/**
 * Matches input field names to talent fields, ignoring case, spaces and punctuation ("First Name",
 * "first_name" and "firstName" are the same). A field named two ways takes its own name over another
 * name for it; fields starting with "_" (such as this node's own `_sync`) are skipped. Only the
 * `offered` fields (those of the operation's mapper) are filled; input for a `skipped` field (one the
 * operation takes from a field of its own, such as Status) is left out without a word. Unless
 * `bareIdIsTalentId`, an input field named just "id" is not taken as the Talent ID ("Talent ID",
 * "talentId" and "avionteId" are).
 */
export function autoMapInput(json: IDataObject, offered: TalentField[] = TALENT_FIELDS, skipped: ReadonlySet<string> = new Set(), bareIdIsTalentId = true): AutoMapped {
	const offeredIds = new Set(offered.map((field) => field.id));
	const chosen = new Map<string, { value: unknown; rank: number }>();
	const unmatched: string[] = [];
	const offer = (fieldId: string, value: unknown, rank: number) => {
		if (isEmpty(value)) return;
		const current = chosen.get(fieldId);
		if (!current || rank < current.rank) chosen.set(fieldId, { value, rank });
	};
	for (const [name, value] of Object.entries(json)) {
		if (name.startsWith('_')) continue;
		const normalized = inputNameKey(name);
		if (normalized === 'residentaddress' && value && typeof value === 'object' && !Array.isArray(value)) {
			for (const [part, partValue] of Object.entries(value as IDataObject)) {
				const fieldId = ADDRESS_PARTS.get(inputNameKey(part));
				if (fieldId) offer(fieldId, partValue, 0);
			}
			continue;
		}
		// A bare "id" is often another system's own key: it names the talent only where the user matches on Talent ID.
		const match = normalized === TALENT_ID_FIELD && !bareIdIsTalentId ? undefined : NAME_TO_FIELD.get(normalized);
		if (match && skipped.has(match.fieldId)) continue;
		if (match && offeredIds.has(match.fieldId)) offer(match.fieldId, value, match.rank);
		else if (!isEmpty(value)) unmatched.push(name);
	}
	return { values: Object.fromEntries([...chosen].map(([fieldId, { value }]) => [fieldId, value])), unmatched };
}
