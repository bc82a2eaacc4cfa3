import { getRecordOperation } from '../../helpers/operations';
import { companyLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /company/{id}` [C]. */
const operation = getRecordOperation({
	resource: 'company',
	idField: { name: 'companyId', displayName: 'Company', locator: companyLocator },
	path: (id) => `/company/${segment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
