import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readRequestSettings } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { readMappedValues } from '../../../shared/mappedFields';
import { fromVersion, nodeVersion, onlyInVersions, shownOnly } from '../../../shared/nodeVersion';
import { itemResults } from '../../../shared/router';
import { unwrap } from '../../helpers/envelope';
import { readId } from '../../helpers/fields';
import { emptyLegLocator } from '../../helpers/locators';
import { writeOperation } from '../../helpers/operations';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest, idSegment } from '../../transport';
import { emptyLegBody, emptyLegJson, emptyLegJsonField, updateFieldsV1, updateFieldsV11 } from './fields';
import { emptyLegColumnsField, emptyLegMapperFields, MAPPER_LABELS } from './mapper';

function updateFields(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Update Fields', name: 'updateFields', type: 'collection', placeholder: 'Add Field', default: {}, options };
}

/** The documented empty-leg properties [C-3p: /reference/createemptyleg]: what an update sends back. */
const EMPTY_LEG_PROPERTIES = ['lift', 'startAirport', 'endAirport', 'startDate', 'endDate', 'published', 'sellerMessage', 'sellerVerified', 'sellerPrice', 'sellerPriceCurrency'];

/** `PUT /emptylegs/{id}` [I: no public page or client shows it], with the documented create body's names. */
const operation = writeOperation({
	platform: 'avinode',
	resource: 'emptyLeg',
	operation: 'update',
	method: 'PUT',
	path: (context, itemIndex) => `/emptylegs/${idSegment(readId(context, 'emptyLegId', 'Empty Leg', itemIndex))}`,
	properties: [
		emptyLegLocator,
		...shownOnly(onlyInVersions(1), [updateFields(updateFieldsV1)]),
		...shownOnly(onlyInVersions(1.1), [updateFields(updateFieldsV11)]),
		...shownOnly(onlyInVersions(1, 1.1), [emptyLegJsonField]),
		...shownOnly(fromVersion(1.2), [emptyLegColumnsField('getEmptyLegUpdateFields')]),
	],
	body: (context, itemIndex) => {
		const body = emptyLegBody(context, itemIndex, context.getNodeParameter('updateFields', itemIndex, {}) as IDataObject, undefined, emptyLegJson(context, itemIndex));
		if (Object.keys(body).length === 0) throw new NodeOperationError(context.getNode(), `Item ${itemIndex} has no fields to update`, { itemIndex });
		return body;
	},
});

export const description = operation.description;
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avinode', method: 'PUT', instead: 'Schedule → Upload with the changed empty leg also updates it.' };
export const itemsInParallel = operation.itemsInParallel;

/**
 * Version 1.2 reads the leg first and sends it whole with the changes: an update that validates like
 * create (dates and airports required) then still passes, and fields not mapped are kept.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	if (nodeVersion(this) < 1.2) return await operation.execute.call(this, itemIndex);
	const id = readId(this, 'emptyLegId', 'Empty Leg', itemIndex);
	const changes = emptyLegBody(this, itemIndex, readMappedValues(this, 'columns', itemIndex, emptyLegMapperFields(false), { matchNames: true }), MAPPER_LABELS);
	if (Object.keys(changes).length === 0) throw new NodeOperationError(this.getNode(), `Item ${itemIndex} maps no fields to update`, { itemIndex });
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const call = { itemIndex, retryPolicy, actAs: options.actAsAccount as string | undefined };
	const path = `/emptylegs/${idSegment(id)}`;
	const current = (unwrap((await avinodeRequest.call(this, 'avinode', 'GET', path, call)).body, true)[0] ?? {}) as IDataObject;
	const kept = Object.fromEntries(Object.entries(current).filter(([property]) => EMPTY_LEG_PROPERTIES.includes(property)));
	const lift = { ...((kept.lift as IDataObject | undefined) ?? {}), ...((changes.lift as IDataObject | undefined) ?? {}) };
	const body = { ...kept, ...changes, ...(Object.keys(lift).length > 0 ? { lift } : {}) };
	const response = await avinodeRequest.call(this, 'avinode', 'PUT', path, { ...call, body });
	return itemResults(this, itemIndex, unwrap(response.body, true));
}
