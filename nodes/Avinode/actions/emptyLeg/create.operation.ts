import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fromVersion, nodeVersion, onlyInVersions } from '../../../shared/nodeVersion';
import { writeOperation } from '../../helpers/operations';
import { additionalFieldsV1, additionalFieldsV11, checkCreateBody, createFieldsV1, createFieldsV11, emptyLegBody, emptyLegJsonField } from './fields';

const inVersion = (show: NonNullable<INodeProperties['displayOptions']>['show'], fields: INodeProperties[]) => fields.map((field) => ({ ...field, displayOptions: { show } }));

function additionalFields(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options };
}

/** `POST /emptylegs` [C-3p: PD-fork → /reference/createemptyleg], body as documented (see fields.ts). */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'create',
	method: 'POST',
	path: () => '/emptylegs',
	properties: [
		...inVersion(onlyInVersions(1), [...createFieldsV1, additionalFields(additionalFieldsV1)]),
		...inVersion(fromVersion(1.1), [...createFieldsV11, additionalFields(additionalFieldsV11)]),
		emptyLegJsonField,
	],
	body: (context, itemIndex) => {
		const fields: IDataObject = { ...(context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
		for (const field of nodeVersion(context) >= 1.1 ? createFieldsV11 : createFieldsV1) fields[field.name] = context.getNodeParameter(field.name, itemIndex, field.default);
		const body = emptyLegBody(context, itemIndex, fields);
		checkCreateBody(context, itemIndex, body);
		return body;
	},
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
