#!/usr/bin/env node
// `npm run bench`: our nodes versus a hand-built HTTP Request workflow, in a real n8n, against the
// sandbox with a fixed 50 ms latency per request. Prints one table. Not a test: nothing here fails on time.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import sandboxModule from '../sandbox/index.js';
import { sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { installPack, n8nCli, parseExecuteOutput, seedInstance } from '../../scripts/lib/n8n.mjs';
import { describeTimeline } from './timeline.mjs';
import { BATCH, BENCH_CREDENTIAL_IDS, benchWorkflows } from './workflows.mjs';

const LATENCY_MS = 50;
const TALENTS = 1000;
const CREATES = 500;
const CONCURRENCY = BATCH; // the allowed concurrency: Avionté bulk APIs allow 3 to 5 requests a second
const IDS_PAGE = 100;
const PREP_NODES = new Set(['Start', 'Rows', 'One per row']);

const userFolder = mkdtempSync(join(tmpdir(), 'avx-bench-'));
const sandbox = await sandboxModule.start({ talentCount: TALENTS });
sandbox.setFaults({ latencyMs: LATENCY_MS });

installPack(userFolder);
const [avionteCredential] = sandboxCredentials(sandbox.url);
const credentials = Object.entries(BENCH_CREDENTIAL_IDS).map(([key, id]) => ({ ...avionteCredential, id, name: `${avionteCredential.name} (${key})` }));
const workflows = benchWorkflows(sandbox.url);
await seedInstance(userFolder, { credentials, workflows });

/** Peak resident memory of a process, sampled from /proc (VmHWM is the kernel's high-water mark). */
function watchMemory(child) {
	let peakKb = 0;
	const timer = setInterval(() => {
		try {
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			const match = /VmHWM:\s+(\d+) kB/.exec(status);
			if (match) peakKb = Math.max(peakKb, Number(match[1]));
		} catch {
			// process gone
		}
	}, 100);
	child.on('exit', () => clearInterval(timer));
	return () => peakKb;
}

async function measure(workflowKey) {
	sandbox.reset({ talentCount: TALENTS });
	sandbox.setFaults({ latencyMs: LATENCY_MS });
	let peak = () => 0;
	const wallStarted = Date.now();
	const run = parseExecuteOutput(await n8nCli(userFolder, ['execute', `--id=${workflows[workflowKey].id}`, '--rawOutput'], { onSpawn: (child) => (peak = watchMemory(child)) }));
	const wallMs = Date.now() - wallStarted;
	const runData = run.data.resultData.runData;
	if (run.data.resultData.error) throw new Error(`${workflowKey}: ${run.data.resultData.error.message}`);
	const nodeMs = Object.entries(runData)
		.filter(([name]) => !PREP_NODES.has(name))
		.reduce((sum, [, runs]) => sum + runs.reduce((s, r) => s + r.executionTime, 0), 0);
	const measured = runData.Measured[0];
	const items = measured.data.main[0].length;
	const measuredEnd = measured.startTime + measured.executionTime;
	const measuredCalls = sandbox.ledger.filter((e) => e.path.startsWith('/avionte/') && e.at >= measured.startTime && e.at <= measuredEnd);
	const timeline = describeTimeline(measuredCalls, measured.startTime, measuredEnd);
	const apiCalls = sandbox.ledger.filter((e) => e.path.startsWith('/avionte/')).length;
	const tokenFetches = sandbox.ledger.filter((e) => e.path === '/avionte/authorize/token').length;
	return { nodeMs, wallMs, timeline, items, apiCalls, tokenFetches, inFlight: sandbox.stats().peakInFlight, peakMb: Math.round(peak() / 1024) };
}

// The fewest calls the API needs, and the time they take at the allowed concurrency.
const idsCalls = Math.ceil(TALENTS / IDS_PAGE) + (TALENTS % IDS_PAGE === 0 ? 1 : 0);
const getMinCalls = 1 + idsCalls + Math.ceil(TALENTS / 100);
const createMinCalls = 1 + CREATES;
const bound = (calls, concurrency) => (calls * LATENCY_MS) / concurrency;

/** Our Get Many's time split into waves of API calls and what happens between them (the parts add up). */
function whereTimeWent(result, boundMs) {
	const t = result.timeline;
	const fetchedToken = result.tokenFetches > 0;
	const [firstGap = 0, ...laterGaps] = t.gapsMs;
	const gaps = fetchedToken ? laterGaps : t.gapsMs;
	const gapsTotal = gaps.reduce((sum, gap) => sum + gap, 0);
	const sentSpread = t.answeringMs - t.waves * LATENCY_MS;
	return [
		`Get Many, where its ${t.totalMs} ms went (the parts add up):`,
		`  ${t.beforeFirstCallMs} ms before its first call (n8n reads and decrypts the credential, then sets up its first request);`,
		`  ${t.waves} waves of calls (${fetchedToken ? 'the token, then ' : ''}up to ${CONCURRENCY} calls at once) = ${t.waves} × ${LATENCY_MS} ms latency + ${sentSpread} ms of spread inside the waves (requests leave one after another, answers are written);`,
		...(fetchedToken ? [`  ${firstGap} ms from the token's answer to the next wave (n8n stores the new token in its database first);`] : []),
		`  ${gapsTotal} ms between the ${fetchedToken ? 'other ' : ''}waves (${gaps.length ? (gapsTotal / gaps.length).toFixed(0) : 0} ms each: n8n's request path and reading the answers);`,
		`  ${t.afterLastAnswerMs} ms after the last answer.`,
		`  The waves' latency alone is ${((t.waves * LATENCY_MS) / boundMs).toFixed(2)}× the bound; the 1.3× target leaves ${Math.round(1.3 * boundMs - t.waves * LATENCY_MS)} ms for everything n8n does, which measured ${t.totalMs - t.waves * LATENCY_MS} ms here.`,
	].join('\n');
}

const rows = [];
async function scenario(label, key, minCalls, concurrency) {
	process.stderr.write(`[bench] ${label} …\n`);
	const result = await measure(key);
	rows.push({ label, ...result, boundMs: bound(minCalls, concurrency), minCalls });
	return result;
}

try {
	const ourGet = await scenario(`Get ${TALENTS} talents: our node (Return All)`, 'ourGetMany', getMinCalls, CONCURRENCY);
	const httpGet = await scenario(`Get ${TALENTS} talents: HTTP Request by hand (ids pages + 1 GET per id, batch ${BATCH})`, 'httpGetMany', getMinCalls, CONCURRENCY);
	const ourCreate = await scenario(`Create ${CREATES} talents: our node, ${CONCURRENCY} concurrent`, 'ourCreateConcurrent', createMinCalls, CONCURRENCY);
	await scenario(`Create ${CREATES} talents: our node, sequential`, 'ourCreateSequential', createMinCalls, 1);
	const httpCreate = await scenario(`Create ${CREATES} talents: HTTP Request by hand (batch ${BATCH})`, 'httpCreate', createMinCalls, CONCURRENCY);

	const pad = (value, width) => String(value).padEnd(width);
	const lines = [
		'',
		`Benchmark: n8n 2.40.7 (execute --id), sandbox latency ${LATENCY_MS} ms per request, allowed concurrency ${CONCURRENCY}`,
		'',
		`${pad('scenario', 78)} ${pad('node time', 10)} ${pad('items', 6)} ${pad('API calls', 10)} ${pad('tokens', 7)} ${pad('in flight', 10)} ${pad('bound', 9)} ${pad('× bound', 8)} peak RSS`,
		...rows.map((r) => `${pad(r.label, 78)} ${pad(`${(r.nodeMs / 1000).toFixed(2)} s`, 10)} ${pad(r.items, 6)} ${pad(r.apiCalls, 10)} ${pad(r.tokenFetches, 7)} ${pad(r.inFlight, 10)} ${pad(`${(r.boundMs / 1000).toFixed(2)} s`, 9)} ${pad((r.nodeMs / r.boundMs).toFixed(2), 8)} ${r.peakMb} MB`),
		'',
		`bound = fewest API calls (get: 1 token + ${idsCalls} ids pages + ${Math.ceil(TALENTS / 100)} multi-query = ${getMinCalls}; create: 1 token + ${CREATES} = ${createMinCalls}) × ${LATENCY_MS} ms ÷ concurrency`,
		'in flight = most requests the sandbox saw at once (n8n\'s HTTP Request batching with a 0 ms interval does not limit it)',
		`node time = sum of n8n's executionTime for the API nodes (token, listing, per-item calls); the CLI's own start-up is excluded`,
		`Get Many: ours is ${(httpGet.nodeMs / ourGet.nodeMs).toFixed(1)}× faster than the HTTP Request workflow, with ${ourGet.apiCalls} API calls instead of ${httpGet.apiCalls}`,
		whereTimeWent(ourGet, rows[0].boundMs),
		`Create: ours keeps ${CONCURRENCY} requests in flight (${(rows[2].boundMs / 1000).toFixed(2)} s is the floor at that concurrency, measured ${(ourCreate.nodeMs / 1000).toFixed(2)} s); the HTTP Request workflow is faster only because n8n sent up to ${httpCreate.inFlight} requests at once, which an API allowing 3-5 requests a second would refuse`,
		'',
	];
	process.stdout.write(lines.join('\n'));
} finally {
	await sandbox.close();
	rmSync(userFolder, { recursive: true, force: true });
}
