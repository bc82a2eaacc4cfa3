import { getListOperation } from '../../helpers/operations';

/** `GET /talent-statuses` [C]: the tenant's talent statuses. */
const operation = getListOperation({ resource: 'lookup', operation: 'getTalentStatuses', path: () => '/talent-statuses' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
