import { getListOperation } from '../../helpers/operations';

/** `GET /skill-positions` [C]: the tenant's skill positions. */
const operation = getListOperation({ resource: 'lookup', operation: 'getSkillPositions', path: () => '/skill-positions' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
