import { getManyRecordsOperation } from '../../helpers/operations';

/** `GET /contacts/ids/{page}/{pageSize}` then `POST /contacts/multi-query`. */
const operation = getManyRecordsOperation({ resource: 'contact', plural: 'contacts', filters: { noun: 'contacts', status: 'names' } });

export const description = operation.description;
export const execute = operation.execute;
