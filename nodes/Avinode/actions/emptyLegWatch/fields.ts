/** Watch fields and helpers shared by Create and Update; body shape [C: /reference-link/createwatch]. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseWholeNumber, valueOrThrow } from '../../../shared/inputs';
import { AIRPORT_SEARCH_ADVICE, watchedPlace } from '../../helpers/airportCodes';

const FROM_LABEL = 'From (Airport ICAO or Country Code)';
const TO_LABEL = 'To (Airport ICAO or Country Code)';

/** Two letters is a country (ISO 3166-1 alpha-2) [C], four an airport; anything else fails, naming field, segment and item. */
export function watchedSegment(context: IExecuteFunctions, segment: IDataObject, index: number, itemIndex: number): IDataObject {
	const where = `watched segment ${index + 1} of item ${itemIndex}`;
	const place = (label: string, value: unknown): IDataObject => {
		const result = watchedPlace(label, where, value);
		if ('problem' in result) throw new NodeOperationError(context.getNode(), result.problem, { itemIndex, description: AIRPORT_SEARCH_ADVICE });
		return result.place;
	};
	return { start: place(FROM_LABEL, segment.start), end: place(TO_LABEL, segment.end) };
}

export const watchedSegmentsOption: INodeProperties = {
	displayName: 'Watched Segments',
	name: 'watchedSegments',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Segment',
	default: {},
	description: 'Replaces every watched segment of the watch',
	options: [
		{
			name: 'segment',
			displayName: 'Segment',
			values: [
				{ displayName: FROM_LABEL, name: 'start', type: 'string', default: '', placeholder: 'KTEB or US' },
				{ displayName: TO_LABEL, name: 'end', type: 'string', default: '', placeholder: 'KPBI or FR' },
			],
		},
	],
};

/** Reads the segments of an Update Fields collection; a half-filled segment names its position and item. */
export function watchedSegmentsFrom(context: IExecuteFunctions, raw: unknown, itemIndex: number): IDataObject[] {
	const segments = ((raw ?? {}) as IDataObject).segment as IDataObject[] | undefined;
	if (!segments || segments.length === 0) throw new NodeOperationError(context.getNode(), `"Watched Segments" of item ${itemIndex} is empty: add a segment or remove the field`, { itemIndex });
	return segments.map((segment, index) => {
		const start = String(segment.start ?? '').trim();
		const end = String(segment.end ?? '').trim();
		if (!start || !end) throw new NodeOperationError(context.getNode(), `"From" and "To" are required in watched segment ${index + 1} of item ${itemIndex}`, { itemIndex });
		return watchedSegment(context, segment, index, itemIndex);
	});
}

/** Days Out as a whole number of days (an expression may give text or a fraction); other fields as they are. */
export function watchOptions(context: IExecuteFunctions, fields: IDataObject, itemIndex: number): IDataObject {
	const options = { ...fields };
	if (options.daysOut !== undefined && options.daysOut !== '') options.daysOut = valueOrThrow(context, parseWholeNumber(options.daysOut, 1), 'Days Out', itemIndex);
	return options;
}

/** Server-made parts of a read watch that do not belong in a PUT body. */
export function writableWatch(watch: IDataObject): IDataObject {
	const body = { ...watch };
	for (const key of ['href', 'links', 'actions', '_meta']) delete body[key];
	return body;
}
