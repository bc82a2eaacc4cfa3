import { sparseFieldsOption } from '../../helpers/fields';
import { emptyLegLocator } from '../../helpers/locators';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /emptylegs/{id}` with `fields[emptylegs]` [C]. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	id: emptyLegLocator,
	path: (id) => `/emptylegs/${idSegment(id)}`,
	sparseType: 'emptylegs',
	extraOptions: [sparseFieldsOption('emptylegs')],
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
