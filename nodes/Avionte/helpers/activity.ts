/** Creating a talent or contact activity: the same body shape on two paths [C / C-code]. */
import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountListLocator } from '../../shared/accountList';
import { readRequestSettings, requestOptions, shownFor } from '../../shared/descriptions';
import { parseNumericId, valueOrThrow } from '../../shared/inputs';
import { compact } from '../../shared/json';
import { fromVersion, onlyInVersions } from '../../shared/nodeVersion';
import { itemResults } from '../../shared/router';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../transport';
import type { AvionteOperation } from './operations';
import { contactLocator, readRecordId, talentLocator } from './locators';

export function createActivityOperation(kind: 'talent' | 'contact', resource: string, operation: string): AvionteOperation {
	const owner = kind === 'talent' ? { locator: talentLocator, name: 'talentId', label: 'Talent' } : { locator: contactLocator, name: 'contactId', label: 'Contact' };
	const properties: INodeProperties[] = [
		owner.locator,
		{
			displayName: 'Activity Type Name or ID',
			name: 'typeId',
			type: 'options',
			typeOptions: { loadOptionsMethod: kind === 'talent' ? 'getTalentActivityTypes' : 'getContactActivityTypes' },
			default: '',
			required: true,
			description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			displayOptions: { show: onlyInVersions(1, 1.1) },
		},
		// Version 2: a picker whose list is read when opened (see shared/accountList.ts).
		{
			...accountListLocator({
				name: 'typeId',
				displayName: 'Activity Type',
				description: 'The kind of activity, from the types your Avionté account defines',
				searchListMethod: kind === 'talent' ? 'searchTalentActivityTypes' : 'searchContactActivityTypes',
				typed: {
					name: 'id',
					displayName: 'By ID',
					placeholder: 'e.g. 12',
					validation: [{ type: 'regex', properties: { regex: '^\\s*-?[0-9]+\\s*$', errorMessage: 'Enter an activity type ID (a whole number)' } }],
				},
			}),
			displayOptions: { show: fromVersion(2) },
		},
		{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 4 }, default: '' },
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Activity Date', name: 'activityDate', type: 'dateTime', default: '', description: 'When it happened; empty means now' },
				{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Activity title; defaults to the type name' },
				{
					displayName: 'Show In',
					name: 'show_in',
					type: 'options',
					options: [
						{ name: 'Activities', value: 1 },
						{ name: 'All', value: -1 },
						{ name: 'Custom', value: 0 },
						{ name: 'Tasks', value: 2 },
					],
					default: 1,
				},
				{ displayName: 'User ID', name: 'userId', type: 'number', default: 0, description: 'Avionté user who logged the activity' },
			],
		},
		requestOptions(AVIONTE_REQUEST_DEFAULTS),
	];
	return {
		description: shownFor(resource, operation, properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const ownerId = readRecordId(this, owner.name, owner.label, itemIndex);
			const typeId = Number(this.getNodeParameter('typeId', itemIndex, '', { extractValue: true }));
			// Activity types may be negative system ids (e.g. -95) [C-code], so only 0 and NaN are invalid.
			if (!Number.isInteger(typeId) || typeId === 0) {
				throw new NodeOperationError(this.getNode(), `"Activity Type" of item ${itemIndex} must be an activity type ID`, { itemIndex });
			}
			const additional = compact(this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject);
			if (additional.userId === 0) delete additional.userId;
			else if (additional.userId !== undefined) additional.userId = valueOrThrow(this, parseNumericId(additional.userId, 'Avionté user'), 'User ID', itemIndex);
			const body: IDataObject = {
				typeId,
				[owner.name]: ownerId,
				notes: String(this.getNodeParameter('notes', itemIndex, '')),
				activityDate: String(additional.activityDate || new Date().toISOString()),
				...additional,
			};
			const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
			const response = await avionteRequest.call(this, 'POST', `/${kind}/${segment(ownerId)}/activity`, { body, itemIndex, retryPolicy });
			return itemResults(this, itemIndex, response.body as IDataObject);
		},
	};
}
