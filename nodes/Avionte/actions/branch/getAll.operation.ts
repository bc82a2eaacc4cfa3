import { getListOperation } from '../../helpers/operations';

/** `GET /branch` returns every branch (office) [C]. */
const operation = getListOperation({ resource: 'branch', operation: 'getAll', path: () => '/branch', withLimit: true });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
