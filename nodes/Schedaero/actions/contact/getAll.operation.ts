import { inferredCallNotice } from '../../../shared/evidence';
import { getManyOperation } from '../../../Avinode/helpers/operations';
import { contactCollection, contactTypeField } from './contactType';
import { simplifyContact } from './simplify';

/** `GET /contacts/people` and `/contacts/companies` [I: list endpoints not in the pages reviewed]. */
const operation = getManyOperation({
	platform: 'schedaero',
	resource: 'contact',
	fields: [inferredCallNotice('Schedaero', 'GET /contacts/people|companies (a list)', 'The documented reads are Get by ID after a Schedaero webhook.'), contactTypeField],
	path: (context, itemIndex) => `/contacts/${contactCollection(context, itemIndex)}`,
	simplify: { fromVersion: 2, record: simplifyContact },
});

export const description = operation.description;
export const execute = operation.execute;
