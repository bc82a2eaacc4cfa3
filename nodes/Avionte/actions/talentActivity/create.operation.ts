import { createActivityOperation } from '../../helpers/activity';

/** `POST /talent/{talentId}/activity` [C]: notes, calls, interviews logged on a talent. */
const operation = createActivityOperation('talent', 'talentActivity', 'create');

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
