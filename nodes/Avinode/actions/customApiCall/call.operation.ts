import { customApiCallOperation } from '../../../shared/customApiCall';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../../transport';
import { hideClientSecretsIn, isWebhookSettingsPath } from '../webhookSetting/output';

const operation = customApiCallOperation('the Avinode API base (e.g. /trips)', AVINODE_REQUEST_DEFAULTS, async (context, method, path, options) => {
	const response = await avinodeRequest.call(context, 'avinode', method, path, options);
	// Webhook settings hold the password Avinode sends to the webhook: never output it, also not here.
	return isWebhookSettingsPath(path) ? { ...response, body: hideClientSecretsIn(response.body) } : response;
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
