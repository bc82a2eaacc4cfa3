import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import * as aircraft from './actions/aircraft';
import * as aircraftType from './actions/aircraftType';
import * as airport from './actions/airport';
import * as customApiCall from './actions/customApiCall';
import * as emptyLeg from './actions/emptyLeg';
import * as emptyLegWatch from './actions/emptyLegWatch';
import * as lead from './actions/lead';
import * as quote from './actions/quote';
import * as rfq from './actions/rfq';
import * as schedule from './actions/schedule';
import * as search from './actions/search';
import * as trip from './actions/trip';
import * as tripMessage from './actions/tripMessage';
import * as webhookSetting from './actions/webhookSetting';
import { router } from './actions/router';
import * as listSearch from './methods/listSearch';
import * as resourceMapping from './methods/resourceMapping';

export class Avinode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Avinode',
		name: 'avinode',
		icon: { light: 'file:avinode.svg', dark: 'file:avinode.dark.svg' },
		group: ['transform'],
		// 1.1: documented empty-leg fields, Trip "Search by Identifier" instead of the guessed list.
		// 1.2: empty-leg field mapper, trip picker, segments with pickers, Simplify on RFQ and empty-leg lists.
		version: [1, 1.1, 1.2],
		defaultVersion: 1.2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Trips, RFQs, quotes, empty legs and more on the Avinode Marketplace',
		defaults: { name: 'Avinode' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'avinodeApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Aircraft', value: 'aircraft' },
					{ name: 'Aircraft Type', value: 'aircraftType' },
					{ name: 'Airport', value: 'airport' },
					{ name: 'Custom API Call', value: 'customApiCall' },
					{ name: 'Empty Leg', value: 'emptyLeg' },
					{ name: 'Empty Leg Watch', value: 'emptyLegWatch' },
					{ name: 'Lead', value: 'lead' },
					{ name: 'Quote', value: 'quote' },
					{ name: 'RFQ', value: 'rfq' },
					{ name: 'Schedule', value: 'schedule' },
					{ name: 'Search', value: 'search' },
					{ name: 'Trip', value: 'trip' },
					{ name: 'Trip Message', value: 'tripMessage' },
					{ name: 'Webhook Setting', value: 'webhookSetting' },
				],
				default: 'trip',
			},
			...aircraftType.description,
			...airport.description,
			...customApiCall.description,
			...emptyLeg.description,
			...emptyLegWatch.description,
			...lead.description,
			...rfq.description,
			...schedule.description,
			...search.description,
			...trip.description,
			...tripMessage.description,
			...webhookSetting.description,
			...aircraft.description,
			...quote.description,
		],
	};

	methods = { listSearch, resourceMapping };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
