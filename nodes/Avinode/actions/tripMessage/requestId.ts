import { idField } from '../../helpers/fields';

/** A lift id answers that lift, an RFQ id the whole request [C]. */
export const requestIdField = idField(
	'requestId',
	'Request ID',
	'asellerlift-12345678',
	'The requested lift ID (answers that lift) or the RFQ ID (answers the whole request)',
);

export const suppressNotificationField = {
	displayName: 'Suppress Notification',
	name: 'suppressNotification',
	type: 'boolean' as const,
	default: false,
	description: 'Whether to skip the e-mail notification to the buyer',
};
