import { emptyLegWatchLocator } from '../../helpers/locators';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /emptylegs/watches/{id}` [C: /reference/readwatch]. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'emptyLegWatch',
	id: emptyLegWatchLocator,
	path: (id) => `/emptylegs/watches/${idSegment(id)}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
