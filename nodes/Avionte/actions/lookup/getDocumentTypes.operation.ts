import { getListOperation } from '../../helpers/operations';

/** `GET /talent-document-types` [C]: the tenant's talent document types. */
const operation = getListOperation({ resource: 'lookup', operation: 'getDocumentTypes', path: () => '/talent-document-types' });

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
