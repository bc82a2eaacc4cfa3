import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseNumber, valueOrThrow } from '../../../shared/inputs';
import { parseJsonObject, parseJsonParameter } from '../../../shared/json';
import { readId } from '../../helpers/fields';
import { writeOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';
import { requestIdField, suppressNotificationField } from './requestId';

const properties: INodeProperties[] = [
	requestIdField,
	{ displayName: 'Total Price', name: 'totalPrice', type: 'number', typeOptions: { minValue: 0 }, default: 0, required: true },
	{ displayName: 'Currency Code', name: 'currencyCode', type: 'string', default: 'USD', required: true, description: 'ISO 4217 code' },
	{ displayName: 'Aircraft Tail', name: 'aircraftTail', type: 'string', default: '', placeholder: 'N123AB' },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{ displayName: 'Accept Message', name: 'message', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Text shown with the quote; empty uses the company default' },
			{ displayName: 'Line Items (JSON)', name: 'lineItems', type: 'json', default: '[]', description: 'All line items; hide some with visibleToBuyer: false rather than leaving them out' },
			{ displayName: 'Message for Buyer', name: 'messageForBuyer', type: 'string', typeOptions: { rows: 3 }, default: '' },
			{ displayName: 'Segments (JSON)', name: 'segments', type: 'json', default: '[]', description: 'Quoted segments; positioning legs with paxSegment: false' },
			{ displayName: 'Your Quote Identifier', name: 'sellerUniqueQuoteIdentifier', type: 'string', default: '', description: 'Your own unique ID for this quote' },
		],
	},
	suppressNotificationField,
	{ displayName: 'Additional Quote Properties (JSON)', name: 'quoteJson', type: 'json', default: '{}', description: 'Other properties of the quote object, merged last' },
];

/** `POST /tripmsgs/{requestId}/submitQuote` [C]. Supports Act-As [C]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'tripMessage',
	operation: 'submitQuote',
	method: 'POST',
	path: (context, itemIndex) => `/tripmsgs/${idSegment(readId(context, 'requestId', 'Request ID', itemIndex))}/submitQuote`,
	properties,
	body: (context, itemIndex) => {
		const node = context.getNode();
		const currencyCode = String(context.getNodeParameter('currencyCode', itemIndex, '')).trim().toUpperCase();
		if (!/^[A-Z]{3}$/.test(currencyCode)) throw new NodeOperationError(node, `"Currency Code" of item ${itemIndex} must be a three-letter ISO 4217 code`, { itemIndex });
		const additional = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const quote: IDataObject = { totalPrice: valueOrThrow(context, parseNumber(context.getNodeParameter('totalPrice', itemIndex), 0), 'Total Price', itemIndex), currencyCode };
		const tail = String(context.getNodeParameter('aircraftTail', itemIndex, '')).trim();
		if (tail) quote.lift = { aircraftTail: tail };
		if (additional.messageForBuyer) quote.messageForBuyer = additional.messageForBuyer;
		if (additional.sellerUniqueQuoteIdentifier) quote.sellerUniqueQuoteIdentifier = additional.sellerUniqueQuoteIdentifier;
		if (additional.lineItems !== undefined) quote.lineItems = parseJsonParameter(node, additional.lineItems, 'Line Items (JSON)', itemIndex, 'array') as IDataObject[];
		if (additional.segments !== undefined) quote.segments = parseJsonParameter(node, additional.segments, 'Segments (JSON)', itemIndex, 'array') as IDataObject[];
		Object.assign(quote, parseJsonObject(node, context.getNodeParameter('quoteJson', itemIndex, '{}'), 'Additional Quote Properties (JSON)', itemIndex));
		return {
			quote,
			suppressNotification: context.getNodeParameter('suppressNotification', itemIndex, false) as boolean,
			...(additional.message ? { message: additional.message } : {}),
		};
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
