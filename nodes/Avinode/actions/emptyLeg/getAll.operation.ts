import { getManyOperation } from '../../helpers/operations';

/** `GET /emptylegs` [I]: your company's empty legs. */
const operation = getManyOperation({ platform: 'avinode', resource: 'emptyLeg', path: () => '/emptylegs', sparseType: 'emptylegs' });

export const description = operation.description;
export const execute = operation.execute;
