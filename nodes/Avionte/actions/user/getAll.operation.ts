import { listUsers } from '../../helpers/users';
import { getManyRecordsOperation } from '../../helpers/operations';

/**
 * `GET /users` [C-code: Whippy], or `GET /users/ids/{page}/{pageSize}` + `POST /users/multi-query` where
 * the API lacks it (see helpers/users). Limit applies to the one answer of the user list.
 */
const operation = getManyRecordsOperation({ resource: 'user', plural: 'users', idField: 'userId', listRecords: (context, options) => listUsers.call(context, options) });

export const description = operation.description;
export const execute = operation.execute;
