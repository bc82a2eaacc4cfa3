import { readRequiredString } from '../../helpers/fields';
import { getManyOperation } from '../../helpers/operations';

/** `GET /airports/search` with `filter` and `filterMatchType` [C-3p]. */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'airport',
	operation: 'search',
	path: () => '/airports/search',
	fields: [
		{ displayName: 'Search Text', name: 'filter', type: 'string', default: '', required: true, placeholder: 'KTEB or Teterboro', description: 'Airport code, name or city' },
		{
			displayName: 'Match',
			name: 'filterMatchType',
			type: 'options',
			options: [
				{ name: 'Contains', value: 'contains' },
				{ name: 'Starts With', value: 'starts_with' },
			],
			default: 'contains',
		},
	],
	query: (context, itemIndex) => ({
		filter: readRequiredString(context, 'filter', 'Search Text', itemIndex).trim(),
		filterMatchType: context.getNodeParameter('filterMatchType', itemIndex, 'contains') as string,
	}),
});

export const description = operation.description;
export const execute = operation.execute;
