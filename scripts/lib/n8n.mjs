// Running a real n8n with this pack installed the way n8n installs community packages.
// Used by `npm start`, the e2e suite and the benchmark. Test-side code: plain Node, no n8n imports.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ensureN8n, majorOf, N8N_VERSION } from '../ensure-n8n.mjs';

/** The n8n version these helpers run (N8N_VERSION, default 2.40.7). */
export const n8nVersion = N8N_VERSION;
export const n8nMajor = majorOf(N8N_VERSION);

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PACKAGE_NAME = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).name;

/**
 * Installs the built pack into `<userFolder>/.n8n/nodes/node_modules/<name>`, where n8n looks for
 * installed community packages (scanDirectoryForPackages) and loads them under their own package
 * name: node types are `n8n-nodes-avionte-avinode.*`, as for a user who installed from npm. The
 * package is copied from `npm pack` (what npm would ship), never symlinked: n8n must resolve
 * n8n-workflow to its own copy, as it does for real installs.
 */
export function installPack(userFolder) {
	const packDir = mkdtempSync(join(tmpdir(), 'avx-pack-'));
	const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir, '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8' });
	if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
	const [{ filename }] = JSON.parse(packed.stdout);
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	const target = join(nodesDir, 'node_modules', PACKAGE_NAME);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	const untar = spawnSync('tar', ['-xzf', join(packDir, filename), '-C', target, '--strip-components=1']);
	if (untar.status !== 0) throw new Error('could not unpack the package');
	const version = JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')).version;
	writeFileSync(join(nodesDir, 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: version } }, null, 2));
	rmSync(packDir, { recursive: true, force: true });
	return target;
}

let brokerPortOffset = 0;

/** Every n8n process (server and each CLI run) starts a task broker; each needs its own port. */
function nextBrokerPort(port) {
	brokerPortOffset = (brokerPortOffset + 1) % 200;
	return port + 1000 + brokerPortOffset;
}

export function n8nEnv(userFolder, port, extra = {}) {
	return {
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_PORT: String(port),
		N8N_HOST: '127.0.0.1',
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_RUNNERS_BROKER_PORT: String(nextBrokerPort(port)),
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		// The sandbox lives on loopback, which SSRF protection would block.
		N8N_SSRF_PROTECTION_ENABLED: 'false',
		DB_SQLITE_POOL_SIZE: '2',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
		...extra,
	};
}

/**
 * Runs an n8n CLI command to completion; resolves with stdout. Asynchronous on purpose: a caller that
 * hosts the sandbox in-process must keep its event loop free to answer n8n's requests.
 * `stdoutFile`: stdout goes to that file instead of a pipe. n8n exits right after printing, and a
 * pipe loses what it had not flushed (large results were cut at ~39 MB); writes to a file are
 * synchronous, so the whole result arrives.
 */
export function n8nCli(userFolder, args, { port = 5678, timeoutMs = 300_000, onSpawn, env = {}, stdoutFile } = {}) {
	const { node24, n8nBin } = ensureN8n();
	return new Promise((resolvePromise, reject) => {
		// `execute --rawOutput` prints its result through the logger at info level.
		const stdoutFd = stdoutFile ? openSync(stdoutFile, 'w') : undefined;
		const child = spawn(node24, [n8nBin, ...args], { env: n8nEnv(userFolder, port, { N8N_LOG_LEVEL: 'info', ...env }), stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'] });
		if (stdoutFd !== undefined) closeSync(stdoutFd);
		onSpawn?.(child);
		let stdout = '';
		let stderr = '';
		child.stdout?.on('data', (chunk) => (stdout += chunk));
		child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-20000)));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('exit', (code, signal) => {
			clearTimeout(timer);
			if (stdoutFile) stdout = readFileSync(stdoutFile, 'utf8');
			if (code === 0) resolvePromise(stdout);
			else if (signal === 'SIGSEGV' && args[0] === 'execute' && hasCompleteResult(stdout)) {
				// Seen now and then on n8n 1.123.81 (Node 24; twice in about 60 runs): the CLI crashes while exiting, after
				// printing the whole result. The run itself is complete, so its result is used, and said.
				process.stderr.write(`[n8n] n8n ${n8nVersion} \`${args.join(' ')}\` crashed (SIGSEGV) after printing its complete result; using that result\n`);
				resolvePromise(stdout);
			} else reject(new Error(`n8n ${args.join(' ')} failed (${code ?? signal}):\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`));
		});
	});
}

/**
 * Imports credentials and workflows into an instance's database (each import boots an n8n CLI).
 * `workflows` maps a file name to a workflow object; n8n reads them from a folder with --separate.
 * `env` adds to the environment (e.g. a PostgreSQL database for queue mode).
 */
export async function seedInstance(userFolder, { credentials, workflows, port = 5678, env = {} }) {
	const credentialFile = join(userFolder, 'credentials.json');
	writeFileSync(credentialFile, JSON.stringify(credentials));
	await n8nCli(userFolder, ['import:credentials', `--input=${credentialFile}`], { port, env });
	const workflowDir = join(userFolder, 'workflows');
	rmSync(workflowDir, { recursive: true, force: true });
	mkdirSync(workflowDir, { recursive: true });
	for (const [name, workflow] of Object.entries(workflows)) writeFileSync(join(workflowDir, `${name}.json`), JSON.stringify(workflow));
	await n8nCli(userFolder, ['import:workflow', '--separate', `--input=${workflowDir}`], { port, env });
}

/**
 * Activates a workflow through the CLI before the server starts (production webhooks then register):
 * 2.x calls this "publish"; 1.x sets the workflow active.
 */
export async function activateWorkflowCli(userFolder, id, { port = 5678, env } = {}) {
	await n8nCli(userFolder, activateWorkflowArgs(id), { port, env });
}

export function activateWorkflowArgs(id) {
	return n8nMajor >= 2 ? ['publish:workflow', `--id=${id}`] : ['update:workflow', `--id=${id}`, '--active=true'];
}

/** The shipped example workflows, by file name (without .json). */
export function exampleWorkflows() {
	const dir = join(repoRoot, 'examples');
	return Object.fromEntries(
		readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.sort()
			.map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8'))]),
	);
}

function hasCompleteResult(stdout) {
	try {
		parseExecuteOutput(stdout);
		return true;
	} catch {
		return false;
	}
}

/** Parses the JSON printed by `n8n execute --rawOutput` (it may be preceded by log lines). */
export function parseExecuteOutput(stdout) {
	// The result is pretty-printed JSON: a line holding only "{" starts it; log lines come before.
	const match = /^\{$/m.exec(stdout);
	if (!match) throw new Error(`no JSON in execute output:\n${stdout.slice(-3000)}`);
	const end = stdout.lastIndexOf('\n}');
	return JSON.parse(stdout.slice(match.index, end + 2));
}

/** Output items (json) of a node in a run returned by `execute --rawOutput`. */
export function nodeOutput(run, nodeName) {
	const runs = run?.data?.resultData?.runData?.[nodeName];
	if (!runs) throw new Error(`node "${nodeName}" did not run; ran: ${Object.keys(run?.data?.resultData?.runData ?? {}).join(', ')}`);
	return runs.flatMap((r) => (r.data?.main?.[0] ?? []).map((item) => item.json));
}

export async function waitFor(check, { timeoutMs = 120_000, intervalMs = 500, what = 'condition' } = {}) {
	const started = Date.now();
	for (;;) {
		try {
			const value = await check();
			if (value) return value;
		} catch {
			// not yet
		}
		if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

/** Starts `n8n start`; resolves once the REST API answers. */
export async function startN8n({ userFolder, port, logFile, extraEnv = {} }) {
	const { node24, n8nBin } = ensureN8n();
	const child = spawn(node24, [n8nBin, 'start'], { env: n8nEnv(userFolder, port, extraEnv), stdio: ['ignore', 'pipe', 'pipe'] });
	const log = logFile ? createWriteStream(logFile) : undefined;
	let output = '';
	const collect = (chunk) => {
		output = (output + chunk.toString()).slice(-20000);
		log?.write(chunk);
	};
	child.stdout.on('data', collect);
	child.stderr.on('data', collect);
	let exited = false;
	child.on('exit', () => (exited = true));
	const baseUrl = `http://127.0.0.1:${port}`;
	await waitFor(async () => {
		if (exited) throw Object.assign(new Error(`n8n exited during start-up:\n${output}`), { fatal: true });
		// /healthz and even /rest/settings can answer before the auth controller is mounted; a login
		// attempt without a body answers 400/401 once it is, and 404 before. n8n 1.x answers every route
		// with a 200 text page "n8n is starting up" before that.
		const response = await fetch(`${baseUrl}/rest/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
		const startingUp = !(response.headers.get('content-type') ?? '').includes('json');
		await response.arrayBuffer();
		return !startingUp && response.status !== 404 && response.status < 500;
	}, { timeoutMs: 180_000, what: 'n8n to mount its REST API' }).catch((error) => {
		child.kill('SIGTERM');
		throw new Error(`${error.message}\n${output}`);
	});
	return {
		child,
		baseUrl,
		output: () => output,
		async stop() {
			if (exited) return;
			child.kill('SIGTERM');
			await waitFor(() => exited, { timeoutMs: 30_000, what: 'n8n to stop' }).catch(() => child.kill('SIGKILL'));
			log?.end();
		},
	};
}

export const OWNER = { email: 'owner@example.test', password: 'Sandbox-Passw0rd!', firstName: 'Sandbox', lastName: 'Owner' };

/** Creates the owner account once (fresh instance) and returns a session cookie. */
export async function ownerSession(baseUrl) {
	// n8n can answer the readiness probe a moment before its auth routes are mounted (seen in queue mode:
	// "Cannot POST /rest/login"); a 404 here means "not yet", so ask again for a while.
	const started = Date.now();
	for (;;) {
		const setup = await fetch(`${baseUrl}/rest/owner/setup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(OWNER) });
		if (setup.ok) return cookieOf(setup);
		const login = await fetch(`${baseUrl}/rest/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ emailOrLdapLoginId: OWNER.email, password: OWNER.password }) });
		if (login.ok) return cookieOf(login);
		const text = await login.text();
		if (login.status !== 404 || Date.now() - started > 60_000) throw new Error(`login failed: ${login.status} ${text}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

function cookieOf(response) {
	const cookies = response.headers.getSetCookie?.() ?? [];
	const auth = cookies.find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error('no n8n-auth cookie in response');
	return auth.split(';')[0];
}
