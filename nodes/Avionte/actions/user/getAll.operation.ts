import { getListOperation } from '../../helpers/operations';

/** `GET /users` returns every user at once [C-code]; Limit applies to that answer. */
const operation = getListOperation({ resource: 'user', operation: 'getAll', path: () => '/users', withLimit: true, simplifyAs: 'user' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
