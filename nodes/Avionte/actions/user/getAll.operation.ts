import { getManyRecordsOperation } from '../../helpers/operations';

/**
 * `GET /users/ids/{page}/{pageSize}` + `POST /users/multi-query` [C-code: Whippy's ids call; doc slug
 * querymultipleusers]. Replaces `GET /users` with the same parameters (Return All, Limit, Simplify).
 */
const operation = getManyRecordsOperation({ resource: 'user', plural: 'users', idField: 'userId' });

export const description = operation.description;
export const execute = operation.execute;
