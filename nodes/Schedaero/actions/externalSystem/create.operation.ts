import { readRequiredString } from '../../../Avinode/helpers/fields';
import { writeOperation } from '../../../Avinode/helpers/operations';

/** `POST /externalsystems` [C]: answers 201 with only a Location header, which we turn into the new resource's link. */
const operation = writeOperation({
	platform: 'schedaero',
	resource: 'externalSystem',
	operation: 'create',
	method: 'POST',
	path: () => '/externalsystems',
	properties: [{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'Name of your system, e.g. your CRM' }],
	body: (context, itemIndex) => ({ name: readRequiredString(context, 'name', 'Name', itemIndex) }),
	result: (_body, headers) => {
		const location = headers.location;
		if (!location) return undefined;
		// The id is the last path segment of the link the API gave us; we take it whole, not apart.
		return { href: location, id: decodeURIComponent(location.split('/').pop() ?? ''), created: true };
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
