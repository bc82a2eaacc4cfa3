import { sparseFieldsOption } from '../../helpers/fields';
import { aircraftLocator } from '../../helpers/locators';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /aircraft/{aircraftId}` with `fields[aircraft]` [C-3p: PD-fork → /reference/readaircraft]. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'aircraft',
	id: aircraftLocator,
	path: (id) => `/aircraft/${idSegment(id)}`,
	sparseType: 'aircraft',
	extraOptions: [sparseFieldsOption('aircraft')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
