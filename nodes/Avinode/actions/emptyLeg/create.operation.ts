import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { writeOperation } from '../../helpers/operations';
import { emptyLegBody, emptyLegFields, emptyLegJsonField } from './fields';

const required = new Set(['startAirport', 'endAirport', 'aircraftTail', 'departureDate']);

/** `POST /emptylegs` [C]. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'create',
	method: 'POST',
	path: () => '/emptylegs',
	properties: [...emptyLegFields.map((field) => (required.has(field.name) ? { ...field, required: true } : field)), emptyLegJsonField],
	body: (context, itemIndex) => {
		const fields: IDataObject = {};
		for (const field of emptyLegFields) fields[field.name] = context.getNodeParameter(field.name, itemIndex, field.default);
		for (const name of required) {
			if (!String(fields[name] ?? '').trim()) {
				const label = emptyLegFields.find((field) => field.name === name)?.displayName ?? name;
				throw new NodeOperationError(context.getNode(), `"${label}" of item ${itemIndex} is empty`, { itemIndex });
			}
		}
		return emptyLegBody(context, itemIndex, fields);
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
