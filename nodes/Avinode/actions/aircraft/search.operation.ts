import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions, simplifyField } from '../../../shared/descriptions';
import { unwrap } from '../../helpers/envelope';
import { actAsOption } from '../../helpers/fields';
import { itemResults } from '../../../shared/router';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest } from '../../transport';

function commaList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\s,;]+/);
	return parts.map((part) => part.trim()).filter(Boolean);
}

const properties: INodeProperties[] = [
	{
		displayName: 'Tail Numbers',
		name: 'tailNumbers',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'N123AB, N456CD',
		description: 'One or more registrations, separated by commas or spaces (or an array from an expression)',
	},
	simplifyField,
	requestOptions(AVINODE_REQUEST_DEFAULTS, [
		actAsOption,
		{ displayName: 'Sparse Fields (Aircraft)', name: 'sparseFields', type: 'string', default: '', placeholder: 'e.g. aircraftType,homebase', description: 'Comma-separated values sent as fields[aircraft]' },
		{ displayName: 'Sparse Fields (Companies)', name: 'companyFields', type: 'string', default: '', description: 'Comma-separated values sent as fields[companies]' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['aircraft'], operation: ['search'] } }, properties);

export const itemsInParallel = true;

/**
 * `GET /aircraft/search?tail=…` with `tail` repeated [C-3p: PD-fork → /reference/searchaircraft].
 * One item per aircraft found; a tail Avinode does not know gives no item (and a hint).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const tails = commaList(this.getNodeParameter('tailNumbers', itemIndex, ''));
	if (tails.length === 0) throw new NodeOperationError(this.getNode(), `"Tail Numbers" of item ${itemIndex} is empty`, { itemIndex });
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: IDataObject = { tail: tails };
	const aircraftFields = commaList(options.sparseFields);
	const companyFields = commaList(options.companyFields);
	if (aircraftFields.length > 0) qs['fields[aircraft]'] = aircraftFields;
	if (companyFields.length > 0) qs['fields[companies]'] = companyFields;
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const response = await avinodeRequest.call(this, 'avinode', 'GET', '/aircraft/search', { qs, itemIndex, retryPolicy, actAs: options.actAsAccount as string | undefined });
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const found = unwrap(response.body, simplify);
	if (simplify && found.length === 0) {
		this.addExecutionHints({ message: `Avinode knows no aircraft with tail ${tails.join(', ')} (item ${itemIndex})`, location: 'outputPane' });
	}
	return itemResults(this, itemIndex, found);
}
