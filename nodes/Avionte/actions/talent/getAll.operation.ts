import { getManyRecordsOperation } from '../../helpers/operations';

const operation = getManyRecordsOperation({ resource: 'talent', plural: 'talents' });

export const description = operation.description;
export const execute = operation.execute;
