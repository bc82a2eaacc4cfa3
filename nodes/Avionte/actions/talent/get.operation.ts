import { getRecordOperation } from '../../helpers/operations';
import { talentLocator } from '../../helpers/locators';
import { segment } from '../../transport';

const operation = getRecordOperation({
	resource: 'talent',
	idField: { name: 'talentId', displayName: 'Talent', locator: talentLocator },
	path: (id) => `/talent/${segment(id)}`,
	extraFields: [
		{
			displayName: 'Include Resume',
			name: 'includeResume',
			type: 'boolean',
			default: false,
			description: 'Whether to include the talent resume (text and file contents) in the answer',
		},
	],
	query: (context, itemIndex) => ({ includeResume: (context.getNodeParameter('includeResume', itemIndex, false) as boolean) ? 'True' : 'False' }),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
