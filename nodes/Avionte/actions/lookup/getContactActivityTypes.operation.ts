import { getListOperation } from '../../helpers/operations';

/** `GET /contact/activity-types` [C]: the tenant's contact activity types. */
const operation = getListOperation({ resource: 'lookup', operation: 'getContactActivityTypes', path: () => '/contact/activity-types' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
