import { getListOperation } from '../../helpers/operations';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /webapplicants/talent/{talentId}` [C]: the jobs a talent applied to online. */
const operation = getListOperation({
	resource: 'talent',
	operation: 'getWebApplications',
	fields: [talentLocator],
	path: (context, itemIndex) => `/webapplicants/talent/${segment(readRecordId(context, 'talentId', 'Talent', itemIndex))}`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
