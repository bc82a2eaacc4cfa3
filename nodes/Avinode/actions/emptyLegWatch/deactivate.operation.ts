import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requestOptions } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { itemResults } from '../../../shared/router';
import { actAsOption } from '../../helpers/fields';
import { emptyLegWatchLocator } from '../../helpers/locators';
import { AVINODE_REQUEST_DEFAULTS } from '../../transport';
import { readWatch, writeWatch } from './watchWrite';

const properties: INodeProperties[] = [
	emptyLegWatchLocator, requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption])];

export const description = updateDisplayOptions({ show: { resource: ['emptyLegWatch'], operation: ['deactivate'] } }, properties);
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'PUT' };

export const itemsInParallel = true;

/**
 * Stops a watch the documented way: `PUT` with `active: false` [C: read, create and update are
 * documented; a DELETE is not]. A watch that is already inactive is returned as it is, unchanged.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const { watchId, watch } = await readWatch(this, itemIndex);
	if (watch.active === false) return itemResults(this, itemIndex, { ...watch, alreadyInactive: true });
	return await writeWatch(this, itemIndex, watchId, watch, { active: false });
}
