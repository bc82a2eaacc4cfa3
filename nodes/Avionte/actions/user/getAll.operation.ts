import type { UnconfirmedCall } from '../../../shared/evidence';
import { listUsers } from '../../helpers/users';
import { getManyRecordsOperation } from '../../helpers/operations';

/**
 * `GET /users` [C-code: Whippy], or `GET /users/ids/{page}/{pageSize}` + `POST /users/multi-query` where
 * the API lacks it (see helpers/users). Limit applies to the one answer of the user list.
 */
const operation = getManyRecordsOperation({ resource: 'user', plural: 'users', idField: 'userId', listRecords: (context, options) => listUsers.call(context, options) });

export const description = operation.description;
export const execute = operation.execute;
/** Where the API has no user list, the multi-query read is not in the public documentation (README, API coverage). */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avionté', method: 'POST', instead: 'User → Get reads one user by ID.' };
