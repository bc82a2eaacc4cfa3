import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readDateParameter, utcToSecond } from '../../../shared/dates';
import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { unwrap } from '../../helpers/envelope';
import { actAsOption } from '../../helpers/fields';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../../transport';

const properties: INodeProperties[] = [
	{ displayName: 'Start', name: 'start', type: 'dateTime', default: '', required: true, description: 'Beginning of the time window; a time without offset is read as UTC' },
	{ displayName: 'End', name: 'end', type: 'dateTime', default: '', required: true, description: 'End of the time window; a time without offset is read as UTC' },
	{
		displayName: 'Output',
		name: 'output',
		type: 'options',
		options: [
			{ name: 'One Item per Aircraft', value: 'aircraft', description: 'Each aircraft with its activities in the window' },
			{ name: 'One Item per Activity', value: 'activity', description: 'Each flight, empty leg or maintenance slot, with its aircraft tail' },
		],
		default: 'aircraft',
	},
	requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['schedule'], operation: ['getFleetSchedules'] } }, properties);

export const itemsInParallel = true;

/** One activity per item, carrying its aircraft's tail so the item stands on its own. */
export function activitiesOf(schedules: IDataObject[]): IDataObject[] {
	return schedules.flatMap((schedule) => {
		const aircraftTail = ((schedule.lift ?? {}) as IDataObject).aircraftTail ?? null;
		const activities = Array.isArray(schedule.activities) ? (schedule.activities as IDataObject[]) : [];
		return activities.map((activity) => ({ aircraftTail, ...activity }));
	});
}

/** `GET /schedules?startts&endts`: the schedules of the whole fleet in a window [C-3p: PD-fork listFleetSchedules → /reference/readschedule]. */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const start = readDateParameter(this, 'start', 'Start', itemIndex, { required: true })!;
	const end = readDateParameter(this, 'end', 'End', itemIndex, { required: true })!;
	if (start.getTime() > end.getTime()) {
		throw new NodeOperationError(this.getNode(), `"Start" of item ${itemIndex} (${start.toISOString()}) is after "End" (${end.toISOString()})`, { itemIndex });
	}
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/schedules', {
		qs: { startts: utcToSecond(start), endts: utcToSecond(end) },
		itemIndex,
		retryPolicy,
		actAs: options.actAsAccount as string | undefined,
	});
	const schedules = unwrap(response.body, true);
	return itemResults(this, itemIndex, this.getNodeParameter('output', itemIndex, 'aircraft') === 'activity' ? activitiesOf(schedules) : schedules);
}
