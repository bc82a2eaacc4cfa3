import type { IDataObject, IExecuteFunctions, INodeProperties, NodeApiError } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions, simplifyField } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { unwrap } from '../../helpers/envelope';
import { actAsOption, readId } from '../../helpers/fields';
import { forgetLoad, initialLoadKey, recordedLoad, rememberLoad, wasNotServed } from '../../helpers/initialLoads';
import { emptyLegWatchLocator } from '../../helpers/locators';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest, connectionFor, idSegment } from '../../transport';

const properties: INodeProperties[] = [
	{
		displayName:
			'Avinode allows this call only once per watch, right after creating it; later matches arrive as EmptyLegs notifications (Avinode Trigger). This node remembers the call and refuses a second one.',
		name: 'onceNotice',
		type: 'notice',
		default: '',
	},
	emptyLegWatchLocator,
	simplifyField,
	requestOptions(AVINODE_REQUEST_DEFAULTS, [
		actAsOption,
		{
			displayName: 'Allow a Second Initial Load',
			name: 'allowRepeat',
			type: 'boolean',
			default: false,
			description:
				'Whether to call again for a watch this workflow already loaded. Only when you know the first answer was lost (e.g. the workflow failed after this node) and Avinode support agrees: the docs do not allow a second call.',
		},
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['emptyLegWatch'], operation: ['getInitialLoad'] } }, properties);

/** One item at a time, so two items naming the same watch cannot both pass the check. */
export const itemsInParallel = false;

/**
 * `GET /emptylegs/watches/{id}/getall` [C: /reference/notifyimmediate; docs/end-client-empty-leg-subscription]:
 * the empty legs matching the watch now. Not retried when the answer is lost (it would be a second
 * call); remembered per watch (hashed) in the workflow's static data.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const watchId = readId(this, 'watchId', 'Empty Leg Watch', itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const staticData = this.getWorkflowStaticData('global');
	const key = initialLoadKey((await connectionFor(this)).apiBaseUrl, watchId);
	const earlier = recordedLoad(staticData, key);
	if (earlier && options.allowRepeat !== true) {
		const when = earlier.outcome === 'loaded' ? `was already fetched on ${earlier.at}` : `was called on ${earlier.at} and may have been served (the answer was lost)`;
		throw new NodeOperationError(this.getNode(), `The initial load of the watch of item ${itemIndex} ${when}; Avinode allows it only once per watch`, {
			itemIndex,
			description: 'New matching empty legs arrive as EmptyLegs notifications: use the Avinode Trigger. To call it again anyway, turn on Options > Allow a Second Initial Load.',
		});
	}
	rememberLoad(staticData, key, 'unknown', new Date());
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	// A refusal proves the load was not served: the memory goes back to what it was before the call.
	const restoreIfRefused = (error: NodeApiError) => {
		if (!wasNotServed(error.httpCode)) return;
		if (earlier) rememberLoad(staticData, key, earlier.outcome, new Date(earlier.at));
		else forgetLoad(staticData, key);
	};
	const response = await avinodeRequest
		.call(this, 'avinode', 'GET', `/emptylegs/watches/${idSegment(watchId)}/getall`, {
			itemIndex,
			retryPolicy,
			idempotent: false,
			actAs: options.actAsAccount as string | undefined,
		})
		.catch(async (error: NodeApiError) => {
			restoreIfRefused(error);
			return await Promise.reject(error);
		});
	rememberLoad(staticData, key, 'loaded', new Date());
	if (this.getMode() === 'manual') {
		this.addExecutionHints({
			message: 'Manual run: n8n keeps no workflow static data from manual runs, so this initial load is not remembered. Do not load this watch again in production.',
			location: 'outputPane',
		});
	}
	const legs = unwrap(response.body, this.getNodeParameter('simplify', itemIndex, true) as boolean);
	return itemResults(this, itemIndex, legs);
}
