import { getListOperation } from '../../helpers/operations';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /talent/{talentId}/assessments` [C: MC → /reference/gettalentassessment]. */
const operation = getListOperation({
	resource: 'talent',
	operation: 'getAssessments',
	fields: [talentLocator],
	path: (context, itemIndex) => `/talent/${segment(readRecordId(context, 'talentId', 'Talent', itemIndex))}/assessments`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
