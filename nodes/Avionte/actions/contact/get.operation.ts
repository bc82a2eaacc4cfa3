import { getRecordOperation } from '../../helpers/operations';
import { contactLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /contact/{id}` [C]. */
const operation = getRecordOperation({
	resource: 'contact',
	idField: { name: 'contactId', displayName: 'Contact', locator: contactLocator },
	path: (id) => `/contact/${segment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
