/**
 * Date fields as the APIs want them. A date field may hold n8n dateTime text, ISO text with or
 * without an offset, epoch milliseconds, a JS Date or a Luxon DateTime from an expression. Text
 * without an offset is read as UTC (said in each field's description), never as the machine's zone.
 */
import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;
const ZONED_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Returns the instant, undefined for an empty value, or null when the value is not a date we accept. */
export function parseDateValue(value: unknown): Date | undefined | null {
	if (value === undefined || value === null || value === '') return undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
	if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : null;
	if (typeof value === 'object' && typeof (value as { toJSDate?: unknown }).toJSDate === 'function') {
		const date = (value as { toJSDate(): Date }).toJSDate();
		return Number.isNaN(date.getTime()) ? null : date;
	}
	if (typeof value !== 'string') return null;
	const text = value.trim();
	if (text === '') return undefined;
	let iso: string;
	if (DATE_ONLY.test(text)) iso = `${text}T00:00:00Z`;
	else if (LOCAL_DATE_TIME.test(text)) iso = `${text.replace(' ', 'T')}Z`;
	else if (ZONED_DATE_TIME.test(text)) iso = text.replace(' ', 'T');
	else return null;
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? null : date;
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, the UTC form Avionté's stage dates require [C]. */
export function utcWithMillis(date: Date): string {
	return date.toISOString();
}

/** `YYYY-MM-DDTHH:mm:ssZ`: ISO 8601 UTC to the second. */
export function utcToSecond(date: Date): string {
	return `${date.toISOString().slice(0, 19)}Z`;
}

/** Reads a date parameter; a value that is not a date names the field and the item. */
export function readDateParameter(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number, options: { required?: boolean; fallback?: unknown } = {}): Date | undefined {
	const raw = context.getNodeParameter(name, itemIndex, options.fallback ?? '') as unknown;
	return checkedDate(context, raw, displayName, itemIndex, options.required === true);
}

/** Checks a date value taken from a collection or elsewhere, with the same messages. */
export function checkedDate(context: IExecuteFunctions, raw: unknown, displayName: string, itemIndex: number, required = false): Date | undefined {
	const date = parseDateValue(raw);
	if (date === null) {
		throw new NodeOperationError(context.getNode(), `"${displayName}" of item ${itemIndex} is not a date: "${String(raw)}"`, {
			itemIndex,
			description: 'Use ISO 8601, e.g. 2026-12-01T14:30:00Z; without an offset the time is read as UTC',
		});
	}
	if (date === undefined && required) throw new NodeOperationError(context.getNode(), `"${displayName}" of item ${itemIndex} is empty`, { itemIndex });
	return date;
}
