import type { UnconfirmedCall } from '../../../shared/evidence';
import { getManyOperation } from '../../../Avinode/helpers/operations';

/** `GET /passengers` [I]. */
const operation = getManyOperation({
	platform: 'schedaero',
	resource: 'passenger',
	path: () => '/passengers',
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'GET', instead: 'Passenger → Get reads one passenger by ID.' };
export const execute = operation.execute;
