// Redis and PostgreSQL for the queue-mode suite: Debian's packages, started by the test on its own ports
// with throw-away data in a temp folder. PostgreSQL refuses to run as root, so as root its tools run as
// the `postgres` user that the Debian package creates.
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createConnection } from 'node:net';
import { join } from 'node:path';

import { waitFor } from '../../scripts/lib/n8n.mjs';

const isRoot = process.getuid?.() === 0;

function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a)) : [];
	if (!versions.length) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (the .ci/run script does this as root)');
	return join(root, versions[0], 'bin');
}

export function servicesMissing() {
	const missing = [];
	if (spawnSync('redis-server', ['--version']).status !== 0) missing.push('redis-server');
	try {
		postgresBinDir();
	} catch {
		missing.push('postgresql');
	}
	return missing;
}

function tcpOpen(port) {
	return new Promise((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port }, () => {
			socket.end();
			resolve(true);
		});
		socket.on('error', () => resolve(false));
	});
}

export async function startRedis({ port, dir }) {
	if (await tcpOpen(port)) throw new Error(`port ${port} is taken: is another Redis running there?`);
	const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
	await waitFor(() => tcpOpen(port), { timeoutMs: 20_000, intervalMs: 100, what: 'Redis' });
	return {
		port,
		async stop() {
			child.kill('SIGTERM');
			await waitFor(() => child.exitCode !== null || child.signalCode !== null, { timeoutMs: 10_000, what: 'Redis to stop' }).catch(() => child.kill('SIGKILL'));
		},
	};
}

function asPostgresUser(command, args) {
	const result = isRoot ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}\n${result.stdout}`);
	return result.stdout;
}

/**
 * A private cluster in its own temp folder (owned by `postgres` when run as root) with database `n8n`
 * owned by user `n8n` (password `n8n`), trust auth, listening on loopback only.
 */
export async function startPostgres({ port }) {
	if (await tcpOpen(port)) throw new Error(`port ${port} is taken: is another PostgreSQL running there?`);
	const bin = postgresBinDir();
	const dir = mkdtempSync(join(tmpdir(), 'avx-pg-'));
	const data = join(dir, 'data');
	if (isRoot) chownSync(dir, ...postgresIds());
	asPostgresUser(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
	asPostgresUser(join(bin, 'pg_ctl'), ['-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'server.log'), '-w', 'start']);
	const psql = (sql) => asPostgresUser(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql]);
	psql("create user n8n password 'n8n'");
	psql('create database n8n owner n8n');
	return {
		port,
		/** Runs SQL in the n8n database and returns psql's unaligned output. */
		query(sql) {
			return asPostgresUser(join(bin, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'n8n', '-At', '-v', 'ON_ERROR_STOP=1', '-c', sql]).trim();
		},
		async stop() {
			try {
				asPostgresUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
			} catch {
				// already stopped
			}
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

function postgresIds() {
	const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
	const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
	if (!Number.isFinite(uid) || !Number.isFinite(gid)) throw new Error('no postgres user: apt-get install -y postgresql creates it');
	return [uid, gid];
}
