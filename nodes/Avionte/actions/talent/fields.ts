/** Talent fields shared by Create and Update. Names are the API's own [C: createtalent page]. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { accountListLocator } from '../../../shared/accountList';

/** Talent status: the list shows the tenant's statuses by name; an expression may give a status name or a status ID. */
export const statusField: INodeProperties = {
	displayName: 'Status Name or ID',
	name: 'status',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getTalentStatuses' },
	default: '',
	description:
		'The talent\'s status in your Avionté account, e.g. Active or Available; an expression may give the status name as well. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Talent status on Create from version 2: the list is read when opened (see shared/accountList.ts). */
export const statusLocator: INodeProperties = accountListLocator({
	name: 'status',
	displayName: 'Status',
	description: "The talent's status in your Avionté account, e.g. Active or Available",
	searchListMethod: 'searchTalentStatuses',
	typed: { name: 'name', displayName: 'By Name or ID', placeholder: 'e.g. Active' },
});

export const talentOptionalFields: INodeProperties[] = [
	{ displayName: 'Birthday', name: 'birthday', type: 'dateTime', default: '', description: 'Date of birth (sent as YYYY-MM-DD)' },
	{ displayName: 'Email Address 2', name: 'emailAddress2', type: 'string', placeholder: 'name@email.com', default: '' },
	{
		displayName: 'Gender',
		name: 'gender',
		type: 'options',
		options: [
			{ name: 'Female', value: 'F' },
			{ name: 'I Do Not Wish To Answer', value: 'X' },
			{ name: 'Male', value: 'M' },
			{ name: 'Non-Binary', value: 'N' },
		],
		default: 'X',
	},
	{ displayName: 'Hire Date', name: 'hireDate', type: 'dateTime', default: '' },
	{ displayName: 'Home Phone', name: 'homePhone', type: 'string', default: '' },
	{
		displayName: 'Home Office (Branch) Name or ID',
		name: 'frontOfficeId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getBranches' },
		default: '',
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{ displayName: 'Middle Name', name: 'middleName', type: 'string', default: '' },
	{ displayName: 'Mobile Phone', name: 'mobilePhone', type: 'string', default: '' },
	{ displayName: 'Origin', name: 'origin', type: 'string', default: 'n8n', description: 'Label of the system that created the talent' },
	{
		displayName: 'Representative User Name or ID',
		name: 'representativeUser',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		default: '',
		description: 'Recruiter who owns the talent. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Resident Address',
		name: 'residentAddress',
		type: 'fixedCollection',
		default: {},
		options: [
			{
				name: 'address',
				displayName: 'Address',
				values: [
					{ displayName: 'City', name: 'city', type: 'string', default: '' },
					{ displayName: 'Country', name: 'country', type: 'string', default: 'US' },
					{ displayName: 'Postal Code', name: 'postalCode', type: 'string', default: '' },
					{ displayName: 'State or Province', name: 'state_Province', type: 'string', default: '' },
					{ displayName: 'Street 1', name: 'street1', type: 'string', default: '' },
					{ displayName: 'Street 2', name: 'street2', type: 'string', default: '' },
				],
			},
		],
	},
	statusField,
	{ displayName: 'Tax ID Number', name: 'taxIdNumber', type: 'string', typeOptions: { password: true }, default: '', description: 'SSN or SIN, exactly 9 digits' },
	{ displayName: 'Work Phone', name: 'workPhone', type: 'string', default: '' },
];

export const additionalJsonField: INodeProperties = {
	displayName: 'Additional Fields (JSON)',
	name: 'additionalJson',
	type: 'json',
	default: '{}',
	description: 'Any other talent properties as a JSON object; they are merged last, so they win over the fields above',
};

/** Turns the collection into API properties: dates to YYYY-MM-DD, numbers as numbers, address unwrapped. */
export function talentBodyFromFields(fields: IDataObject): IDataObject {
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null) continue;
		if (key === 'residentAddress') {
			const address = (value as IDataObject).address as IDataObject | undefined;
			if (address) body.residentAddress = address;
		} else if (key === 'birthday' || key === 'hireDate') {
			body[key] = String(value).slice(0, 10);
		} else if (key === 'status') {
			Object.assign(body, statusProperty(value));
		} else if (key === 'frontOfficeId' || key === 'representativeUser') {
			body[key] = Number(value);
		} else {
			body[key] = value;
		}
	}
	return body;
}

/**
 * "Either a valid StatusId or Status value is required" [C: createtalent]: a status ID (a number, or
 * digits) goes as `statusId`, anything else as the status name.
 */
export function statusProperty(value: unknown): IDataObject {
	if (typeof value === 'number' && Number.isInteger(value)) return { statusId: value };
	const text = String(value ?? '').trim();
	if (text === '') return {};
	return /^\d+$/.test(text) ? { statusId: Number(text) } : { status: text };
}
