import { getManyRecordsOperation } from '../../helpers/operations';

/** `GET /companies/ids/{page}/{pageSize}` then `POST /companies/multi-query`. */
const operation = getManyRecordsOperation({ resource: 'company', plural: 'companies' });

export const description = operation.description;
export const execute = operation.execute;
