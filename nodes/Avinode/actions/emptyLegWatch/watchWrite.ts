/**
 * Read-merge-write of a watch: `PUT /emptylegs/watches/{id}` [C: /reference/updatewatch; path I]
 * takes the whole watch (uniqueName and watchedSegments are required as on create), so the current
 * watch is read first and only the changed fields differ.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { readRequestSettings } from '../../../shared/descriptions';
import { itemResults } from '../../../shared/router';
import { unwrap } from '../../helpers/envelope';
import { readId } from '../../helpers/fields';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest, idSegment } from '../../transport';
import { writableWatch } from './fields';

export async function readWatch(context: IExecuteFunctions, itemIndex: number): Promise<{ watchId: string; watch: IDataObject }> {
	const watchId = readId(context, 'watchId', 'Empty Leg Watch', itemIndex);
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { retryPolicy } = readRequestSettings(context, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const response = await avinodeRequest.call(context, 'avinode', 'GET', `/emptylegs/watches/${idSegment(watchId)}`, { itemIndex, retryPolicy, actAs: options.actAsAccount as string | undefined });
	return { watchId, watch: ((response.body as IDataObject)?.data ?? {}) as IDataObject };
}

export async function writeWatch(context: IExecuteFunctions, itemIndex: number, watchId: string, current: IDataObject, changes: IDataObject) {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { retryPolicy } = readRequestSettings(context, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const body = { ...writableWatch(current), ...changes, id: watchId };
	const response = await avinodeRequest.call(context, 'avinode', 'PUT', `/emptylegs/watches/${idSegment(watchId)}`, { body, itemIndex, retryPolicy, actAs: options.actAsAccount as string | undefined });
	return itemResults(context, itemIndex, unwrap(response.body, true));
}
