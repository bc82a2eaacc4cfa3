import { readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { requestIdField, suppressNotificationField } from './requestId';

/** `POST /tripmsgs/{requestId}/decline` [C] with the documented reasons. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'tripMessage',
	operation: 'decline',
	method: 'POST',
	path: (context, itemIndex) => `/tripmsgs/${idSegment(readId(context, 'requestId', 'Request ID', itemIndex))}/decline`,
	properties: [
		requestIdField,
		{
			displayName: 'Decline Reason',
			name: 'declineReason',
			type: 'options',
			options: [
				{ name: 'Aircraft Not Available', value: 'AIRCRAFT_NOT_AVAILABLE' },
				{ name: 'Cabotage', value: 'CABOTAGE' },
				{ name: 'Crew Not Available', value: 'CREW_NOT_AVAILABLE' },
				{ name: 'Other', value: 'OTHER' },
				{ name: 'Owner Declined', value: 'OWNER_DECLINED' },
				{ name: 'Unattractive Trip', value: 'UNATTRACTIVE_TRIP' },
				{ name: 'Unknown (API Only)', value: 'UNKNOWN' },
			],
			default: 'AIRCRAFT_NOT_AVAILABLE',
		},
		{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 3 }, default: '' },
		suppressNotificationField,
	],
	body: (context, itemIndex) => ({
		declineReason: context.getNodeParameter('declineReason', itemIndex) as string,
		message: context.getNodeParameter('message', itemIndex, '') as string,
		suppressNotification: context.getNodeParameter('suppressNotification', itemIndex, false) as boolean,
	}),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
