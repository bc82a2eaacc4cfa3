/**
 * What an item would change on a talent, and the body that changes it. Values are compared the way
 * people read them, so a sync that runs again finds nothing to do: emails ignore case, phone numbers
 * compare their digits, dates their day, a status its name (or ID), and text ignores surrounding spaces.
 */
import type { IDataObject } from 'n8n-workflow';

import { inputNameKey } from '../../../shared/inputNames';
import type { TalentValueKind } from './talentFields';
import { GENDER_WORDS, TALENT_FIELDS } from './talentFields';

/** Body property (or "residentAddress.part") → how it compares. */
const KIND_OF_PATH = new Map<string, TalentValueKind>(TALENT_FIELDS.map((field) => [field.addressPart ? `${field.property}.${field.addressPart}` : field.property, field.kind]));
KIND_OF_PATH.set('statusId', 'recordId');

const CASE_INSENSITIVE_PATHS = new Set(['residentAddress.state_Province', 'residentAddress.country']);

/** "Female" and "F", "Married With Higher Rates" and "MarriedWithHigherRates" are the same choice. */
function choiceKey(value: string): string {
	const normalized = inputNameKey(value);
	return GENDER_WORDS[normalized] ?? normalized;
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/** Whether the talent already holds `wanted` at `path`. */
export function sameTalentValue(path: string, current: unknown, wanted: unknown): boolean {
	const kind = KIND_OF_PATH.get(path) ?? 'text';
	const have = text(current);
	const want = text(wanted);
	switch (kind) {
		case 'email':
		case 'status':
			return have.toLowerCase() === want.toLowerCase();
		case 'choice':
			return choiceKey(have) === choiceKey(want);
		case 'phone':
			return have.replace(/\D/g, '') === want.replace(/\D/g, '');
		case 'date':
			return have.slice(0, 10) === want.slice(0, 10);
		case 'number':
		case 'recordId':
		case 'talentId':
			return have !== '' && Number(have) === Number(want);
		default:
			return CASE_INSENSITIVE_PATHS.has(path) ? have.toLowerCase() === want.toLowerCase() : have === want;
	}
}

/** The fields `changes` would change on `current`, as paths ("mobilePhone", "residentAddress.city"). */
export function changedTalentFields(current: IDataObject, changes: IDataObject): string[] {
	const changed: string[] = [];
	for (const [property, wanted] of Object.entries(changes)) {
		if (property === 'residentAddress' && wanted && typeof wanted === 'object') {
			const address = (current.residentAddress && typeof current.residentAddress === 'object' ? current.residentAddress : {}) as IDataObject;
			for (const [part, partValue] of Object.entries(wanted as IDataObject)) {
				if (!sameTalentValue(`residentAddress.${part}`, address[part], partValue)) changed.push(`residentAddress.${part}`);
			}
		} else if (!sameTalentValue(property, current[property], wanted)) {
			changed.push(property);
		}
	}
	return changed;
}

/**
 * A status sent by name must not travel with the talent's old status ID, nor an ID with the old
 * name: given both, Avionté uses the ID [C: createtalent], so the change would be ignored.
 */
export function withoutStaleStatus(body: IDataObject, changes: IDataObject): IDataObject {
	const result = { ...body };
	if (changes.status !== undefined && changes.statusId === undefined) delete result.statusId;
	if (changes.statusId !== undefined && changes.status === undefined) delete result.status;
	return result;
}

/** Drops the status from changes (an existing talent keeps its status unless the user asks otherwise). */
export function withoutStatus(changes: IDataObject): IDataObject {
	const result = { ...changes };
	delete result.status;
	delete result.statusId;
	return result;
}

/**
 * The update body: the talent as it is, with the changes on top (the reference does not say whether
 * an update keeps properties left out, so none is left out), the address merged part by part.
 */
export function updateBody(current: IDataObject, changes: IDataObject): IDataObject {
	const body: IDataObject = { ...current, ...changes, id: current.id };
	if (changes.residentAddress && typeof changes.residentAddress === 'object') {
		const address = current.residentAddress && typeof current.residentAddress === 'object' ? (current.residentAddress as IDataObject) : {};
		body.residentAddress = { ...address, ...(changes.residentAddress as IDataObject) };
	}
	return withoutStaleStatus(body, changes);
}
