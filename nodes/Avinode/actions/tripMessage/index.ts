import type { INodeProperties } from 'n8n-workflow';

import * as decline from './decline.operation';
import * as get from './get.operation';
import * as sendChatMessage from './sendChatMessage.operation';
import * as submitQuote from './submitQuote.operation';

export { decline, get, sendChatMessage, submitQuote };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['tripMessage'] } },
		options: [
			{ name: 'Decline', value: 'decline', action: 'Decline a trip request', description: "Decline a lift or a whole RFQ with a reason" },
			{ name: 'Get', value: 'get', action: 'Get a trip message', description: "Retrieve a quote, decline or chat message" },
			{ name: 'Send Chat Message', value: 'sendChatMessage', action: 'Send a chat message', description: "Chat with the other party about a request" },
			{ name: 'Submit Quote', value: 'submitQuote', action: 'Submit a quote', description: "Answer a request with a quote" },
		],
		default: 'get',
	},
	...decline.description,
	...get.description,
	...sendChatMessage.description,
	...submitQuote.description,
];
