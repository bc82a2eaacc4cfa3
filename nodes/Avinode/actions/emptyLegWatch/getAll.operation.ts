import { getManyOperation } from '../../helpers/operations';

/** `GET /emptylegs/watches` [C]. */
const operation = getManyOperation({ platform: 'avinode', resource: 'emptyLegWatch', path: () => '/emptylegs/watches' });

export const description = operation.description;
export const execute = operation.execute;
