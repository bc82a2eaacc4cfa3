import type { UnconfirmedCall } from '../../../shared/evidence';
import { getManyOperation } from '../../helpers/operations';
import { simplifyEmptyLeg } from '../../helpers/simplify';

/** `GET /emptylegs` [I]: your company's empty legs. */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	path: () => '/emptylegs',
	sparseType: 'emptylegs',
	simplify: { fromVersion: 1.2, record: simplifyEmptyLeg },
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'GET', instead: 'Empty Leg Watch → Get Initial Load lists the empty legs that match a watch.' };
export const execute = operation.execute;
