/** Contexts for trigger methods: lifecycle hooks, incoming webhook calls, polls. */
import http from 'node:http';
import type { IDataObject, INodeType } from 'n8n-workflow';

import type { CredentialStore } from './context';
import { createExecuteContext } from './context';

interface TriggerOptions {
	node: INodeType;
	parameters: IDataObject;
	store: CredentialStore;
	staticData: IDataObject;
	webhookUrl?: string;
	mode?: 'manual' | 'trigger';
}

function base(options: TriggerOptions) {
	const { context } = createExecuteContext({ node: options.node, parameters: options.parameters, store: options.store });
	return {
		...context,
		getNodeParameter: (name: string, fallback?: unknown, parameterOptions?: { extractValue?: boolean }) => context.getNodeParameter(name, 0, fallback, parameterOptions),
		getWorkflowStaticData: () => options.staticData,
		getNodeWebhookUrl: () => options.webhookUrl ?? 'https://n8n.example.test/webhook/abc/webhook',
		getMode: () => options.mode ?? 'trigger',
		getActivationMode: () => 'activate',
	};
}

export function hookContext(options: TriggerOptions) {
	return base(options);
}

export function pollContext(options: TriggerOptions) {
	return base(options);
}

export interface RecordedResponse {
	status?: number;
	body?: unknown;
}

export function webhookContext(options: TriggerOptions & { headers: Record<string, string | undefined>; body: IDataObject }) {
	const response: RecordedResponse = {};
	const res = {
		status(code: number) {
			response.status = code;
			return res;
		},
		json(body: unknown) {
			response.body = body;
			return res;
		},
		end() {
			return res;
		},
	};
	const lowered: Record<string, string | undefined> = {};
	for (const [name, value] of Object.entries(options.headers)) lowered[name.toLowerCase()] = value;
	const context = {
		...base(options),
		getHeaderData: () => lowered,
		getBodyData: () => options.body,
		getResponseObject: () => res,
		getRequestObject: () => ({ headers: lowered, body: options.body }),
	};
	return { context, response };
}

/** A local receiver for deliveries the sandbox makes, answering with `status`. */
export async function startReceiver(status = 200) {
	const received: Array<{ headers: http.IncomingHttpHeaders; body: IDataObject }> = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as IDataObject });
			res.writeHead(status).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address() as { port: number };
	return { url: `http://127.0.0.1:${address.port}/hook`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** One receiver for the tests of a file or describe block: started before them, emptied before each, closed after them. */
export function receiverForEachTest(): () => Receiver {
	let receiver: Receiver | undefined;
	beforeAll(async () => {
		receiver = await startReceiver();
	});
	afterAll(async () => receiver?.close());
	beforeEach(() => {
		if (receiver) receiver.received.length = 0;
	});
	return () => {
		if (!receiver) throw new Error('the receiver did not start');
		return receiver;
	};
}
