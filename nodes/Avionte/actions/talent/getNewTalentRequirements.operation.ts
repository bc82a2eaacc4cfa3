import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { requiredFieldNames, TALENT_REQUIREMENT_PATH } from '../../helpers/talentRequirements';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest } from '../../transport';

const properties: INodeProperties[] = [requestOptions(AVIONTE_REQUEST_DEFAULTS)];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['getNewTalentRequirements'] } }, properties);

export const itemsInParallel = true;

/**
 * `GET /talent-requirement` [C]: which fields this tenant requires for a new talent when "Use Tenant
 * Talent Requirements" is on. The answer is the API's map, plus `requiredFields` listing the names set
 * to true, for an IF or a Set node.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const response = await avionteRequest.call(this, 'GET', TALENT_REQUIREMENT_PATH, { itemIndex, retryPolicy });
	const requirements = (response.body && typeof response.body === 'object' ? response.body : {}) as IDataObject;
	return itemResults(this, itemIndex, { ...requirements, requiredFields: requiredFieldNames(requirements) });
}
