// Browser check: Debian's Chromium driven by playwright-core against the running n8n editor.
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** A browser context in a fresh, throw-away profile; close the context to end the browser. */
export async function launchContext() {
	const { chromium } = await import('playwright-core');
	return await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'avx-chromium-')), {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1440, height: 900 },
		// This machine has no outside network; background services would only fail noisily.
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
}

export function artifactDir(repoRoot) {
	const dir = join(repoRoot, 'test-artifacts', 'screenshots');
	mkdirSync(dir, { recursive: true });
	return dir;
}
