import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { expansionsOption } from '../../helpers/fields';
import { getManyOperation } from '../../helpers/operations';
import { simplifyRfq } from '../../helpers/simplify';
import { RFQ_EXPANSIONS } from './get.operation';

const receivedSinceOption: INodeProperties = {
	displayName: 'Received Since',
	name: 'receivedSince',
	type: 'dateTime',
	default: '',
	description: 'Only RFQs received from this time on (sent as page[firstseek]). A time without a zone is read as UTC.',
};

/** An ISO 8601 UTC timestamp for `page[firstseek]`; a time without a zone is taken as UTC. */
export function toFirstSeek(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (text === '') return undefined;
	const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(text) || !/T\d{2}:\d{2}/.test(text) ? text : `${text}Z`;
	const time = Date.parse(/T/.test(zoned) ? zoned : `${zoned}T00:00:00Z`);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function readReceivedSince(context: IExecuteFunctions, itemIndex: number): string | undefined {
	const options = context.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const raw = options.receivedSince;
	const firstSeek = toFirstSeek(raw);
	if (firstSeek === undefined && String(raw ?? '').trim() !== '') {
		throw new NodeOperationError(context.getNode(), `"Received Since" of item ${itemIndex} is not a date and time: "${String(raw)}"`, { itemIndex });
	}
	return firstSeek;
}

/**
 * `GET /rfqs` [C-3p: PD-fork, /reference/list]: RFQs sent to your company (seller side), seek-paged with
 * `page[firstseek]`, `page[seek]` and `page[size]`. Downloading RFQs obliges you to answer them [C].
 */
const operation = getManyOperation({
	platform: 'avinode',
	resource: 'rfq',
	path: () => '/rfqs',
	sparseType: 'rfqs',
	extraOptions: [expansionsOption(RFQ_EXPANSIONS), receivedSinceOption],
	seekFrom: readReceivedSince,
	simplify: { fromVersion: 1.2, record: simplifyRfq },
});

export const description = operation.description;
export const execute = operation.execute;
