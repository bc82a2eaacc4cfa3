import { idField } from '../../../Avinode/helpers/fields';
import { getOperation } from '../../../Avinode/helpers/operations';
import { idSegment } from '../../../Avinode/transport';

/** `GET /quotes/{id}` [C]; `links.generate-pdf.href` points at the PDF. */
const operation = getOperation({
	platform: 'schedaero',
	resource: 'quote',
	id: idField('quoteId', 'Quote ID', 'schedaero-quote-12345678'),
	path: (id) => `/quotes/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
