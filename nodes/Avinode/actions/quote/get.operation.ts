import type { UnconfirmedCall } from '../../../shared/evidence';
import { idField, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /quotes/{quoteId}` [I: path; the operation "Read a quote" is documented]; links of a lift's quotes point here. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'quote',
	id: idField('quoteId', 'Quote ID', 'aquote-12345678', 'The quote, e.g. from the links.quotes of an RFQ lift or the quote of a trip message'),
	path: (id) => `/quotes/${idSegment(id)}`,
	sparseType: 'quotes',
	extraOptions: [sparseFieldsOption('quotes')],
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'GET' };
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
