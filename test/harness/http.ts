/**
 * n8n's own HTTP request function (the axios-based one `this.helpers.httpRequest` uses in n8n 2.x),
 * behind a guard: tests may only reach loopback addresses, never a real Avionté or Avinode host.
 */
import type { IHttpRequestOptions } from 'n8n-workflow';

import { dirname, join } from 'node:path';

// The package's export map hides the file, so resolve it next to the package entry point.
const requestModulePath = join(dirname(require.resolve('@n8n/backend-network')), 'http', 'axios', 'request.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { httpRequest: n8nHttpRequest } = require(requestModulePath) as {
	httpRequest: (options: IHttpRequestOptions, ssrf?: unknown) => Promise<unknown>;
};

export function assertLoopback(url: string): void {
	const host = new URL(url).hostname;
	if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host)) {
		throw new Error(`Test tried to reach a non-loopback host: ${host}. Tests may only call the embedded sandbox.`);
	}
}

export async function httpRequest(options: IHttpRequestOptions): Promise<unknown> {
	const url = options.baseURL ? `${options.baseURL.replace(/\/$/, '')}${options.url}` : options.url;
	assertLoopback(url);
	return await n8nHttpRequest({ ...options });
}
