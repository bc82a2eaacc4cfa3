import { getManyRecordsOperation } from '../../helpers/operations';

const operation = getManyRecordsOperation({ resource: 'talent', plural: 'talents', filters: { noun: 'talents', status: 'talentStatuses' } });

export const description = operation.description;
export const execute = operation.execute;
