/**
 * "Map Automatically" by the names people give their columns: a field's API name, its label as the
 * editor shows it (with or without the part in brackets), or a common other name for it, ignoring
 * case, spaces and punctuation ("From (ICAO Code)", "from", "startAirport" and "start_airport").
 */
import type { IDataObject } from 'n8n-workflow';

/** A field as matching needs it. */
export interface NamedField {
	id: string;
	displayName: string;
	/** Other names of the field, any case and spacing (e.g. "Origin", "Tail"). */
	aliases?: string[];
}

/** The form of a name that matching compares: lower case letters and digits only. */
export function inputNameKey(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Name key → field id and how closely the name is the field's own (0 its id, 1 its label, 2 another name). */
function nameTable(fields: NamedField[]): Map<string, { fieldId: string; rank: number }> {
	const table = new Map<string, { fieldId: string; rank: number }>();
	const add = (name: string, fieldId: string, rank: number) => {
		const key = inputNameKey(name);
		const current = table.get(key);
		if (key && (!current || rank < current.rank)) table.set(key, { fieldId, rank });
	};
	for (const field of fields) add(field.id, field.id, 0);
	for (const field of fields) {
		add(field.displayName, field.id, 1);
		add(field.displayName.replace(/\([^)]*\)/g, ''), field.id, 1);
	}
	for (const field of fields) for (const alias of field.aliases ?? []) add(alias, field.id, 2);
	return table;
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The item's values by field id. Where two input fields name one field, the closer name wins (its
 * id over its label over another name), and an empty value never wins. Fields starting with "_" (such
 * as a node's own `_sync`) are skipped; `unmatched` lists the input fields with a value no field takes.
 */
export function matchInputNames(json: IDataObject, fields: NamedField[]): { values: IDataObject; unmatched: string[] } {
	const table = nameTable(fields);
	const chosen = new Map<string, { value: IDataObject[string]; rank: number }>();
	const unmatched: string[] = [];
	for (const [name, value] of Object.entries(json)) {
		if (name.startsWith('_')) continue;
		const match = table.get(inputNameKey(name));
		if (!match) {
			if (!isEmpty(value)) unmatched.push(name);
			continue;
		}
		if (isEmpty(value)) continue;
		// The exact API name is the closest of all.
		const rank = name === match.fieldId ? -1 : match.rank;
		const current = chosen.get(match.fieldId);
		if (!current || rank < current.rank) chosen.set(match.fieldId, { value, rank });
	}
	return { values: Object.fromEntries([...chosen].map(([fieldId, { value }]) => [fieldId, value])), unmatched };
}
