import { createActivityOperation } from '../../helpers/activity';

/** `POST /contact/{contactId}/activity` [C-code]: log a visit, call or note on a client contact. */
const operation = createActivityOperation('contact', 'contact', 'createActivity');

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
