import { getListOperation } from '../../helpers/operations';

/** `GET /talent/activity-types` [C]: the tenant's talent activity types. */
const operation = getListOperation({ resource: 'lookup', operation: 'getTalentActivityTypes', path: () => '/talent/activity-types' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
