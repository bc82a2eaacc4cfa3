import type { IBinaryData, IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { checkedDate } from '../../../shared/dates';
import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import type { UnconfirmedCall } from '../../../shared/evidence';
import { parseNumericId, valueOrThrow } from '../../../shared/inputs';
import { parseJsonObject } from '../../../shared/json';
import { itemResults } from '../../../shared/router';
import { DOCUMENT_EXTENSIONS, documentTitle } from '../../helpers/documents';
import { readRecordId, talentLocator } from '../../helpers/locators';
import { AVIONTE_REQUEST_DEFAULTS, avionteRequest, segment } from '../../transport';

/** Fields that hold record IDs, with the names the editor shows. */
const DOCUMENT_ID_LABELS: Record<string, string> = { documentTypeId: 'Document Type Name or ID', uploadedByUserId: 'Uploaded By User Name or ID', employerId: 'Employer ID' };

const properties: INodeProperties[] = [
	talentLocator,
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to be uploaded',
		description: "Or an expression giving a file of an earlier node, e.g. {{ $('Form').item.binary.Resume }}",
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		placeholder: 'Resume.pdf',
		description: `Title shown on the talent's Documents tab, ending in the file's extension (${DOCUMENT_EXTENSIONS.join(', ')}). Empty uses the file name; a title without extension gets the file's.`,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Document Type Name or ID',
				name: 'documentTypeId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getDocumentTypes' },
				default: '',
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{ displayName: 'Employer ID', name: 'employerId', type: 'number', default: 0 },
			{ displayName: 'Expiration Date', name: 'expirationDate', type: 'dateTime', default: '', description: 'When the document expires (e.g. a certification)' },
			{ displayName: 'Private', name: 'isPrivate', type: 'boolean', default: false, description: 'Whether the document is private' },
			{ displayName: 'Shared', name: 'isShared', type: 'boolean', default: false, description: 'Whether the document is shared' },
			{
				displayName: 'Uploaded By User Name or ID',
				name: 'uploadedByUserId',
				type: 'options',
				typeOptions: { loadOptionsMethod: 'getUsers' },
				default: '',
				description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
			},
			{ displayName: 'Visible', name: 'isVisible', type: 'boolean', default: true, description: 'Whether the document is visible' },
		],
	},
	{
		displayName: 'Additional Document Properties (JSON)',
		name: 'documentJson',
		type: 'json',
		default: '{}',
		description: 'Other properties of the upload body, merged last',
	},
	requestOptions(AVIONTE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['talent'], operation: ['uploadDocument'] } }, properties);
/** Not in the public documentation (README, API coverage): a 404 or 405 gets advice on how to go on. */
export const unconfirmedCall: UnconfirmedCall = { api: 'Avionté', method: 'POST' };

export const itemsInParallel = true;

/** A file reference as n8n passes it around (stored bytes have an id, inline ones base64 data). */
function isBinaryFile(value: unknown): value is IBinaryData {
	const file = value as IBinaryData | null;
	return file !== null && typeof file === 'object' && typeof file.mimeType === 'string' && (typeof file.id === 'string' || typeof file.data === 'string');
}

function additionalBody(context: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = context.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key, value] of Object.entries(fields)) {
		if (value === '' || value === undefined || value === null) continue;
		// A number field left at 0 means "not set".
		if (key in DOCUMENT_ID_LABELS && value === 0) continue;
		if (key === 'expirationDate') {
			// The field takes YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss [C].
			body.expirationDate = checkedDate(context, value, 'Expiration Date', itemIndex)?.toISOString().slice(0, 19);
		} else if (key in DOCUMENT_ID_LABELS) {
			body[key] = valueOrThrow(context, parseNumericId(value, 'Avionté'), DOCUMENT_ID_LABELS[key], itemIndex);
		} else {
			body[key] = value;
		}
	}
	return body;
}

/**
 * Upload a Document from Request Body [C: developer.avionte.com/reference/upload-document-from-body:
 * talent id, a title with extension (1–500 characters, txt/doc/docx/pdf/xls/xlsx/png/jpg/jpeg) and
 * the contents as base64 are required]. The path `POST /talent/{talentId}/document` and the JSON
 * property names (`title`, `fileContents` …) are inferred [I]: the page lists the fields, not their
 * names. The file comes from n8n's binary store, so it works with n8n 2's file-system binary data.
 * An upload is never re-sent after an ambiguous failure: a second one would add the file twice.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const talentId = readRecordId(this, 'talentId', 'Talent', itemIndex);
	const source = this.getNodeParameter('binaryPropertyName', itemIndex, 'data') as unknown;
	const file: string | IBinaryData = isBinaryFile(source) ? source : String(source ?? '').trim();
	if (file === '') throw new NodeOperationError(this.getNode(), `"Input Binary Field" of item ${itemIndex} is empty`, { itemIndex });
	const where = typeof file === 'string' ? `The file in "${file}" of item ${itemIndex}` : `The file given for item ${itemIndex}`;
	const binary = this.helpers.assertBinaryData(itemIndex, file);
	const title = documentTitle(String(this.getNodeParameter('title', itemIndex, '') ?? ''), binary);
	if (!title.ok) throw new NodeOperationError(this.getNode(), `${where} ${title.problem}`, { itemIndex });
	const bytes = await this.helpers.getBinaryDataBuffer(itemIndex, file);
	if (bytes.length === 0) throw new NodeOperationError(this.getNode(), `${where} is empty; Avionté requires its contents`, { itemIndex });
	const body: IDataObject = {
		...additionalBody(this, itemIndex),
		...parseJsonObject(this.getNode(), this.getNodeParameter('documentJson', itemIndex, '{}'), 'Additional Document Properties (JSON)', itemIndex),
		talentId,
		title: title.title,
		fileContents: bytes.toString('base64'),
	};
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVIONTE_REQUEST_DEFAULTS);
	const response = await avionteRequest.call(this, 'POST', `/talent/${segment(talentId)}/document`, { body, itemIndex, retryPolicy });
	const result = response.body !== null && typeof response.body === 'object' ? (response.body as IDataObject) : { uploaded: true };
	return itemResults(this, itemIndex, { ...result, title: result.title ?? title.title });
}
