import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { readMappedValues } from '../../../shared/mappedFields';
import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../../shared/nodeVersion';
import { writeOperation } from '../../helpers/operations';
import { additionalFieldsV1, additionalFieldsV11, checkCreateBody, createFieldsV1, createFieldsV11, emptyLegBody, emptyLegJson, emptyLegJsonField } from './fields';
import { emptyLegColumnsField, emptyLegMapperFields, MAPPER_LABELS } from './mapper';

function additionalFields(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options };
}

/**
 * `POST /emptylegs` [C-3p: PD-fork → /reference/createemptyleg], body as documented (see fields.ts).
 * Version 1.2 maps the fields with n8n's field mapper; versions 1 and 1.1 keep their fields.
 */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'create',
	method: 'POST',
	path: () => '/emptylegs',
	properties: [
		...shownOnly(onlyInVersions(1), [...createFieldsV1, additionalFields(additionalFieldsV1)]),
		...shownOnly(onlyInVersions(1.1), [...createFieldsV11, additionalFields(additionalFieldsV11)]),
		...shownOnly(onlyInVersions(1, 1.1), [emptyLegJsonField]),
		...shownOnly(fromVersion(1.2), [emptyLegColumnsField('getEmptyLegFields')]),
	],
	body: (context, itemIndex) => {
		const version = nodeVersion(context);
		if (version >= 1.2) {
			const body = emptyLegBody(context, itemIndex, readMappedValues(context, 'columns', itemIndex, emptyLegMapperFields(true)), MAPPER_LABELS);
			checkCreateBody(context, itemIndex, body, MAPPER_LABELS);
			return body;
		}
		const fields: IDataObject = { ...(context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
		for (const field of version >= 1.1 ? createFieldsV11 : createFieldsV1) fields[field.name] = context.getNodeParameter(field.name, itemIndex, field.default);
		const body = emptyLegBody(context, itemIndex, fields, undefined, emptyLegJson(context, itemIndex));
		checkCreateBody(context, itemIndex, body);
		return body;
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
