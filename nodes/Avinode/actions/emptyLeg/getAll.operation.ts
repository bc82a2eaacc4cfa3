import { inferredCallNotice } from '../../../shared/evidence';
import { getManyOperation } from '../../helpers/operations';
import { simplifyEmptyLeg } from '../../helpers/simplify';

/** `GET /emptylegs` [I]: your company's empty legs. */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	path: () => '/emptylegs',
	sparseType: 'emptylegs',
	simplify: { fromVersion: 1.2, record: simplifyEmptyLeg },
	fields: [inferredCallNotice('Avinode', 'GET /emptylegs', 'The documented reads are an empty-leg watch (its initial load and the EmptyLegs webhook) and Get by ID.')],
});

export const description = operation.description;
export const execute = operation.execute;
