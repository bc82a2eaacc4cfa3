import { inferredCallNotice } from '../../../shared/evidence';
import { getManyOperation } from '../../../Avinode/helpers/operations';

/** `GET /passengers` [I]. */
const operation = getManyOperation({
	platform: 'schedaero',
	resource: 'passenger',
	path: () => '/passengers',
	fields: [inferredCallNotice('Schedaero', 'GET /passengers (a list)', 'The documented read is Get by ID after a Schedaero webhook.')],
});

export const description = operation.description;
export const execute = operation.execute;
