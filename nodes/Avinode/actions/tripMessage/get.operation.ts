import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idField, listOf, sparseFieldsOption } from '../../helpers/fields';
import { getOperation } from '../../helpers/operations';
import { idSegment } from '../../transport';

/**
 * Query of the read besides `fields[tripmsgs]` [C: /reference/readmessage]: `outputCurrencies` (an
 * array: the key repeated per code, like every array parameter of the API) and `fields[quotes]`.
 */
export function tripMessageQuery(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = {};
	const currencies = listOf(options.outputCurrencies).map((code) => code.toUpperCase());
	for (const code of currencies) {
		if (!/^[A-Z]{3}$/.test(code)) {
			throw new NodeOperationError(context.getNode(), `"Output Currencies" of item ${itemIndex} must be three-letter ISO 4217 codes, got "${code}"`, { itemIndex });
		}
	}
	if (currencies.length > 0) qs.outputCurrencies = currencies;
	const quoteFields = listOf(options.quoteFields);
	if (quoteFields.length > 0) qs['fields[quotes]'] = quoteFields;
	return qs;
}

/** `GET /tripmsgs/{id}` [C]: read after TripRequestSellerResponse and chat webhooks. */
const operation = getOperation({
	platform: 'avinode',
	resource: 'tripMessage',
	id: idField('messageId', 'Trip Message ID', 'asellermsg-1000000023'),
	path: (id) => `/tripmsgs/${idSegment(id)}`,
	query: (_id, context, itemIndex) => tripMessageQuery(context, itemIndex),
	sparseType: 'tripmsgs',
	extraOptions: [
		sparseFieldsOption('tripmsgs'),
		{
			displayName: 'Sparse Fields (Quotes)',
			name: 'quoteFields',
			type: 'string',
			default: '',
			placeholder: 'e.g. quotebreakdown',
			description: "Comma-separated values sent as fields[quotes]: extra information on the message's quote (see the operation's page in the Avinode docs)",
		},
		{
			displayName: 'Output Currencies',
			name: 'outputCurrencies',
			type: 'string',
			default: '',
			placeholder: 'USD,EUR',
			description: 'Comma-separated ISO 4217 codes the prices are also given in (sent as outputCurrencies)',
		},
	],
});

export const description = operation.description;
export const itemsInParallel = operation.itemsInParallel;
export const execute = operation.execute;
