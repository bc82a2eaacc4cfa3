/** Records flat enough for a spreadsheet row or a CSV line. */
import type { IDataObject } from 'n8n-workflow';

type Cell = string | number | boolean | null;

function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function cell(value: unknown): Cell {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
	if (Array.isArray(value) && value.every((entry) => !isRecord(entry) && !Array.isArray(entry))) return value.map((entry) => String(entry)).join(', ');
	return JSON.stringify(value);
}

/**
 * One level of columns: nested objects become `parent.child` columns (deeper ones are kept as JSON
 * text), lists of plain values a comma list, lists of records JSON text; `drop` names columns to leave out.
 */
export function flattenRecord(record: IDataObject, drop: string[] = []): IDataObject {
	const row: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		if (drop.includes(key)) continue;
		if (isRecord(value)) {
			for (const [child, childValue] of Object.entries(value)) if (!drop.includes(`${key}.${child}`)) row[`${key}.${child}`] = cell(childValue);
		} else {
			row[key] = cell(value);
		}
	}
	return row;
}
