import { getListOperation } from '../../helpers/operations';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { segment } from '../../transport';

/** `GET /talent/{talentId}/talent-referrals` [C: MC → /reference/gettalentreferrals]. */
const operation = getListOperation({
	resource: 'talent',
	operation: 'getReferrals',
	fields: [talentLocator],
	path: (context, itemIndex) => `/talent/${segment(readRecordId(context, 'talentId', 'Talent', itemIndex))}/talent-referrals`,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
