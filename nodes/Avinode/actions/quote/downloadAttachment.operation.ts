import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { fileNameFromContentDisposition, mimeTypeOf } from '../../../shared/files';
import { actAsOption, idField, readId } from '../../helpers/fields';
import { quoteAttachmentLocator } from '../../helpers/locators';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest, idSegment } from '../../transport';

const properties: INodeProperties[] = [
	idField('quoteId', 'Quote ID', 'aquote-12345678', 'The quote, e.g. from the links.quotes of an RFQ lift or the quote of a trip message'),
	quoteAttachmentLocator,
	{ displayName: 'Put Output File in Field', name: 'binaryPropertyName', type: 'string', default: 'data', required: true, hint: 'The name of the output binary field to put the file in' },
	requestOptions(AVINODE_REQUEST_DEFAULTS, [actAsOption]),
];

export const description = updateDisplayOptions({ show: { resource: ['quote'], operation: ['downloadAttachment'] } }, properties);

export const itemsInParallel = true;

/**
 * `GET /quotes/{quoteId}/attachment/{attachmentId}/stream` [C: /reference/streamattachment_1]: the
 * attachment's bytes, stored through n8n's binary helpers (file system or S3 in n8n 2, never memory).
 * The file name and type come from the response headers, else the attachment id.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const quoteId = readId(this, 'quoteId', 'Quote ID', itemIndex);
	const attachmentId = readId(this, 'attachmentId', 'Attachment', itemIndex);
	const binaryPropertyName = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim();
	if (!binaryPropertyName) throw new NodeOperationError(this.getNode(), `"Put Output File in Field" of item ${itemIndex} is empty`, { itemIndex });
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const response = await avinodeRequest.call(this, 'avinode', 'GET', `/quotes/${idSegment(quoteId)}/attachment/${idSegment(attachmentId)}/stream`, {
		itemIndex,
		retryPolicy,
		binary: true,
		actAs: options.actAsAccount as string | undefined,
	});
	const bytes = Buffer.from(response.body as ArrayBuffer);
	const mimeType = mimeTypeOf(response.headers['content-type']) ?? 'application/octet-stream';
	const fileName = fileNameFromContentDisposition(response.headers['content-disposition']) ?? attachmentId;
	const binary = await this.helpers.prepareBinaryData(bytes, fileName, mimeType);
	return [
		{
			json: { quoteId, attachmentId, fileName: binary.fileName ?? fileName, mimeType: binary.mimeType, fileSize: bytes.length },
			binary: { [binaryPropertyName]: binary },
			pairedItem: { item: itemIndex },
		},
	];
}
