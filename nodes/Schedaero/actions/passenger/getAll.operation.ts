import { getManyOperation } from '../../../Avinode/helpers/operations';

/** `GET /passengers` [I]. */
const operation = getManyOperation({ platform: 'schedaero', resource: 'passenger', path: () => '/passengers' });

export const description = operation.description;
export const execute = operation.execute;
