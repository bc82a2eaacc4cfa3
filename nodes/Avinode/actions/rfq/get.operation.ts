import { expansionsOption, idField, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** Expansion flags documented on the RFQ read [C: list cut off in the copy reviewed]. */
export const RFQ_EXPANSIONS = [
	'accountnames',
	'amenities',
	'analytics',
	'aviquote',
	'buyermessages',
	'categorydetails',
	'homebase',
	'insurance',
	'latestquote',
	'liftaoc',
	'office',
	'perfdetails',
	'quoteattachments',
	'quotebreakdown',
	'safety',
	'sellercontactinfo',
	'sellermessagelinks',
];

/** `GET /rfqs/{id}` [C]: the href of a TripRequest webhook points here. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'rfq',
	id: idField('rfqId', 'RFQ ID', 'arfq-12345678'),
	path: (id) => `/rfqs/${idSegment(id)}`,
	sparseType: 'rfqs',
	extraOptions: [expansionsOption(RFQ_EXPANSIONS), sparseFieldsOption('rfqs')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
