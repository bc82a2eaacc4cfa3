/**
 * Reading numbers and IDs from node parameters, whoever supplied them: a user typing in the editor,
 * an expression, or an AI model through `$fromAI`. The editor's `minValue` and field types do not
 * apply to expressions or model-supplied values, so every value is checked here, before any request,
 * and a bad one fails with the field and the item named.
 *
 * The `parse…` functions are pure (they return the value or a reason); the `read…` functions read the
 * parameter and turn a reason into an error for the item.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isDotsOnly } from './paths';

export type Parsed<T> = { value: T } | { problem: string };

/** How a value reads in an error message: text in quotes, numbers as they are, other kinds by name. */
export function describeValue(raw: unknown): string {
	if (raw === undefined || raw === null || raw === '') return 'nothing';
	if (typeof raw === 'string') return `"${raw.length > 60 ? `${raw.slice(0, 60)}…` : raw}"`;
	if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
	if (Array.isArray(raw)) return 'a list';
	return 'an object';
}

/** A whole number from a number or from text of digits (expressions and models give either). */
function wholeNumber(raw: unknown): number | undefined {
	if (typeof raw === 'number') return Number.isSafeInteger(raw) ? raw : undefined;
	if (typeof raw !== 'string') return undefined;
	const text = raw.trim();
	if (!/^-?[0-9]+$/.test(text)) return undefined;
	const value = Number(text);
	return Number.isSafeInteger(value) ? value : undefined;
}

/** A whole number of at least `min` (Limit: 1; a bound where 0 means none: 0). */
export function parseWholeNumber(raw: unknown, min: number): Parsed<number> {
	const value = wholeNumber(raw);
	if (value === undefined || value < min) return { problem: `must be a whole number of ${min} or more, got ${describeValue(raw)}` };
	return { value };
}

/** A number of at least `min`, fractions allowed (a rate per second), from a number or numeric text. */
export function parseNumber(raw: unknown, min: number): Parsed<number> {
	const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw.trim()) : Number.NaN;
	if (!Number.isFinite(value) || value < min) return { problem: `must be a number of ${min} or more, got ${describeValue(raw)}` };
	return { value };
}

/**
 * A trigger's "Ignore Repeats Within (Minutes)" in milliseconds: not set gives the default, 0 turns the
 * repeat check off, fractions of a minute are allowed.
 */
export function parseRepeatWindowMs(raw: unknown, defaultMinutes: number): Parsed<number> {
	const minutes = parseNumber(raw ?? defaultMinutes, 0);
	return 'problem' in minutes ? minutes : { value: minutes.value * 60_000 };
}

/** A numeric record ID (Avionté): a positive whole number, given as a number or as digits. */
export function parseNumericId(raw: unknown, api: string): Parsed<number> {
	const value = wholeNumber(raw);
	if (value === undefined || value <= 0) return { problem: `must be a numeric ${api} ID, got ${describeValue(raw)}` };
	return { value };
}

/**
 * An opaque ID (Avinode, Schedaero): text or a whole number, trimmed, never parsed further. It goes
 * into a request path, so it may hold no spaces, `/`, `?` or `#`, and may not be only dots.
 */
export function parseOpaqueId(raw: unknown): Parsed<string> {
	if (typeof raw === 'number' && !Number.isSafeInteger(raw)) return { problem: `is not an ID: ${describeValue(raw)}` };
	if (typeof raw !== 'string' && typeof raw !== 'number' && raw !== undefined && raw !== null) {
		return { problem: `must be an ID (text or a number), got ${describeValue(raw)}` };
	}
	const id = String(raw ?? '').trim();
	if (!id) return { problem: 'is empty' };
	if (/[\s/?#]/.test(id)) return { problem: `is not an ID: "${id}"` };
	if (isDotsOnly(id)) return { problem: `is not an ID: "${id}" (an ID made only of dots would change the request path)` };
	return { value: id };
}

/** The parsed value, or an error naming the field and the item. */
export function valueOrThrow<T>(context: IExecuteFunctions, parsed: Parsed<T>, displayName: string, itemIndex: number): T {
	if ('problem' in parsed) throw new NodeOperationError(context.getNode(), `"${displayName}" of item ${itemIndex} ${parsed.problem}`, { itemIndex });
	return parsed.value;
}

/** Reads a whole-number parameter of at least `min`; `fallback` when the parameter is not set. */
export function readWholeNumber(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number, min: number, fallback: number): number {
	const raw = context.getNodeParameter(name, itemIndex, fallback);
	return valueOrThrow(context, parseWholeNumber(raw, min), displayName, itemIndex);
}

/** Reads a numeric record ID from a record picker ("By ID" or "From List") or a plain field. */
export function readNumericId(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number, api: string): number {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return valueOrThrow(context, parseNumericId(raw, api), displayName, itemIndex);
}

/** Reads an opaque ID from a record picker or a plain field. */
export function readOpaqueId(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const raw = context.getNodeParameter(name, itemIndex, '', { extractValue: true });
	return valueOrThrow(context, parseOpaqueId(raw), displayName, itemIndex);
}
