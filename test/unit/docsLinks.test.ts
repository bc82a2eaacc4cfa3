/**
 * Each node's and credential's Docs link opens its own section of the README: the anchors in the codex
 * files and the credentials' documentation URLs are headings of the README (GitHub's heading ids), and
 * the README's links to files of the repository (docs/, examples/) point at files that exist.
 */
import { existsSync, readFileSync } from 'fs';
import { dirname, join } from 'path';

const ROOT = join(__dirname, '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** GitHub's id for a heading: lower case, punctuation dropped, spaces to hyphens. */
function headingId(heading: string): string {
	return heading
		.trim()
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.replace(/\s/g, '-');
}

function headingIds(markdown: string): Set<string> {
	const withoutCode = markdown.replace(/```[\s\S]*?```/g, '');
	return new Set([...withoutCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((match) => headingId(match[1])));
}

function anchorOf(url: string): string {
	return decodeURIComponent(new URL(url).hash.slice(1));
}

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[]; credentials: string[] } };
const codexFiles = packageJson.n8n.nodes.map((built) => built.replace(/^dist\//, '').replace(/\.js$/, '.json'));
const credentialFiles = packageJson.n8n.credentials.map((built) => built.replace(/^dist\//, '').replace(/\.js$/, '.ts'));

describe('Docs links land on their own section of the README', () => {
	const ids = headingIds(README);

	it.each(codexFiles)('%s', (file) => {
		const codex = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as { resources: Record<string, Array<{ url: string }>> };
		const urls = Object.values(codex.resources).flat().map((resource) => resource.url);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect([...ids]).toContain(anchorOf(url));
	});

	it.each(credentialFiles)('%s', (file) => {
		const match = /documentationUrl\s*=\s*'([^']+)'/.exec(readFileSync(join(ROOT, file), 'utf8'));
		expect(match).not.toBeNull();
		expect([...ids]).toContain(anchorOf(match![1]));
	});

	it.each(['README.md', 'docs/api-coverage.md', 'docs/performance.md', 'docs/scaling.md', 'docs/avinode-checklist.md'])(
		'%s links to repository files and headings that exist',
		(page) => {
			const text = readFileSync(join(ROOT, page), 'utf8');
			const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((link) => !/^[a-z]+:/i.test(link));
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) {
				const [path, anchor] = link.split('#');
				const target = path ? join(ROOT, dirname(page), path) : join(ROOT, page);
				expect(existsSync(target)).toBe(true);
				if (anchor && target.endsWith('.md')) expect([...headingIds(readFileSync(target, 'utf8'))]).toContain(anchor);
			}
		},
	);

	it('performance, scaling and the API coverage table live in docs/, not in the README', () => {
		for (const page of ['docs/api-coverage.md', 'docs/performance.md', 'docs/scaling.md']) expect(existsSync(join(ROOT, page))).toBe(true);
		expect(README).not.toMatch(/^#+ (API coverage|Performance|Scaling)$/m);
		expect(README).toContain('(docs/api-coverage.md)');
	});
});
