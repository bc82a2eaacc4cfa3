/**
 * The `{ meta: { errors, warnings, infos, pagination? }, data }` envelope [C]. Simplify unwraps `data`;
 * warnings and infos stay visible under `_meta` so a user sees them next to the record.
 * Unknown properties pass through untouched [C: checklist].
 */
import type { IDataObject } from 'n8n-workflow';

export interface Envelope {
	meta?: IDataObject & { warnings?: unknown[]; infos?: unknown[]; pagination?: { pageNumber?: number; batchSize?: number; totalCount?: number } };
	data?: unknown;
}

export function isEnvelope(body: unknown): body is Envelope {
	return body !== null && typeof body === 'object' && !Array.isArray(body) && ('meta' in body || 'data' in body);
}

/** Warnings and infos worth showing, or undefined when there are none. */
export function visibleMeta(meta: Envelope['meta']): IDataObject | undefined {
	if (!meta) return undefined;
	const result: IDataObject = {};
	if (Array.isArray(meta.warnings) && meta.warnings.length > 0) result.warnings = meta.warnings as IDataObject[];
	if (Array.isArray(meta.infos) && meta.infos.length > 0) result.infos = meta.infos as IDataObject[];
	return Object.keys(result).length > 0 ? result : undefined;
}

export function unwrap(body: unknown, simplify: boolean): IDataObject[] {
	if (!isEnvelope(body)) return [body !== null && typeof body === 'object' ? (body as IDataObject) : { body: body as string }];
	if (!simplify) return [body as IDataObject];
	const extra = visibleMeta(body.meta);
	const withMeta = (record: unknown): IDataObject => {
		const json: IDataObject = record !== null && typeof record === 'object' ? { ...(record as IDataObject) } : { value: record as string };
		if (extra) json._meta = extra;
		return json;
	};
	if (Array.isArray(body.data)) return body.data.map(withMeta);
	if (body.data === undefined || body.data === null) return [withMeta({ success: true })];
	return [withMeta(body.data)];
}
