import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { unwrap } from '../../helpers/envelope';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../../transport';
import { hideClientSecrets } from './output';

/** `GET /webhooks/settings` on the Avinode host [C]: the company's webhooks (not paged). */
export const description = updateDisplayOptions({ show: { resource: ['webhookSetting'], operation: ['getAll'] } }, [requestOptions(AVINODE_REQUEST_DEFAULTS)]);

export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/webhooks/settings', { host: 'avinode', itemIndex, retryPolicy });
	return itemResults(this, itemIndex, hideClientSecrets(unwrap(response.body, true) as IDataObject[]));
}
