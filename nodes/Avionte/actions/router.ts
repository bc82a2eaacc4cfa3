import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { ResourceMap } from '../../shared/router';
import { operationsOf, routeItems } from '../../shared/router';
import { AVIONTE_REQUEST_DEFAULTS } from '../transport';
import * as branch from './branch';
import * as company from './company';
import * as contact from './contact';
import * as customApiCall from './customApiCall';
import * as department from './department';
import * as job from './job';
import * as lookup from './lookup';
import * as placement from './placement';
import * as talent from './talent';
import * as talentActivity from './talentActivity';
import * as user from './user';

export const resources: ResourceMap = {
	branch: operationsOf(branch),
	company: operationsOf(company),
	contact: operationsOf(contact),
	customApiCall: operationsOf(customApiCall),
	department: operationsOf(department),
	job: operationsOf(job),
	lookup: operationsOf(lookup),
	placement: operationsOf(placement),
	talent: operationsOf(talent),
	talentActivity: operationsOf(talentActivity),
	user: operationsOf(user),
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await routeItems.call(this, resources, AVIONTE_REQUEST_DEFAULTS);
}
