/** Avinode fields several operations share. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readOpaqueId } from '../../shared/inputs';

/** A required opaque id typed or mapped by the user. */
export function idField(name: string, displayName: string, placeholder: string, description?: string): INodeProperties {
	return { displayName, name, type: 'string', default: '', required: true, placeholder, description };
}

/** Ids are opaque [C]: text or a number, trimmed, checked for presence and path safety, never parsed. */
export function readId(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	return readOpaqueId(context, name, displayName, itemIndex);
}

export function readRequiredString(context: IExecuteFunctions, name: string, displayName: string, itemIndex: number): string {
	const value = String(context.getNodeParameter(name, itemIndex, '') ?? '');
	if (value.trim() === '') throw new NodeOperationError(context.getNode(), `"${displayName}" of item ${itemIndex} is empty`, { itemIndex });
	return value;
}

export const actAsOption: INodeProperties = {
	displayName: 'Act-As Account',
	name: 'actAsAccount',
	type: 'string',
	default: '',
	description: 'Avinode username to act as for this operation (X-Avinode-ActAsAccount); overrides the credential default',
};

/** Sparse fieldsets: `fields[<type>]` [C]. Known values become a multi-select, others a comma list. */
export function sparseFieldsOption(type: string, values?: string[]): INodeProperties {
	if (values) {
		return {
			displayName: `Sparse Fields (${type})`,
			name: 'sparseFields',
			type: 'multiOptions',
			options: values.map((value) => ({ name: value, value })),
			default: [],
			description: `Extra information to request with fields[${type}]`,
		};
	}
	return {
		displayName: `Sparse Fields (${type})`,
		name: 'sparseFields',
		type: 'string',
		default: '',
		placeholder: 'e.g. segments,links',
		description: `Comma-separated values sent as fields[${type}] (see the operation's page in the Avinode docs)`,
	};
}

/**
 * The documented extras of one resource type as a list [C: API Basics, "Sparse Fields": information
 * included only when requested in the operation's `fields[…]` parameter].
 */
export function extraFieldsOption(type: string, values: string[]): INodeProperties {
	return {
		displayName: `Include Extra Information (fields[${type}])`,
		name: 'extraFields',
		type: 'multiOptions',
		options: values.map((value) => ({ name: value, value })),
		default: [],
		description: `Extra information the answer includes only when asked for, sent as fields[${type}]`,
	};
}

/** RFQ "Include" (version 1 name kept): the values go into `fields[rfqs]`, as the docs ask. */
export function expansionsOption(values: string[]): INodeProperties {
	return {
		displayName: 'Include',
		name: 'expansions',
		type: 'multiOptions',
		options: values.map((value) => ({ name: value, value })),
		default: [],
		description: 'Extra information the answer includes only when asked for, sent as fields[rfqs] values',
	};
}

/** A comma list or an array (expressions may give either), trimmed, empties dropped. */
export function listOf(value: unknown): string[] {
	const raw = Array.isArray(value) ? value : String(value ?? '').split(',');
	return raw.map((entry) => String(entry).trim()).filter(Boolean);
}

/**
 * Builds `fields[<type>]` from an operation's Options: the free-text Sparse Fields, the documented list
 * (Include Extra Information) and the RFQ Include list all end up there, each value once. The API reads
 * no `<value>=true` parameters [C: API Basics].
 */
export function queryFromOptions(options: IDataObject, sparseType?: string): IDataObject {
	const values = [...new Set([...listOf(options.sparseFields), ...listOf(options.extraFields), ...listOf(options.expansions)])];
	return sparseType && values.length > 0 ? { [`fields[${sparseType}]`]: values } : {};
}

/** Itinerary segments as a repeatable group; the API's airport objects take ICAO codes [C]. */
export const segmentsField: INodeProperties = {
	displayName: 'Segments',
	name: 'segments',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Segment',
	default: {},
	required: true,
	options: [
		{
			name: 'segment',
			displayName: 'Segment',
			values: [
				{
					displayName: 'Date',
					name: 'date',
					type: 'string',
					default: '',
					placeholder: '2026-12-24',
					description: 'Local date, YYYY-MM-DD',
				},
				{
					displayName: 'End Airport (ICAO)',
					name: 'endAirport',
					type: 'string',
					default: '',
					placeholder: 'KPBI',
				},
				{
					displayName: 'Passengers',
					name: 'paxCount',
					type: 'number',
					default: 1
				},
				{
					displayName: 'Start Airport (ICAO)',
					name: 'startAirport',
					type: 'string',
					default: '',
					placeholder: 'KTEB',
				},
				{
					displayName: 'Time',
					name: 'time',
					type: 'string',
					default: '',
					placeholder: '10:00',
					description: 'Local time, HH:mm;	empty means to be decided',
				},
				{
					displayName: 'Time Is Departure',
					name: 'departure',
					type: 'boolean',
					default: true,
					description: 'Whether the time is the departure time (otherwise arrival)',
				},
			],
		},
	],
};

export function readSegments(context: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const raw = (context.getNodeParameter('segments', itemIndex, {}) as IDataObject).segment as IDataObject[] | undefined;
	if (!raw || raw.length === 0) throw new NodeOperationError(context.getNode(), `"Segments" of item ${itemIndex} is empty: add at least one segment`, { itemIndex });
	return raw.map((segment, index) => {
		const start = String(segment.startAirport ?? '').trim().toUpperCase();
		const end = String(segment.endAirport ?? '').trim().toUpperCase();
		const date = String(segment.date ?? '').trim();
		const time = String(segment.time ?? '').trim();
		const where = `segment ${index + 1} of item ${itemIndex}`;
		if (!start || !end) throw new NodeOperationError(context.getNode(), `Start and end airport are required in ${where}`, { itemIndex });
		if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new NodeOperationError(context.getNode(), `"Date" of ${where} must be YYYY-MM-DD, got "${date}"`, { itemIndex });
		if (time && !/^\d{2}:\d{2}$/.test(time)) throw new NodeOperationError(context.getNode(), `"Time" of ${where} must be HH:mm, got "${time}"`, { itemIndex });
		return {
			startAirport: { icao: start },
			endAirport: { icao: end },
			dateTime: { date, ...(time ? { time } : {}), departure: segment.departure !== false, local: true },
			// The API documents paxCount as a string [C].
			paxCount: String(segment.paxCount ?? 1),
			paxSegment: true,
			timeTBD: !time,
		};
	});
}
