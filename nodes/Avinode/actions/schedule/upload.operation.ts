import { parseJsonParameter } from '../../../shared/json';
import { readRequiredString } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import type { IDataObject } from 'n8n-workflow';

/**
 * `PUT /schedules` [C]: replaces the aircraft's whole schedule. Send the complete schedule each time,
 * at most once per aircraft about every 5 minutes [C].
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'schedule',
	operation: 'upload',
	method: 'PUT',
	path: () => '/schedules',
	properties: [
		{ displayName: 'Aircraft Tail', name: 'aircraftTail', type: 'string', default: '', required: true, placeholder: 'N123AB' },
		{
			displayName: 'Activities (JSON)',
			name: 'activities',
			type: 'json',
			default: '[]',
			required: true,
			description: 'The complete schedule: every activity (activityType, startAirport, endAirport, startDateTime, endDateTime …). It replaces what Avinode has.',
		},
	],
	body: (context, itemIndex) => ({
		lift: { aircraftTail: readRequiredString(context, 'aircraftTail', 'Aircraft Tail', itemIndex).trim() },
		activities: parseJsonParameter(context.getNode(), context.getNodeParameter('activities', itemIndex, '[]'), 'Activities (JSON)', itemIndex, 'array') as IDataObject[],
	}),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
