// An MCP client for the suite: the @modelcontextprotocol/sdk that ships inside the n8n install (n8n's
// own server side uses it), so the suite needs no dependency of its own.
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { ensureN8n } from '../../scripts/ensure-n8n.mjs';

const fromN8n = createRequire(join(ensureN8n().installDir, 'node_modules', 'n8n', 'package.json'));
const { Client } = fromN8n('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = fromN8n('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { SSEClientTransport } = fromN8n('@modelcontextprotocol/sdk/client/sse.js');

export const TRANSPORTS = ['Streamable HTTP', 'SSE'];

/** Connects over one transport; from the trigger's version 2 on, both use the same URL. */
export async function connectClient(url, transport, { token } = {}) {
	const requestInit = token ? { headers: { Authorization: `Bearer ${token}` } } : undefined;
	const client = new Client({ name: 'avx-mcp-suite', version: '1.0.0' });
	const target = new URL(url);
	await client.connect(transport === 'SSE' ? new SSEClientTransport(target, { requestInit }) : new StreamableHTTPClientTransport(target, { requestInit }));
	return client;
}

/** One tool call: whether the server flagged it as failed, and its text. */
export async function callTool(client, name, args) {
	const result = await client.callTool({ name, arguments: args });
	return { isError: result.isError === true, text: result.content.map((part) => part.text ?? '').join('\n') };
}
