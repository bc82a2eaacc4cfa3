import { getListOperation } from '../../helpers/operations';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /talent/{talentId}/document` [C]. */
const operation = getListOperation({
	resource: 'talent',
	operation: 'getDocuments',
	fields: [talentLocator],
	path: (context, itemIndex) => `/talent/${segment(readRecordId(context, 'talentId', 'Talent', itemIndex))}/document`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
