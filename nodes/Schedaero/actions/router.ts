import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { AVINODE_REQUEST_DEFAULTS } from '../../Avinode/transport';
import type { ResourceMap } from '../../shared/router';
import { operationsOf, routeItems } from '../../shared/router';
import * as contact from './contact';
import * as customApiCall from './customApiCall';
import * as externalSystem from './externalSystem';
import * as logistics from './logistics';
import * as passenger from './passenger';
import * as quote from './quote';

export const resources: ResourceMap = {
	contact: operationsOf(contact),
	customApiCall: operationsOf(customApiCall),
	externalSystem: operationsOf(externalSystem),
	logistics: operationsOf(logistics),
	passenger: operationsOf(passenger),
	quote: operationsOf(quote),
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources, AVINODE_REQUEST_DEFAULTS);
}
