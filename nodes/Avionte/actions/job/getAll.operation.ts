import { getManyRecordsOperation } from '../../helpers/operations';

/** `GET /jobs/ids/{page}/{pageSize}` then `POST /jobs/multi-query`. */
const operation = getManyRecordsOperation({ resource: 'job', plural: 'jobs', filters: { noun: 'jobs', status: 'names' } });

export const description = operation.description;
export const execute = operation.execute;
