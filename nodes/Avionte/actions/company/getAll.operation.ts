import { getManyRecordsOperation } from '../../helpers/operations';

/** `GET /companies/ids/{page}/{pageSize}` then `POST /companies/multi-query`. */
const operation = getManyRecordsOperation({ resource: 'company', plural: 'companies', filters: { noun: 'companies', status: 'names' } });

export const description = operation.description;
export const execute = operation.execute;
