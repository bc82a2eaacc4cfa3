import { idField, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/** `GET /tripmsgs/{id}` [C]: read after TripRequestSellerResponse and chat webhooks. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'tripMessage',
	id: idField('messageId', 'Trip Message ID', 'asellermsg-1000000023'),
	path: (id) => `/tripmsgs/${idSegment(id)}`,
	sparseType: 'tripmsgs',
	extraOptions: [
		sparseFieldsOption('tripmsgs'),
		{
			displayName: 'Output Currencies',
			name: 'outputCurrencies',
			type: 'string',
			default: '',
			placeholder: 'USD,EUR',
			description: 'Comma-separated ISO 4217 codes to convert prices into',
		},
	],
});

export const description = operation.description;
export const itemsInParallel = operation.itemsInParallel;
export const execute = operation.execute;
