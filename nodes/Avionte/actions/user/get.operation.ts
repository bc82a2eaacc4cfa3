import { getRecordOperation } from '../../helpers/operations';
import { userLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /user/{id}` [C]. */
const operation = getRecordOperation({
	resource: 'user',
	idField: { name: 'userId', displayName: 'User', locator: userLocator },
	path: (id) => `/user/${segment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
