import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readMappedValues } from '../../../shared/mappedFields';
import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../../shared/nodeVersion';
import { writeOperation } from '../../helpers/operations';
import { additionalFieldsV1, additionalFieldsV11, checkCreateBody, createFieldsV1, createFieldsV11, emptyLegBody, emptyLegJson, emptyLegJsonField } from './fields';
import { emptyLegColumnsField, emptyLegMapperFields, MAPPER_LABELS, PUBLISHED_LABEL, publishedNotice } from './mapper';

function additionalFields(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Additional Fields', name: 'additionalFields', type: 'collection', placeholder: 'Add Field', default: {}, options };
}

/** Runs that already said a leg was created unpublished (once per run is enough). */
const toldUnpublished = new WeakSet<IExecuteFunctions>();

/** An unpublished leg is a draft buyers do not see: said once per run, as that is easy to miss. */
function hintIfUnpublished(context: IExecuteFunctions, itemIndex: number, sent: IDataObject | undefined, output: IDataObject | IDataObject[]): void {
	const leg = Array.isArray(output) ? output[0] : output;
	const published = typeof leg?.published === 'boolean' ? leg.published : sent?.published === true;
	if (published || toldUnpublished.has(context)) return;
	toldUnpublished.add(context);
	const label = nodeVersion(context) >= 1.2 ? PUBLISHED_LABEL : 'Published';
	context.addExecutionHints({
		message: `The empty leg of item ${itemIndex}${leg?.id ? ` (${String(leg.id)})` : ''} was created unpublished: buyers do not see it. Turn on "${label}" to offer legs to buyers.`,
		location: 'outputPane',
	});
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
		...shownOnly(fromVersion(1.2), [publishedNotice, emptyLegColumnsField('getEmptyLegFields')]),
	],
	body: (context, itemIndex) => {
		const version = nodeVersion(context);
		if (version >= 1.2) {
			const body = emptyLegBody(context, itemIndex, readMappedValues(context, 'columns', itemIndex, emptyLegMapperFields(true), { matchNames: true }), MAPPER_LABELS);
			checkCreateBody(context, itemIndex, body, MAPPER_LABELS);
			return body;
		}
		const fields: IDataObject = { ...(context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject) };
		for (const field of version >= 1.1 ? createFieldsV11 : createFieldsV1) fields[field.name] = context.getNodeParameter(field.name, itemIndex, field.default);
		const body = emptyLegBody(context, itemIndex, fields, undefined, emptyLegJson(context, itemIndex));
		checkCreateBody(context, itemIndex, body);
		return body;
	},
	afterWrite: hintIfUnpublished,
});

export const description = operation.description;
export const execute = operation.execute;
export const itemsInParallel = operation.itemsInParallel;
