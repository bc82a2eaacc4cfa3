import { getRecordOperation } from '../../helpers/operations';
import { jobLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /job/{id}` [C]. */
const operation = getRecordOperation({
	resource: 'job',
	idField: { name: 'jobId', displayName: 'Job', locator: jobLocator },
	path: (id) => `/job/${segment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
