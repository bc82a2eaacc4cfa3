import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { readRequestSettings, requestOptions } from '../../../shared/descriptions';
import { idField, readId } from '../../../Avinode/helpers/fields';
import { AVINODE_REQUEST_DEFAULTS, avinodeRequest, followHref, idSegment } from '../../../Avinode/transport';

const properties: INodeProperties[] = [
	idField('quoteId', 'Quote ID', 'schedaero-quote-12345678'),
	{ displayName: 'Put Output File in Field', name: 'binaryPropertyName', type: 'string', default: 'data', required: true, description: 'The name of the output binary field to put the PDF in' },
	requestOptions(AVINODE_REQUEST_DEFAULTS),
];

export const description = updateDisplayOptions({ show: { resource: ['quote'], operation: ['downloadPdf'] } }, properties);

export const itemsInParallel = true;

/** What the PDF stream may answer with [C: docs/generating-pdfs, "will return an array of bytes"]. */
export const PDF_ACCEPT = 'application/pdf, application/octet-stream, */*';

/**
 * Reads the quote, then follows its `generate-pdf` link as given [C], which streams the PDF with the
 * normal headers; the bytes become n8n binary data.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number) {
	const quoteId = readId(this, 'quoteId', 'Quote ID', itemIndex);
	const binaryPropertyName = String(this.getNodeParameter('binaryPropertyName', itemIndex, 'data')).trim();
	if (!binaryPropertyName) throw new NodeOperationError(this.getNode(), `"Put Output File in Field" of item ${itemIndex} is empty`, { itemIndex });
	const { retryPolicy } = readRequestSettings(this, itemIndex, AVINODE_REQUEST_DEFAULTS);
	const quote = await avinodeRequest.call(this, 'schedaero', 'GET', `/quotes/${idSegment(quoteId)}`, { itemIndex, retryPolicy });
	const data = ((quote.body as IDataObject)?.data ?? {}) as IDataObject;
	const href = ((data.links as IDataObject | undefined)?.['generate-pdf'] as IDataObject | undefined)?.href;
	if (typeof href !== 'string') {
		throw new NodeOperationError(this.getNode(), `Quote of item ${itemIndex} has no generate-pdf link; the API connection may lack the permission`, { itemIndex });
	}
	// The stream is a PDF: a strict server refuses (406) an Accept that allows only JSON.
	const pdf = await followHref.call(this, href, { itemIndex, retryPolicy, binary: true, accept: PDF_ACCEPT });
	const bytes = Buffer.from(pdf.body as ArrayBuffer);
	const binary = await this.helpers.prepareBinaryData(bytes, `${quoteId}.pdf`, 'application/pdf');
	return [{ json: { quoteId, fileName: `${quoteId}.pdf`, fileSize: bytes.length }, binary: { [binaryPropertyName]: binary }, pairedItem: { item: itemIndex } }];
}
