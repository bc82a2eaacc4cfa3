#!/usr/bin/env node
// `npm run bench`: our nodes versus the best hand-built HTTP Request workflows, side by side in one
// real n8n, against the sandbox. Three tables:
//   1. rate-bound, the regime users meet: the API allows 5 requests a second per API key, 100 ms latency;
//   2. latency-bound: no rate limit, 50 ms latency;
//   3. scale: Return All of 10,000 and 50,000 talents, no rate limit, no latency;
//   4. sync: a matching upsert (Create or Update on email) of 100 rows into a 10,000-talent tenant, rate-bound;
//   5. limits: Get 10,000 talents at 5 a second with ids pages capped at 100 and at 500, and creates at
//      a tenant allowing 3 a second while the option says 5, each beside the best hand-built workflow.
// Not a test: nothing here fails on time. BENCH_ONLY=paced,free,scale,sync,limits (or scenario keys,
// e.g. ourGetPaced) runs a subset;
// BENCH_N8N_PORT (default 5720) and BENCH_N8N_BROKER_PORT (default port + 1) pick n8n's ports.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import sandboxModule from '../sandbox/index.js';
import { sandboxCredentials } from '../../scripts/lib/credentials.mjs';
import { installPack, n8nCli, parseExecuteOutput, seedInstance } from '../../scripts/lib/n8n.mjs';
import { fewestGetCalls, fewestIdsPages, rateBoundMs } from './bounds.mjs';
import { describeTimeline } from './timeline.mjs';
import { BENCH_CREDENTIAL_IDS, benchWorkflows } from './workflows.mjs';

const PORT = Number(process.env.BENCH_N8N_PORT || 5720);
const BROKER_PORT = Number(process.env.BENCH_N8N_BROKER_PORT || PORT + 1);
const ONLY = new Set((process.env.BENCH_ONLY || 'paced,free,scale,sync,limits').split(','));

const RATE = 5;
const PACED_LATENCY_MS = 100;
const FREE_LATENCY_MS = 50;
const TALENTS = 1000;
const CREATES = 100;
const FREE_CREATES = 500;
const SCALE = [10_000, 50_000];
const SYNC_ROWS = 100;
const SYNC_TENANT = 10_000;
const LARGE_TENANT = 10_000;
const SLOW_TENANT_RATE = 3;
const SLOW_TENANT_CREATES = 45;
const CONCURRENCY = 3; // our default Max Concurrent Requests
/** The ids page size the sandbox serves by default (it takes up to 500), and what a hand-built workflow asks. */
const SERVED_IDS_PAGE = 500;
const HAND_BUILT_IDS_PAGE = 100;
const PREP_NODES = new Set(['Start', 'Rows', 'One per row']);

const userFolder = mkdtempSync(join(tmpdir(), 'avx-bench-'));
const outputFile = join(userFolder, 'execute-output.json');
const sandbox = await sandboxModule.start({ talentCount: TALENTS });

installPack(userFolder);
const [avionteCredential] = sandboxCredentials(sandbox.url);
const credentials = Object.entries(BENCH_CREDENTIAL_IDS).map(([key, id]) => ({ ...avionteCredential, id, name: `${avionteCredential.name} (${key})` }));
const workflows = benchWorkflows(sandbox.url, { rate: RATE, latencyMs: PACED_LATENCY_MS, creates: CREATES, freeCreates: FREE_CREATES, syncRowCount: SYNC_ROWS, syncTenantSize: SYNC_TENANT, slowTenantRate: SLOW_TENANT_RATE, slowTenantCreates: SLOW_TENANT_CREATES });
await seedInstance(userFolder, { credentials, workflows, port: PORT, env: { N8N_RUNNERS_BROKER_PORT: String(BROKER_PORT) } });

/**
 * Resident memory of a process, sampled from /proc every 100 ms: the kernel's high-water mark (VmHWM)
 * for the whole run, and timed VmRSS samples to tell what was resident by a given moment.
 */
function watchMemory(child) {
	const memory = { peakKb: 0, samples: [] };
	const timer = setInterval(() => {
		try {
			const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
			const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
			const rss = /VmRSS:\s+(\d+) kB/.exec(status);
			if (hwm) memory.peakKb = Math.max(memory.peakKb, Number(hwm[1]));
			if (rss) memory.samples.push({ at: Date.now(), kb: Number(rss[1]) });
		} catch {
			// process gone
		}
	}, 100);
	child.on('exit', () => clearInterval(timer));
	return memory;
}

/** Most resident memory seen among samples in [fromMs, toMs], in MB. */
function residentMb(memory, fromMs, toMs) {
	const kb = memory.samples.filter((s) => s.at >= fromMs && s.at <= toMs).reduce((most, s) => Math.max(most, s.kb), 0);
	return Math.round(kb / 1024);
}

/** Runs one workflow in a fresh `n8n execute` and reads what happened from n8n's run data and the sandbox ledger. */
async function measure(workflowKey, { talentCount = TALENTS, latencyMs = 0, rate = 0, idsPageCap } = {}) {
	sandbox.reset({ talentCount });
	sandbox.configure({ avionteRatePerSecond: rate, ...(idsPageCap ? { listing: { avionte: { idsPageCap } } } : {}) });
	sandbox.setFaults(latencyMs ? { latencyMs } : {});
	let memory = { peakKb: 0, samples: [] };
	let stdout;
	try {
		stdout = await n8nCli(userFolder, ['execute', `--id=${workflows[workflowKey].id}`, '--rawOutput'], {
			port: PORT,
			env: { N8N_RUNNERS_BROKER_PORT: String(BROKER_PORT) },
			timeoutMs: 900_000,
			stdoutFile: outputFile,
			onSpawn: (child) => (memory = watchMemory(child)),
		});
	} catch (error) {
		const message = /"message":\s*"([^"]+)"/.exec(String(error.message))?.[1] ?? 'the workflow stopped on an error';
		return { failed: message, ...ledgerCounts(), peakMb: Math.round(memory.peakKb / 1024) };
	}
	const outputMb = statSync(outputFile).size / 1e6;
	const run = parseExecuteOutput(stdout);
	stdout = undefined;
	const runData = run.data.resultData.runData;
	const nodeMs = Object.entries(runData)
		.filter(([name]) => !PREP_NODES.has(name))
		.reduce((sum, [, runs]) => sum + runs.reduce((s, r) => s + r.executionTime, 0), 0);
	const measured = runData.Measured[0];
	const items = measured.data.main[0].length;
	const measuredEnd = measured.startTime + measured.executionTime;
	const measuredCalls = sandbox.ledger.filter((e) => e.path.startsWith('/avionte/') && e.at >= measured.startTime && e.at <= measuredEnd);
	const created = [...sandbox.data.avionte.talents.values()].filter((t) => String(t.emailAddress).startsWith('bench')).map((t) => t.emailAddress);
	const syncActions = {};
	for (const item of measured.data.main[0]) {
		const action = item.json._sync?.action;
		if (action) syncActions[action] = (syncActions[action] ?? 0) + 1;
	}
	return {
		syncActions,
		callsByKind: callsByKind(measuredCalls),
		// The whole workflow's (a hand-built one reads its ids pages in a node before the measured one).
		idsCalls: sandbox.ledger.filter((e) => /\/talents\/ids\//.test(e.path)).length,
		nodeMs,
		items,
		created: created.length,
		createdOnce: new Set(created).size === created.length,
		timeline: describeTimeline(measuredCalls, measured.startTime, measuredEnd),
		outputMb,
		...ledgerCounts(),
		inFlight: sandbox.stats().peakInFlight,
		meanSpacingMs: meanSpacing(sandbox.ledger.filter((e) => e.path.startsWith('/avionte/front-office/'))),
		pacedTimeline: { calls: measuredCalls, start: measured.startTime, end: measuredEnd },
		peakMb: Math.round(memory.peakKb / 1024),
		/** Resident memory just before the measured node started, and the most until it ended. */
		rssBeforeMb: residentMb(memory, measured.startTime - 1000, measured.startTime),
		rssUntilEndMb: residentMb(memory, 0, measuredEnd + 100),
	};
}

/** The measured node's API calls: listing (ids pages, multi-query), reads, creates, updates. */
function callsByKind(calls) {
	const kinds = { listing: 0, read: 0, create: 0, update: 0, other: 0 };
	for (const e of calls) {
		if (/\/talents\/(ids\/|multi-query)/.test(e.path)) kinds.listing++;
		else if (e.method === 'GET' && /\/talent\/\d+$/.test(e.path)) kinds.read++;
		else if (e.method === 'POST' && /\/talent$/.test(e.path)) kinds.create++;
		else if (e.method === 'PUT') kinds.update++;
		else kinds.other++;
	}
	return kinds;
}

/** Mean time between two API calls reaching the sandbox (throttled paths only). */
function meanSpacing(calls) {
	return calls.length > 1 ? (calls[calls.length - 1].at - calls[0].at) / (calls.length - 1) : 0;
}

function ledgerCounts() {
	const calls = sandbox.ledger.filter((e) => e.path.startsWith('/avionte/'));
	return {
		calls: calls.length,
		refused: calls.filter((e) => e.status === 429).length,
		tokens: calls.filter((e) => e.path === '/avionte/authorize/token').length,
	};
}

// The fewest API calls the server allows: ids pages of the size it serves until a short (here: empty)
// page, one multi-query per 100 ids.
const idsPages = (count, pageSize = SERVED_IDS_PAGE) => fewestIdsPages(count, pageSize);
const getCalls = (count, pageSize = SERVED_IDS_PAGE) => fewestGetCalls(count, pageSize);
/** Rate-bound: the throttled calls at the allowed rate (the token endpoint is not throttled). */
const rateBound = (calls, ratePerSecond = RATE) => rateBoundMs(calls, ratePerSecond);
/** Latency-bound: the token call is its own wave, then waves of up to CONCURRENCY calls. */
const waveBound = (calls) => (1 + Math.ceil(calls / CONCURRENCY)) * FREE_LATENCY_MS;

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function resultRow(label, result, boundMs, expectedItems) {
	if (result.failed) return [label, `FAILED: ${result.failed}`, '', String(result.calls), String(result.refused), String(result.tokens), `${result.peakMb} MB`];
	const complete = result.items === expectedItems && (result.created === 0 || (result.created === expectedItems && result.createdOnce));
	return [label, seconds(result.nodeMs), (result.nodeMs / boundMs).toFixed(2), String(result.calls), String(result.refused), String(result.tokens), `${result.peakMb} MB`, complete ? `${result.items}` : `${result.items} (expected ${expectedItems}, stored ${result.created})`];
}

const GROUPS = {
	paced: ['ourGetPaced', 'httpGetPaced', 'httpGetPacedMargin', 'ourCreatePaced', 'httpCreatePaced', 'httpCreatePacedMargin'],
	free: ['ourGetFree', 'httpGetFree', 'ourCreateFree', 'httpCreateFree'],
	scale: ['ourScale10k', 'ourScale50k'],
	sync: ['ourUpsertMatch10k'],
	limits: ['ourGet10kCap100', 'httpGet10kCap100', 'httpGet10kCap100Margin', 'ourGet10kCap500', 'httpGet10kCap500', 'httpGet10kCap500Margin', 'ourCreateSlowTenant', 'httpCreateSlowTenant', 'httpCreateSlowTenantMargin'],
};
const scenariosOf = (group) => GROUPS[group].filter((key) => ONLY.has(group) || ONLY.has(key));
let pacedGet;

/** Where a rate-bound Get Many's time went, from the sandbox ledger (epoch ms on both sides). */
function pacedBreakdown(result, name = 'Our rate-bound Get Many') {
	const { calls, start, end } = result.pacedTimeline;
	const token = calls.find((e) => e.path === '/avionte/authorize/token');
	const throttled = calls.filter((e) => e.path.startsWith('/avionte/front-office/'));
	const first = throttled[0];
	const last = throttled[throttled.length - 1];
	return [
		`${name}, where its ${end - start} ms went:`,
		token ? `  ${token.at - start} ms from the node's start to the token request, ${first.at - token.at} ms from it to the first API call (token latency, n8n stores the token);` : `  ${first.at - start} ms from the node's start to the first API call;`,
		`  ${last.at - first.at} ms from the first to the last of ${throttled.length} API calls (${throttled.length - 1} gaps of ${((last.at - first.at) / (throttled.length - 1)).toFixed(0)} ms);`,
		`  ${last.finishedAt - last.at} ms for the last answer, ${end - last.finishedAt} ms from it to the node's end.`,
	].join('\n');
}

const out = [];
const print = (line = '') => {
	out.push(line);
	process.stderr.write(`${line}\n`);
};

try {
	const wanted = (group, key) => ONLY.has(group) || ONLY.has(key);
	if (scenariosOf('paced').length) {
		const paced = { latencyMs: PACED_LATENCY_MS, rate: RATE };
		const spacing = Math.ceil(1000 / RATE);
		const marginSpacing = Math.ceil(1250 / RATE);
		const scenarios = [
			[`Get ${TALENTS} talents: our node (Return All, default options)`, 'ourGetPaced', rateBound(getCalls(TALENTS)), TALENTS],
			[`Get ${TALENTS} talents: HTTP Request by hand (ids pages ${spacing - PACED_LATENCY_MS} ms apart + Code batches of 100 + multi-query, batch 1 every ${spacing} ms)`, 'httpGetPaced', rateBound(getCalls(TALENTS)), TALENTS],
			[`Get ${TALENTS} talents: HTTP Request by hand (ids pages ${marginSpacing - PACED_LATENCY_MS} ms apart + Code batches of 100 + multi-query, batch 1 every ${marginSpacing} ms)`, 'httpGetPacedMargin', rateBound(getCalls(TALENTS)), TALENTS],
			[`Create ${CREATES} talents: our node (default options)`, 'ourCreatePaced', rateBound(CREATES), CREATES],
			[`Create ${CREATES} talents: HTTP Request by hand (batch 1 every ${spacing} ms)`, 'httpCreatePaced', rateBound(CREATES), CREATES],
			[`Create ${CREATES} talents: HTTP Request by hand (batch 1 every ${marginSpacing} ms)`, 'httpCreatePacedMargin', rateBound(CREATES), CREATES],
		];
		const rows = [];
		const spacings = [];
		for (const [label, key, boundMs, expected] of scenarios.filter(([, key]) => wanted('paced', key))) {
			process.stderr.write(`[bench] ${label} …\n`);
			const result = await measure(key, paced);
			rows.push(resultRow(label, result, boundMs, expected));
			if (!result.failed) spacings.push(`${key} ${result.meanSpacingMs.toFixed(0)} ms`);
			if (key === 'ourGetPaced' && !result.failed) pacedGet = result;
		}
		print('');
		print(`Rate-bound: sandbox allows ${RATE} requests a second per API key (429 + Retry-After: 1 beyond), ${PACED_LATENCY_MS} ms latency per request`);
		print('');
		print(table(['scenario', 'time', '× bound', 'calls sent', 'refused (429)', 'token fetches', 'peak RSS of n8n', 'records'], rows));
		print('');
		print(`bound = fewest throttled calls the server allows ÷ ${RATE}/s (get: ${idsPages(TALENTS)} ids pages of ${SERVED_IDS_PAGE} + ${Math.ceil(TALENTS / 100)} multi-query = ${getCalls(TALENTS)} → ${seconds(rateBound(getCalls(TALENTS)))}; a workflow asking ${HAND_BUILT_IDS_PAGE} ids a page needs ${getCalls(TALENTS, HAND_BUILT_IDS_PAGE)}; create: ${CREATES} → ${seconds(rateBound(CREATES))}); calls sent include the token call`);
		print(`mean time between throttled calls reaching the API: ${spacings.join(', ')}`);
		if (pacedGet) print(pacedBreakdown(pacedGet));
	}

	if (scenariosOf('free').length) {
		const free = { latencyMs: FREE_LATENCY_MS, rate: 0 };
		const scenarios = [
			[`Get ${TALENTS} talents: our node (Return All, Max Requests per Second 0)`, 'ourGetFree', waveBound(getCalls(TALENTS)), TALENTS],
			[`Get ${TALENTS} talents: HTTP Request by hand (ids pages + Code batches of 100 + multi-query, batch 3, no interval)`, 'httpGetFree', waveBound(getCalls(TALENTS)), TALENTS],
			[`Create ${FREE_CREATES} talents: our node (Max Requests per Second 0, 3 in flight)`, 'ourCreateFree', waveBound(FREE_CREATES), FREE_CREATES],
			[`Create ${FREE_CREATES} talents: HTTP Request by hand (batch 3, no interval)`, 'httpCreateFree', waveBound(FREE_CREATES), FREE_CREATES],
		];
		const rows = [];
		let ourGet;
		for (const [label, key, boundMs, expected] of scenarios.filter(([, key]) => wanted('free', key))) {
			process.stderr.write(`[bench] ${label} …\n`);
			const result = await measure(key, free);
			if (key === 'ourGetFree') ourGet = result;
			rows.push([...resultRow(label, result, boundMs, expected), String(result.inFlight ?? '')]);
		}
		print('');
		print(`Latency-bound: no rate limit, ${FREE_LATENCY_MS} ms latency per request, allowed concurrency ${CONCURRENCY}`);
		print('');
		print(table(['scenario', 'time', '× bound', 'calls sent', 'refused (429)', 'token fetches', 'peak RSS of n8n', 'records', 'most in flight'], rows));
		print('');
		print(`bound = waves × ${FREE_LATENCY_MS} ms, the token call being its own wave, then ${CONCURRENCY} calls a wave (get: 1 + ⌈${getCalls(TALENTS)}/${CONCURRENCY}⌉ = ${1 + Math.ceil(getCalls(TALENTS) / CONCURRENCY)} waves → ${seconds(waveBound(getCalls(TALENTS)))}; create: 1 + ⌈${FREE_CREATES}/${CONCURRENCY}⌉ = ${1 + Math.ceil(FREE_CREATES / CONCURRENCY)} waves → ${seconds(waveBound(FREE_CREATES))})`);
		print('most in flight = most requests the sandbox saw at once (n8n\'s HTTP Request batching with a 0 ms interval does not limit it)');
		if (ourGet && !ourGet.failed) {
			const t = ourGet.timeline;
			const gaps = t.gapsMs.reduce((sum, gap) => sum + gap, 0);
			print(`Our Get Many, where its ${t.totalMs} ms went: ${t.beforeFirstCallMs} ms before its first call; ${t.waves} waves of calls = ${t.waves} × ${FREE_LATENCY_MS} ms latency + ${t.answeringMs - t.waves * FREE_LATENCY_MS} ms spread inside them; ${gaps} ms between waves (${t.gapsMs.length ? Math.round(gaps / t.gapsMs.length) : 0} ms each: n8n's request path); ${t.afterLastAnswerMs} ms after the last answer.`);
		}
	}

	if (scenariosOf('scale').length) {
		const rows = [];
		const perRecord = [];
		for (const [count, key] of SCALE.map((n, i) => [n, i === 0 ? 'ourScale10k' : 'ourScale50k']).filter(([, key]) => wanted('scale', key))) {
			process.stderr.write(`[bench] scale: Return All of ${count} talents …\n`);
			const result = await measure(key, { talentCount: count });
			if (result.failed) {
				rows.push([String(count), `FAILED: ${result.failed}`, '', '', '', '', `${result.peakMb} MB`, '', String(result.calls)]);
				continue;
			}
			perRecord.push(result.nodeMs / result.items);
			rows.push([String(count), seconds(result.nodeMs), (result.nodeMs / result.items).toFixed(3), String(result.items), `${result.rssBeforeMb} MB`, `${result.rssUntilEndMb} MB`, `${result.peakMb} MB`, `${result.outputMb.toFixed(1)} MB`, String(result.calls)]);
		}
		print('');
		print('Scale: Return All, no rate limit, no latency, Max Requests per Second 0, 3 in flight');
		print('');
		print(table(['talents', 'node time', 'ms per record', 'records', 'RSS before our node', 'peak RSS until our node ended', 'peak RSS of n8n (whole run)', 'run data printed by n8n', 'calls sent'], rows));
		print('RSS sampled every 100 ms; after our node, n8n saves the execution to its database and `execute` prints the run data as JSON, which is where the whole-run peak comes from');
		if (perRecord.length === 2) print(`\ntime per record at ${SCALE[1]} is ${(perRecord[1] / perRecord[0]).toFixed(2)}× that at ${SCALE[0]}`);
	}
	if (scenariosOf('sync').length) {
		process.stderr.write(`[bench] sync: matching upsert of ${SYNC_ROWS} rows into a ${SYNC_TENANT}-talent tenant …\n`);
		const result = await measure('ourUpsertMatch10k', { talentCount: SYNC_TENANT, latencyMs: PACED_LATENCY_MS, rate: RATE });
		const listing = idsPages(SYNC_TENANT) + Math.ceil(SYNC_TENANT / 100);
		// Half the rows are new (1 create each), a quarter changed (1 read + 1 update), a quarter unchanged (none).
		const fewest = listing + SYNC_ROWS / 2 + (SYNC_ROWS / 4) * 2;
		print('');
		print(`Sync: Create or Update matched on email (node version 2, default options), ${SYNC_ROWS} rows into a ${SYNC_TENANT}-talent tenant; ${RATE} requests a second, ${PACED_LATENCY_MS} ms latency`);
		print('');
		if (result.failed) {
			print(table(['scenario', 'result', 'calls sent', 'peak RSS of n8n'], [[`matching upsert of ${SYNC_ROWS} rows into a ${SYNC_TENANT}-talent tenant`, `FAILED: ${result.failed}`, String(result.calls), `${result.peakMb} MB`]]));
		} else {
			const k = result.callsByKind;
			const a = result.syncActions;
			print(table(['scenario', 'time', '× bound', 'calls sent', 'listing', 'reads', 'creates', 'updates', 'refused (429)', 'created / updated / unchanged', 'peak RSS of n8n'], [[
				`matching upsert of ${SYNC_ROWS} rows into a ${SYNC_TENANT}-talent tenant`,
				seconds(result.nodeMs),
				(result.nodeMs / rateBound(fewest)).toFixed(2),
				String(result.calls),
				String(k.listing),
				String(k.read),
				String(k.create),
				String(k.update),
				String(result.refused),
				`${a.created ?? 0} / ${a.updated ?? 0} / ${a.unchanged ?? 0}`,
				`${result.peakMb} MB`,
			]]));
			print('');
			print(`bound = fewest throttled calls ÷ ${RATE}/s: one listing (${idsPages(SYNC_TENANT)} ids pages of ${SERVED_IDS_PAGE} + ${Math.ceil(SYNC_TENANT / 100)} multi-query) + ${SYNC_ROWS / 2} creates + ${SYNC_ROWS / 4} × (read + update) = ${fewest} → ${seconds(rateBound(fewest))}; calls sent include the token call`);
		}
	}
	if (scenariosOf('limits').length) {
		const paced = { latencyMs: PACED_LATENCY_MS, rate: RATE };
		const spacing = Math.ceil(1000 / RATE);
		const slowSpacing = Math.ceil(1000 / SLOW_TENANT_RATE);
		const marginSpacing = Math.ceil(1250 / RATE);
		const handBuiltGet = (every) => `HTTP Request by hand (${HAND_BUILT_IDS_PAGE} ids a page ${every - PACED_LATENCY_MS} ms apart + Code batches of 100 + multi-query, batch 1 every ${every} ms)`;
		const get10k = (cap) => rateBound(getCalls(LARGE_TENANT, cap));
		// [label, workflow, result key, measure options, bound, records]; a sync row (talent sync) fits the same shape.
		const scenarios = [
			[`Get ${LARGE_TENANT} talents, ids pages capped at 100: our node (Return All, default options)`, 'ourGet10kCap100', 'ourGet10kCap100', { ...paced, talentCount: LARGE_TENANT, idsPageCap: 100 }, get10k(100), LARGE_TENANT],
			[`Get ${LARGE_TENANT} talents, ids pages capped at 100: ${handBuiltGet(spacing)}`, 'httpGetPaced', 'httpGet10kCap100', { ...paced, talentCount: LARGE_TENANT, idsPageCap: 100 }, get10k(100), LARGE_TENANT],
			[`Get ${LARGE_TENANT} talents, ids pages capped at 100: ${handBuiltGet(marginSpacing)}`, 'httpGetPacedMargin', 'httpGet10kCap100Margin', { ...paced, talentCount: LARGE_TENANT, idsPageCap: 100 }, get10k(100), LARGE_TENANT],
			[`Get ${LARGE_TENANT} talents, ids pages capped at 500: our node (Return All, default options)`, 'ourGet10kCap500', 'ourGet10kCap500', { ...paced, talentCount: LARGE_TENANT, idsPageCap: 500 }, get10k(500), LARGE_TENANT],
			[`Get ${LARGE_TENANT} talents, ids pages capped at 500: ${handBuiltGet(spacing)}`, 'httpGetPaced', 'httpGet10kCap500', { ...paced, talentCount: LARGE_TENANT, idsPageCap: 500 }, get10k(500), LARGE_TENANT],
			[`Get ${LARGE_TENANT} talents, ids pages capped at 500: ${handBuiltGet(marginSpacing)}`, 'httpGetPacedMargin', 'httpGet10kCap500Margin', { ...paced, talentCount: LARGE_TENANT, idsPageCap: 500 }, get10k(500), LARGE_TENANT],
			[`Create ${SLOW_TENANT_CREATES} talents, tenant allowing ${SLOW_TENANT_RATE}/s: our node (default options: Max Requests per Second ${RATE})`, 'ourCreateSlowTenant', 'ourCreateSlowTenant', { latencyMs: PACED_LATENCY_MS, rate: SLOW_TENANT_RATE }, rateBound(SLOW_TENANT_CREATES, SLOW_TENANT_RATE), SLOW_TENANT_CREATES],
			[`Create ${SLOW_TENANT_CREATES} talents, tenant allowing ${SLOW_TENANT_RATE}/s: HTTP Request by hand (batch 1 every ${slowSpacing} ms)`, 'httpCreateSlowTenant', 'httpCreateSlowTenant', { latencyMs: PACED_LATENCY_MS, rate: SLOW_TENANT_RATE }, rateBound(SLOW_TENANT_CREATES, SLOW_TENANT_RATE), SLOW_TENANT_CREATES],
			[`Create ${SLOW_TENANT_CREATES} talents, tenant allowing ${SLOW_TENANT_RATE}/s: HTTP Request by hand (batch 1 every ${Math.ceil(1250 / SLOW_TENANT_RATE)} ms)`, 'httpCreateSlowTenantMargin', 'httpCreateSlowTenantMargin', { latencyMs: PACED_LATENCY_MS, rate: SLOW_TENANT_RATE }, rateBound(SLOW_TENANT_CREATES, SLOW_TENANT_RATE), SLOW_TENANT_CREATES],
		];
		const rows = [];
		const results = {};
		for (const [label, workflow, key, options, boundMs, expected] of scenarios.filter(([, , key]) => wanted('limits', key))) {
			process.stderr.write(`[bench] ${label} …\n`);
			const result = await measure(workflow, options);
			results[key] = result;
			rows.push([...resultRow(label, result, boundMs, expected), result.failed ? '' : String(result.idsCalls)]);
		}
		print('');
		print(`The API's limits: ${PACED_LATENCY_MS} ms latency per request; Get at ${RATE} requests a second with the server capping ids pages; creates at a tenant that allows ${SLOW_TENANT_RATE} a second (429 + Retry-After: 1 beyond) while our option says ${RATE}`);
		print('');
		print(table(['scenario', 'time', '× bound', 'calls sent', 'refused (429)', 'token fetches', 'peak RSS of n8n', 'records', 'ids pages'], rows));
		print('');
		print(`bound = fewest throttled calls the server allows ÷ its rate: Get ${LARGE_TENANT} at 100 ids a page ${idsPages(LARGE_TENANT, 100)} ids pages + ${Math.ceil(LARGE_TENANT / 100)} multi-query = ${getCalls(LARGE_TENANT, 100)} → ${seconds(get10k(100))}; at 500 a page ${getCalls(LARGE_TENANT, 500)} → ${seconds(get10k(500))}; ${SLOW_TENANT_CREATES} creates at ${SLOW_TENANT_RATE}/s → ${seconds(rateBound(SLOW_TENANT_CREATES, SLOW_TENANT_RATE))}; calls sent include the token call`);
		// Against the fastest hand-built workflow that got through (an HTTP Request node stops on a 429).
		for (const cap of [100, 500]) {
			const ours = results[`ourGet10kCap${cap}`];
			const done = [results[`httpGet10kCap${cap}`], results[`httpGet10kCap${cap}Margin`]].filter((result) => result && !result.failed);
			if (ours && !ours.failed && done.length > 0) {
				const fastest = Math.min(...done.map((result) => result.nodeMs));
				print(`ids pages capped at ${cap}: the fastest hand-built workflow that finished took ${seconds(fastest)}, ${(fastest / ours.nodeMs).toFixed(2)}× our node's time`);
			}
		}
		const oursSlow = results.ourCreateSlowTenant;
		const doneSlow = [results.httpCreateSlowTenant, results.httpCreateSlowTenantMargin].filter((result) => result && !result.failed);
		if (oursSlow && !oursSlow.failed && doneSlow.length > 0) {
			const fastest = Math.min(...doneSlow.map((result) => result.nodeMs));
			print(`creates at a tenant allowing ${SLOW_TENANT_RATE}/s: the fastest hand-built workflow that finished took ${seconds(fastest)}, ${(fastest / oursSlow.nodeMs).toFixed(2)}× our node's time`);
		}
		for (const cap of [100, 500]) {
			const ours = results[`ourGet10kCap${cap}`];
			if (ours && !ours.failed) print(pacedBreakdown(ours, `Our Get ${LARGE_TENANT}, ids pages capped at ${cap}`));
		}
	}
	process.stdout.write(`${out.join('\n')}\n`);
} finally {
	await sandbox.close();
	rmSync(userFolder, { recursive: true, force: true });
}
