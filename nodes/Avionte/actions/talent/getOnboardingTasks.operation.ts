import { getListOperation } from '../../helpers/operations';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /talent/{talentId}/talent-onboarding-tasks` [C: MC → /reference/gettalentonbordingtasks]. */
const operation = getListOperation({
	resource: 'talent',
	operation: 'getOnboardingTasks',
	fields: [talentLocator],
	path: (context, itemIndex) => `/talent/${segment(readRecordId(context, 'talentId', 'Talent', itemIndex))}/talent-onboarding-tasks`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
