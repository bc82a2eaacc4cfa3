import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonObject } from '../../../shared/json';
import { readSegments, segmentsFields } from '../../helpers/segments';
import { writeOperation } from '../../helpers/operations';

/** The buyer message limit [C-3p: PD-fork create-rfq, "max 4000 characters"]. */
const BUYER_MESSAGE_MAX = 4000;

function idList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\s,;]+/);
	return parts.map((part) => part.trim()).filter(Boolean);
}

const properties: INodeProperties[] = [
	{
		displayName: 'Request By',
		name: 'requestBy',
		type: 'options',
		options: [
			{ name: 'Itinerary', value: 'itinerary', description: 'Send the segments below' },
			{ name: 'Search Results', value: 'searchResults', description: 'Send to the operators of results of an availability search' },
		],
		default: 'itinerary',
	},
	...segmentsFields({ requestBy: ['itinerary'] }),
	{
		displayName: 'Search Result IDs',
		name: 'searchResultIds',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'asearchhit-123, asearchhit-456',
		description: 'Results of Search > Create, separated by commas (or an array from an expression)',
		displayOptions: { show: { requestBy: ['searchResults'] } },
	},
	{
		displayName: 'Buyer Message',
		name: 'buyerMessage',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description: `Message to the operators, at most ${BUYER_MESSAGE_MAX} characters`,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Notification Settings', name: 'buyerNotificationSettings', type: 'string', default: '', description: 'Name of the notification settings to use (Company > Settings > Webhooks in Avinode)' },
			{ displayName: 'Trip ID', name: 'tripId', type: 'string', default: '', placeholder: 'atrip-12345678', description: 'A trip made with Trip > Create, to attach the RFQ to' },
		],
	},
	{
		displayName: 'Additional RFQ Properties (JSON)',
		name: 'rfqJson',
		type: 'json',
		default: '{}',
		description: 'Other properties of the RFQ body, merged last (e.g. criteria)',
	},
];

function body(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const result: IDataObject = {};
	if (context.getNodeParameter('requestBy', itemIndex, 'itinerary') === 'searchResults') {
		const hits = idList(context.getNodeParameter('searchResultIds', itemIndex, ''));
		if (hits.length === 0) throw new NodeOperationError(context.getNode(), `"Search Result IDs" of item ${itemIndex} is empty`, { itemIndex });
		result.searchResultIds = hits;
	} else {
		result.segments = readSegments(context, itemIndex);
	}
	const message = String(context.getNodeParameter('buyerMessage', itemIndex, '') ?? '');
	if (message.length > BUYER_MESSAGE_MAX) {
		throw new NodeOperationError(context.getNode(), `"Buyer Message" of item ${itemIndex} has ${message.length} characters; Avinode allows at most ${BUYER_MESSAGE_MAX}`, { itemIndex });
	}
	if (message.trim()) result.buyerMessage = message;
	const additional = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	for (const key of ['tripId', 'buyerNotificationSettings']) {
		const value = String(additional[key] ?? '').trim();
		if (value) result[key] = value;
	}
	return { ...result, ...parseJsonObject(context.getNode(), context.getNodeParameter('rfqJson', itemIndex, '{}'), 'Additional RFQ Properties (JSON)', itemIndex) };
}

/**
 * `POST /rfqs` [C-3p: PD-fork createRfq → /reference/createrfq_1; body tripId?, searchResultIds? or
 * segments/criteria, buyerMessage, buyerNotificationSettings]. Not re-sent after an ambiguous
 * failure: a second RFQ would reach the operators twice.
 */
const operation = writeOperation({ platform: 'avinode', resource: 'rfq', operation: 'create', method: 'POST', path: () => '/rfqs', properties, body });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
