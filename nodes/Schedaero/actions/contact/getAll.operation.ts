import type { UnconfirmedCall } from '../../../shared/evidence';
import { getManyOperation } from '../../../Avinode/helpers/operations';
import { contactCollection, contactTypeField } from './contactType';
import { simplifyContact } from './simplify';

/** `GET /contacts/people` and `/contacts/companies` [I: list endpoints not in the pages reviewed]. */
const operation = getManyOperation({
	platform: 'schedaero',
	resource: 'contact',
	fields: [contactTypeField],
	path: (context, itemIndex) => `/contacts/${contactCollection(context, itemIndex)}`,
	simplify: { fromVersion: 2, record: simplifyContact },
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Schedaero', method: 'GET', instead: 'Contact → Get reads one contact by ID.' };
export const execute = operation.execute;
