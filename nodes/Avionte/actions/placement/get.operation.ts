import { getRecordOperation } from '../../helpers/operations';
import { recordLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /placement/{id}` [C]. */
const operation = getRecordOperation({
	resource: 'placement',
	idField: { name: 'placementId', displayName: 'Placement', locator: recordLocator('placementId', 'Placement', 'searchPlacements', '900001') },
	path: (id) => `/placement/${segment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
