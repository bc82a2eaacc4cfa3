import { readId } from '../../../Avinode/helpers/fields';
import { writeOperation } from '../../../Avinode/helpers/operations';
import { externalIdentityPath, externalSystemField, personLocator } from './externalIdentity';

/** Deactivates the link: `{isActive: "false"}`, the string the docs show [C]. */
const operation = writeOperation({
	platform: 'schedaero',
	resource: 'contact',
	operation: 'deactivateExternalIdentity',
	method: 'PATCH',
	idempotent: true,
	path: (context, itemIndex) => externalIdentityPath(readId(context, 'contactId', 'Person Contact', itemIndex), readId(context, 'externalSystemId', 'External System ID', itemIndex)),
	properties: [personLocator, externalSystemField],
	body: () => ({ isActive: 'false' }),
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
