/**
 * The talent fields of the field mapper (node version 2): the documented writable talent properties
 * [C: createtalent, Whippy's model], with how each one is typed in the editor, read from input, sent
 * and compared. Pure data: the mapper's fields, the values read from items and the change detection
 * all come from this one list.
 */
import type { FieldType, INodePropertyOptions } from 'n8n-workflow';

/** How a value is cleaned, checked and compared. */
export type TalentValueKind = 'text' | 'email' | 'phone' | 'date' | 'number' | 'talentId' | 'status' | 'choice' | 'taxId' | 'recordId';

export interface TalentField {
	/** The mapper's field id (also the name "Map Automatically" looks for first). */
	id: string;
	displayName: string;
	/** The editor's input for the field. */
	type: FieldType;
	kind: TalentValueKind;
	/** Where the value goes in the talent body: a property, or a property of the resident address. */
	property: string;
	addressPart?: string;
	/** Fixed choices (value as sent, name as shown); tenant lists are added when the mapper loads. */
	options?: INodePropertyOptions[];
	/** Other input field names that mean this field, written as `inputNameKey` (nodes/shared/inputNames.ts) gives them. */
	aliases?: string[];
	/** Avionté requires it to create a talent [C: createtalent requires first name, last name, email and a status]. */
	requiredToCreate?: boolean;
	/** The name in the tenant's new-talent requirements (`GET /talent-requirement`) that makes it required. */
	requirement?: string;
	/** Only on operations that update (the talent to update). */
	updateOnly?: boolean;
}

export const TALENT_ID_FIELD = 'id';
export const EMAIL_FIELD = 'emailAddress';
export const STATUS_FIELD = 'status';

const GENDERS: INodePropertyOptions[] = [
	{ name: 'Female', value: 'F' },
	{ name: 'I Do Not Wish To Answer', value: 'X' },
	{ name: 'Male', value: 'M' },
	{ name: 'Non-Binary', value: 'N' },
];

/** Gender words as Avionté documents them (M/Male, F/Female, N/Non-Binary, X/"I Do Not Wish To Answer"), normalized. */
export const GENDER_WORDS: Record<string, string> = { f: 'F', female: 'F', m: 'M', male: 'M', n: 'N', nonbinary: 'N', x: 'X', idonotwishtoanswer: 'X' };

const FILING_STATUSES: INodePropertyOptions[] = ['None', 'Single', 'Married', 'MarriedWithHigherRates'].map((value) => ({ name: value === 'MarriedWithHigherRates' ? 'Married With Higher Rates' : value, value }));

/** Required ones first, then the rest as people fill in a record. */
export const TALENT_FIELDS: TalentField[] = [
	{ id: 'emailAddress', displayName: 'Email Address', type: 'string', kind: 'email', property: 'emailAddress', aliases: ['email', 'mail', 'emailaddress1', 'primaryemail'], requiredToCreate: true, requirement: 'email' },
	{ id: 'firstName', displayName: 'First Name', type: 'string', kind: 'text', property: 'firstName', aliases: ['first', 'givenname', 'forename'], requiredToCreate: true, requirement: 'firstName' },
	{ id: 'lastName', displayName: 'Last Name', type: 'string', kind: 'text', property: 'lastName', aliases: ['last', 'surname', 'familyname'], requiredToCreate: true, requirement: 'lastName' },
	{ id: 'status', displayName: 'Status', type: 'string', kind: 'status', property: 'status', aliases: ['statusid', 'talentstatus'], requiredToCreate: true },
	{ id: 'id', displayName: 'Talent ID', type: 'number', kind: 'talentId', property: 'id', aliases: ['talentid', 'avionteid'], updateOnly: true },
	{ id: 'mobilePhone', displayName: 'Mobile Phone', type: 'string', kind: 'phone', property: 'mobilePhone', aliases: ['mobile', 'cell', 'cellphone', 'phone', 'phonenumber'], requirement: 'phone' },
	{ id: 'homePhone', displayName: 'Home Phone', type: 'string', kind: 'phone', property: 'homePhone' },
	{ id: 'workPhone', displayName: 'Work Phone', type: 'string', kind: 'phone', property: 'workPhone' },
	{ id: 'middleName', displayName: 'Middle Name', type: 'string', kind: 'text', property: 'middleName' },
	{ id: 'emailAddress2', displayName: 'Email Address 2', type: 'string', kind: 'email', property: 'emailAddress2', aliases: ['email2', 'secondaryemail'] },
	{ id: 'residentStreet1', displayName: 'Street 1', type: 'string', kind: 'text', property: 'residentAddress', addressPart: 'street1', aliases: ['street', 'street1', 'address', 'address1', 'addressline1'], requirement: 'address' },
	{ id: 'residentStreet2', displayName: 'Street 2', type: 'string', kind: 'text', property: 'residentAddress', addressPart: 'street2', aliases: ['street2', 'address2', 'addressline2'] },
	{ id: 'residentCity', displayName: 'City', type: 'string', kind: 'text', property: 'residentAddress', addressPart: 'city', aliases: ['city', 'town'], requirement: 'city' },
	{ id: 'residentState', displayName: 'State or Province', type: 'string', kind: 'text', property: 'residentAddress', addressPart: 'state_Province', aliases: ['state', 'province', 'stateprovince'], requirement: 'state' },
	{ id: 'residentPostalCode', displayName: 'Postal Code', type: 'string', kind: 'text', property: 'residentAddress', addressPart: 'postalCode', aliases: ['postalcode', 'zip', 'zipcode', 'postcode'], requirement: 'zip' },
	{ id: 'residentCountry', displayName: 'Country', type: 'string', kind: 'text', property: 'residentAddress', addressPart: 'country', aliases: ['country'], requirement: 'country' },
	{ id: 'birthday', displayName: 'Birthday', type: 'dateTime', kind: 'date', property: 'birthday', aliases: ['dateofbirth', 'birthdate', 'dob'] },
	{ id: 'hireDate', displayName: 'Hire Date', type: 'dateTime', kind: 'date', property: 'hireDate' },
	{ id: 'gender', displayName: 'Gender', type: 'options', kind: 'choice', property: 'gender', options: GENDERS },
	{ id: 'frontOfficeId', displayName: 'Home Office (Branch)', type: 'number', kind: 'recordId', property: 'frontOfficeId', aliases: ['branch', 'branchid', 'homeoffice', 'office', 'officeid'] },
	{ id: 'representativeUser', displayName: 'Representative User', type: 'number', kind: 'recordId', property: 'representativeUser', aliases: ['representativeuserid', 'recruiter', 'recruiterid'] },
	{ id: 'origin', displayName: 'Origin', type: 'string', kind: 'text', property: 'origin' },
	{ id: 'taxIdNumber', displayName: 'Tax ID Number (SSN or SIN)', type: 'string', kind: 'taxId', property: 'taxIdNumber', aliases: ['ssn', 'sin', 'taxid', 'socialsecuritynumber'] },
	{ id: 'filingStatus', displayName: 'Filing Status', type: 'options', kind: 'choice', property: 'filingStatus', options: FILING_STATUSES },
	{ id: 'federalAllowances', displayName: 'Federal Allowances', type: 'number', kind: 'number', property: 'federalAllowances' },
	{ id: 'stateAllowances', displayName: 'State Allowances', type: 'number', kind: 'number', property: 'stateAllowances' },
	{ id: 'additionalFederalWithholding', displayName: 'Additional Federal Withholding', type: 'number', kind: 'number', property: 'additionalFederalWithholding' },
];

export const TALENT_FIELDS_BY_ID = new Map(TALENT_FIELDS.map((field) => [field.id, field]));
