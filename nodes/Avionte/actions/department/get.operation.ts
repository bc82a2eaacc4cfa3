import { getRecordOperation } from '../../helpers/operations';
import { recordLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /department/{id}` [C]. */
const operation = getRecordOperation({
	resource: 'department',
	idField: { name: 'departmentId', displayName: 'Department', locator: recordLocator('departmentId', 'Department', undefined, '60001') },
	path: (id) => `/department/${segment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
