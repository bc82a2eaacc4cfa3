import type { INodeProperties } from 'n8n-workflow';

import { ALL_EVENT_TYPES } from '../../helpers/events';

export const webhookSettingFields: INodeProperties[] = [
	{ displayName: 'Active', name: 'active', type: 'boolean', default: true, description: 'Whether Avinode delivers events to this webhook' },
	{ displayName: 'Client Identifier', name: 'clientIdentifier', type: 'string', default: '', description: 'User name Avinode sends (Basic authentication) when calling your URL' },
	{ displayName: 'Client Secret', name: 'clientSecret', type: 'string', typeOptions: { password: true }, default: '', description: 'Password Avinode sends (Basic authentication) when calling your URL' },
	{ displayName: 'Display Name', name: 'displayName', type: 'string', default: '' },
	{ displayName: 'Event Type Names or IDs', name: 'eventTypes', type: 'multiOptions', options: ALL_EVENT_TYPES, default: [], description: 'Events to deliver' },
	{ displayName: 'Target URI', name: 'targetURI', type: 'string', default: '', placeholder: 'https://example.com/webhook', description: 'HTTPS URL Avinode posts the events to' },
];
