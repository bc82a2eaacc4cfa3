import { getManyRecordsOperation } from '../../helpers/operations';
import { segment } from '../../transport';

/** `GET /departments/ids/{page}/{pageSize}`, then `GET /department/{id}` per id: no multi-query is documented for departments. */
const operation = getManyRecordsOperation({ resource: 'department', plural: 'departments', singlePath: (id) => `/department/${segment(id)}` });

export const description = operation.description;
export const execute = operation.execute;
