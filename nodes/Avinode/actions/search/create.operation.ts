import type { IDataObject } from 'n8n-workflow';

import { parseJsonObject } from '../../../shared/json';
import { readSegments, segmentsFields } from '../../helpers/segments';
import { writeOperation } from '../../helpers/operations';

/**
 * `POST /searches` [C]. Avinode allows it only in apps used by end clients; business-to-business
 * tools must create a trip and open its "searchInAvinode" link instead [C].
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'search',
	operation: 'create',
	method: 'POST',
	path: () => '/searches',
	properties: [
		{
			displayName: 'Avinode allows availability searches only in applications used by end clients. Business-to-business workflows should create a trip instead.',
			name: 'endClientNotice',
			type: 'notice',
			default: '',
		},
		...segmentsFields(),
		{ displayName: 'Output Currencies', name: 'outputCurrencies', type: 'string', default: '', placeholder: 'USD,EUR', description: 'Comma-separated ISO 4217 codes for prices' },
		{ displayName: 'Additional Search Properties (JSON)', name: 'searchJson', type: 'json', default: '{}', description: 'E.g. {"criteria": {"maxFuelStopsPerSegment": 1}}.' },
	],
	body: (context, itemIndex) => {
		const currencies = String(context.getNodeParameter('outputCurrencies', itemIndex, '')).split(',').map((c) => c.trim().toUpperCase()).filter(Boolean);
		const body: IDataObject = { segments: readSegments(context, itemIndex) };
		if (currencies.length) body.outputCurrencies = currencies;
		return { ...body, ...parseJsonObject(context.getNode(), context.getNodeParameter('searchJson', itemIndex, '{}'), 'Additional Search Properties (JSON)', itemIndex) };
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
