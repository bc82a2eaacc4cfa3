import { getManyRecordsOperation } from '../../helpers/operations';

/** `GET /placements/ids/{page}/{pageSize}` then `POST /placements/multi-query`. */
const operation = getManyRecordsOperation({ resource: 'placement', plural: 'placements', filters: { noun: 'placements' } });

export const description = operation.description;
export const execute = operation.execute;
