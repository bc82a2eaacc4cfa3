// n8n in queue mode, as a user scales it: Redis, PostgreSQL, one main, one worker and one webhook
// processor, each with its own user folder holding the pack (installed as n8n installs community
// packages). They share only the database, Redis and the encryption key. Main and the webhook processor
// both answer production webhooks; WEBHOOK_URL (what the triggers register) points at the webhook
// processor, as it would point at the load balancer in front of webhook processors.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureN8n, majorOf, N8N_VERSION } from '../../scripts/ensure-n8n.mjs';
import { activateWorkflowCli, installPack, n8nEnv, ownerSession, seedInstance, waitFor } from '../../scripts/lib/n8n.mjs';
import { startPostgres, startRedis } from './services.mjs';

/** QUEUE_N8N_PORT moves every n8n port of the stack (main, main+1 … main+6), so two stacks can run side by side. */
const MAIN_PORT = Number(process.env.QUEUE_N8N_PORT || 5781);
export const QUEUE_PORTS = {
	main: MAIN_PORT,
	webhook: MAIN_PORT + 1,
	workerHealth: MAIN_PORT + 2,
	redis: Number(process.env.QUEUE_REDIS_PORT || 6390),
	postgres: Number(process.env.QUEUE_POSTGRES_PORT || 5440),
	brokers: { main: MAIN_PORT + 4, worker: MAIN_PORT + 5, webhook: MAIN_PORT + 6 },
};

/** n8n's own flatted (execution data comes back from the REST API in flatted form). */
function n8nRequire(name) {
	const { installDir } = ensureN8n();
	return createRequire(join(installDir, 'node_modules', 'n8n', 'package.json'))(name);
}

function startProcess({ command, env, logFile }) {
	const { node24, n8nBin } = ensureN8n();
	const child = spawn(node24, [n8nBin, command], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	const log = createWriteStream(logFile);
	let output = '';
	const collect = (chunk) => {
		output += chunk.toString();
		log.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	const process = {
		command,
		child,
		output: () => output,
		exited: () => child.exitCode !== null || child.signalCode !== null,
		async stop() {
			if (process.exited()) return;
			child.kill('SIGTERM');
			await waitFor(() => process.exited(), { timeoutMs: 30_000, intervalMs: 200, what: `n8n ${command} to stop` }).catch(() => child.kill('SIGKILL'));
			log.end();
		},
	};
	return process;
}

async function ready(process, check, what) {
	await waitFor(async () => {
		if (process.exited()) throw Object.assign(new Error(`n8n ${process.command} exited during start-up:\n${process.output().slice(-4000)}`), { fatal: true });
		return await check();
	}, { timeoutMs: 180_000, intervalMs: 250, what }).catch((error) => {
		throw new Error(`${error.message}\n${process.output().slice(-4000)}`);
	});
}

async function httpOk(url, accept = (status) => status === 200) {
	const response = await fetch(url, { method: url.endsWith('/rest/login') ? 'POST' : 'GET', headers: { 'Content-Type': 'application/json' }, body: url.endsWith('/rest/login') ? '{}' : undefined });
	await response.arrayBuffer();
	return accept(response.status);
}

/**
 * @param {{ credentials: object[], workflows: Record<string, object>, publish: string[] }} seed
 * @returns the running stack; `timings` holds the measured start-up steps in ms.
 */
export async function startQueueStack(seed) {
	const root = mkdtempSync(join(tmpdir(), 'avx-queue-'));
	const timings = {};
	let mark = Date.now();
	const lap = (name) => {
		timings[name] = Date.now() - mark;
		mark = Date.now();
	};
	const redis = await startRedis({ port: QUEUE_PORTS.redis, dir: root });
	const postgres = await startPostgres({ port: QUEUE_PORTS.postgres });
	lap('redisAndPostgres');
	const webhookUrl = `http://127.0.0.1:${QUEUE_PORTS.webhook}/`;
	const shared = {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(QUEUE_PORTS.redis),
		QUEUE_BULL_PREFIX: `avx${process.pid}`,
		N8N_ENCRYPTION_KEY: 'avx-queue-suite-encryption-key',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(QUEUE_PORTS.postgres),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'n8n',
		DB_POSTGRESDB_PASSWORD: 'n8n',
		WEBHOOK_URL: webhookUrl,
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		N8N_LOG_LEVEL: process.env.QUEUE_LOG_LEVEL || 'debug',
	};
	const folders = {};
	for (const role of ['main', 'worker', 'webhook']) {
		folders[role] = join(root, role);
		mkdirSync(folders[role], { recursive: true });
		installPack(folders[role]);
	}
	lap('installPackThreeTimes');
	await seedInstance(folders.main, { ...seed, port: QUEUE_PORTS.main, env: shared });
	for (const id of seed.publish) await activateWorkflowCli(folders.main, id, { port: QUEUE_PORTS.main, env: shared });
	lap('seed');

	const envFor = (role, port, extra) => n8nEnv(folders[role], port, { ...shared, N8N_RUNNERS_BROKER_PORT: String(QUEUE_PORTS.brokers[role]), ...extra });
	const main = startProcess({ command: 'start', env: envFor('main', QUEUE_PORTS.main, {}), logFile: join(root, 'main.log') });
	const worker = startProcess({
		command: 'worker',
		env: envFor('worker', QUEUE_PORTS.main, { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(QUEUE_PORTS.workerHealth), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' }),
		logFile: join(root, 'worker.log'),
	});
	const webhook = startProcess({ command: 'webhook', env: envFor('webhook', QUEUE_PORTS.webhook, {}), logFile: join(root, 'webhook.log') });
	const processes = [main, worker, webhook];
	const stopAll = async () => {
		await Promise.all(processes.map((p) => p.stop()));
		await redis.stop();
		await postgres.stop();
		if (!process.env.E2E_KEEP) rmSync(root, { recursive: true, force: true });
	};
	try {
		const baseUrl = `http://127.0.0.1:${QUEUE_PORTS.main}`;
		await Promise.all([
			ready(main, () => httpOk(`${baseUrl}/rest/login`, (status) => status !== 404 && status < 500), 'n8n main to mount its REST API'),
			ready(worker, () => httpOk(`http://127.0.0.1:${QUEUE_PORTS.workerHealth}/healthz/readiness`), 'the worker to be ready'),
			ready(webhook, () => webhook.output().includes('Webhook listener waiting for requests'), 'the webhook processor to listen'),
		]);
		lap('startMainWorkerWebhook');
		const cookie = await ownerSession(baseUrl);
		return { root, timings, main, worker, webhook, redis, postgres, baseUrl, webhookBaseUrl: webhookUrl.replace(/\/$/, ''), cookie, stop: stopAll, parseExecutionData: (text) => n8nRequire('flatted').parse(text) };
	} catch (error) {
		await stopAll();
		throw error;
	}
}

/**
 * Starts a manual run through main's REST API (as the editor does); resolves with the execution id.
 * n8n 2.x reads the saved workflow itself; 1.x runs the workflow the editor sends in `workflowData`.
 */
export async function runWorkflow(stack, workflowId, triggerName) {
	const run = { triggerToStartFrom: { name: triggerName } };
	if (majorOf(N8N_VERSION) < 2) {
		const saved = await fetch(`${stack.baseUrl}/rest/workflows/${workflowId}`, { headers: { cookie: stack.cookie } });
		const workflow = await saved.json();
		if (!saved.ok || !workflow.data?.id) throw new Error(`reading workflow ${workflowId} failed: ${saved.status} ${JSON.stringify(workflow)}`);
		run.workflowData = workflow.data;
	}
	const response = await fetch(`${stack.baseUrl}/rest/workflows/${workflowId}/run`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', cookie: stack.cookie },
		body: JSON.stringify(run),
	});
	const body = await response.json();
	if (!response.ok || !body.data?.executionId) throw new Error(`run ${workflowId} failed: ${response.status} ${JSON.stringify(body)}`);
	return String(body.data.executionId);
}

/** Waits until an execution has finished; resolves with { status, mode, runData }. */
export async function finishedExecution(stack, executionId, timeoutMs = 120_000) {
	return await waitFor(async () => {
		const response = await fetch(`${stack.baseUrl}/rest/executions/${executionId}`, { headers: { cookie: stack.cookie } });
		if (!response.ok) return undefined;
		const { data } = await response.json();
		if (!data || ['new', 'running', 'waiting'].includes(data.status) || !data.stoppedAt) return undefined;
		return { status: data.status, mode: data.mode, workflowId: data.workflowId, runData: stack.parseExecutionData(data.data).resultData.runData };
	}, { timeoutMs, intervalMs: 250, what: `execution ${executionId} to finish` });
}

/** Executions of a workflow, newest first, from main's REST API. */
export async function executionsOf(stack, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const response = await fetch(`${stack.baseUrl}/rest/executions?filter=${filter}&limit=100`, { headers: { cookie: stack.cookie } });
	const body = await response.json();
	return body.data?.results ?? body.data ?? [];
}

/** Output items (json) of a node in run data. */
export function outputOf(runData, nodeName) {
	const runs = runData[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(runData).join(', ')}`);
	return runs.flatMap((r) => (r.data?.main?.[0] ?? []).map((item) => item.json));
}
