import { getListOperation } from '../../helpers/operations';

/** `GET /certificates` [C]: the tenant's certificates. */
const operation = getListOperation({ resource: 'lookup', operation: 'getCertificates', path: () => '/certificates' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
