/**
 * "Custom API Call": the escape hatch to endpoints without a dedicated operation. It goes through the
 * same transport as every operation: authentication, headers, retries and error mapping included.
 */
import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RequestDefaults } from './descriptions';
import { customApiCallProperties, customQuery, readRequestSettings, requestOptions, shownFor } from './descriptions';
import { parseJsonParameter } from './json';
import { disguisedSegmentOf, dotSegmentOf } from './paths';
import type { RetryPolicy } from './retry';
import type { OperationModule } from './router';
import { itemResults } from './router';
import type { ApiResponse } from './transport';

export type CustomCall = (
	context: IExecuteFunctions,
	method: IHttpRequestMethods,
	path: string,
	options: { qs: IDataObject; body?: IDataObject | IDataObject[]; itemIndex: number; retryPolicy: Partial<RetryPolicy> },
) => Promise<ApiResponse>;

/** `apiBase` names in words what a path is relative to ("the Avinode API"); `examplePath` is an example of a path. */
export function customApiCallOperation(apiBase: string, examplePath: string, defaults: RequestDefaults, call: CustomCall): OperationModule & { description: INodeProperties[] } {
	const properties = [...customApiCallProperties(apiBase, examplePath), requestOptions(defaults)];
	return {
		description: shownFor('customApiCall', 'call', properties),
		itemsInParallel: true,
		async execute(this: IExecuteFunctions, itemIndex: number) {
			const method = this.getNodeParameter('method', itemIndex) as IHttpRequestMethods;
			let path = String(this.getNodeParameter('path', itemIndex, '')).trim();
			if (!path) throw new NodeOperationError(this.getNode(), `"Path" of item ${itemIndex} is empty`, { itemIndex });
			if (/^https?:\/\//i.test(path)) {
				throw new NodeOperationError(this.getNode(), `"Path" of item ${itemIndex} must be relative to ${apiBase}, not a full URL`, { itemIndex });
			}
			if (!path.startsWith('/')) path = `/${path}`;
			const dots = dotSegmentOf(path);
			if (dots !== undefined) {
				throw new NodeOperationError(this.getNode(), `"Path" of item ${itemIndex} must stay under ${apiBase}: remove the segment "${dots}"`, { itemIndex });
			}
			const disguised = disguisedSegmentOf(path);
			if (disguised !== undefined) {
				throw new NodeOperationError(
					this.getNode(),
					`"Path" of item ${itemIndex} must stay under ${apiBase}: the segment "${disguised}" could leave it once the server decodes it (an encoded / or \\, a ; parameter, a double-encoded or full-width dot). Nothing was sent.`,
					{ itemIndex },
				);
			}
			const qs = customQuery(this.getNodeParameter('queryParameters', itemIndex, {}) as IDataObject);
			const body = (this.getNodeParameter('sendBody', itemIndex, false) as boolean)
				? (parseJsonParameter(this.getNode(), this.getNodeParameter('body', itemIndex, '{}'), 'Body (JSON)', itemIndex, 'any') as IDataObject | IDataObject[])
				: undefined;
			const { retryPolicy } = readRequestSettings(this, itemIndex, defaults);
			const response = await call(this, method, path, { qs, body, itemIndex, retryPolicy });
			const result = response.body;
			if (Array.isArray(result)) return itemResults(this, itemIndex, result.map((entry) => (entry !== null && typeof entry === 'object' ? (entry as IDataObject) : { value: entry as string })));
			if (result !== null && typeof result === 'object') return itemResults(this, itemIndex, result as IDataObject);
			return itemResults(this, itemIndex, { statusCode: response.statusCode, body: result === undefined || result === '' ? null : (result as string) });
		},
	};
}
