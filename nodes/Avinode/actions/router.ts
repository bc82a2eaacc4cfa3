import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ResourceMap } from '../../shared/router';
import { operationsOf, routeItems } from '../../shared/router';
import { AVINODE_REQUEST_DEFAULTS } from '../transport';
import * as aircraft from './aircraft';
import * as aircraftType from './aircraftType';
import * as airport from './airport';
import * as customApiCall from './customApiCall';
import * as emptyLeg from './emptyLeg';
import * as emptyLegWatch from './emptyLegWatch';
import * as lead from './lead';
import * as quote from './quote';
import * as rfq from './rfq';
import * as schedule from './schedule';
import * as search from './search';
import * as trip from './trip';
import * as tripMessage from './tripMessage';
import * as webhookSetting from './webhookSetting';

export const resources: ResourceMap = {
	aircraftType: operationsOf(aircraftType),
	airport: operationsOf(airport),
	customApiCall: operationsOf(customApiCall),
	emptyLeg: operationsOf(emptyLeg),
	emptyLegWatch: operationsOf(emptyLegWatch),
	lead: operationsOf(lead),
	rfq: operationsOf(rfq),
	schedule: operationsOf(schedule),
	search: operationsOf(search),
	trip: operationsOf(trip),
	tripMessage: operationsOf(tripMessage),
	webhookSetting: operationsOf(webhookSetting),
	aircraft: operationsOf(aircraft),
	quote: operationsOf(quote),
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources, AVINODE_REQUEST_DEFAULTS);
}
