import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as contact from './actions/contact';
import * as customApiCall from './actions/customApiCall';
import * as externalSystem from './actions/externalSystem';
import * as logistics from './actions/logistics';
import * as passenger from './actions/passenger';
import * as quote from './actions/quote';
import { router } from './actions/router';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';
import * as resourceMapping from './methods/resourceMapping';

/**
 * Schedaero has the Avinode headers and auth model [C]. Version 1 used the Avinode credential (Platform
 * "Schedaero"); version 2 has its own credential type, so only Schedaero connections are offered, and
 * the contact field mapper with Create or Update.
 */
export class Schedaero implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Schedaero',
		name: 'schedaero',
		icon: { light: 'file:schedaero.svg', dark: 'file:schedaero.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Contacts, passengers, logistics and quotes in Schedaero',
		defaults: { name: 'Schedaero' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			// Credential display rules take plain versions: list each new version here.
			{ name: 'avinodeApi', required: true, displayOptions: { show: { '@version': [1] } } },
			{ name: 'schedaeroApi', required: true, displayOptions: { show: { '@version': [2] } } },
		],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Contact', value: 'contact' },
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'External System', value: 'externalSystem' },
					{ name: 'Logistics Service', value: 'logistics' },
					{ name: 'Passenger', value: 'passenger' },
					{ name: 'Quote', value: 'quote' },
				],
				default: 'contact',
			},
			...contact.description,
			...customApiCall.description,
			...externalSystem.description,
			...logistics.description,
			...passenger.description,
			...quote.description,
		],
	};

	methods = { listSearch, loadOptions, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
