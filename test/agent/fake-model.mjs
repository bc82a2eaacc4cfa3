// A scripted stand-in for an OpenAI-compatible chat model, on loopback (plain node:http). n8n's
// OpenAI Chat Model node reaches it through the credential's Base URL. Every request body is kept, so a
// test can read what the model was shown (tools, their descriptions and schemas, earlier tool results).
import { createServer } from 'node:http';

/** An assistant message asking for one tool call. */
export function toolCall(id, name, args) {
	return { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }] };
}

/** An assistant message with the final answer. */
export function answer(text) {
	return { role: 'assistant', content: text };
}

/** The tool results the model has been sent so far, in order: [{ tool_call_id, content }]. */
export function toolResults(body) {
	return (body.messages ?? []).filter((message) => message.role === 'tool');
}

/**
 * @param {(body: object) => object} script returns the assistant message for a request body
 * @returns {Promise<{ url: string, requests: object[], setScript(fn): void, close(): Promise<void> }>}
 */
export async function startFakeModel(script = () => answer('no script')) {
	const requests = [];
	let current = script;
	const server = createServer(async (req, res) => {
		const chunks = [];
		for await (const chunk of req) chunks.push(chunk);
		const send = (status, payload) => {
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(JSON.stringify(payload));
		};
		if (req.method === 'GET' && req.url === '/v1/models') return send(200, { object: 'list', data: [{ id: 'gpt-fake', object: 'model' }] });
		if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return send(404, { error: { message: `no route ${req.method} ${req.url}` } });
		const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
		requests.push({ body, authorization: req.headers.authorization });
		let message;
		try {
			message = current(body);
		} catch (error) {
			return send(500, { error: { message: `script failed: ${error.message}` } });
		}
		send(200, {
			id: `chatcmpl-${requests.length}`,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: body.model,
			choices: [{ index: 0, finish_reason: message.tool_calls ? 'tool_calls' : 'stop', message }],
			usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		requests,
		setScript(fn) {
			current = fn;
			requests.length = 0;
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
