/**
 * API base URLs and the request paths below them. Request paths stay under the API base. URL parsers resolve `.` and `..` segments, also written as
 * `%2e`, so an id of `..` or a Custom API Call path of `/../../x` would reach another endpoint (or
 * another API behind the same gateway) with full credentials. These checks refuse such paths before
 * anything is sent.
 */

/** A base URL without trailing slashes, so paths starting with `/` can be appended to it. */
export function trimTrailingSlash(url: string): string {
	return url.replace(/\/+$/, '');
}

/** A whole id or path segment that a URL parser treats as `.` or `..` (any mix of `.` and `%2e`, any case). */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** An id made only of dots (raw or percent-encoded): never a record id, and `.`/`..` would change the path. */
export function isDotsOnly(value: string): boolean {
	return /^(?:\.|%2e)+$/i.test(value.trim());
}

/** The first `.`/`..` segment of a path (before `?`/`#`; `\` counts as `/`, as in URL parsing), if any. */
export function dotSegmentOf(path: string): string | undefined {
	const pathname = path.split(/[?#]/, 1)[0];
	return pathname.split(/[/\\]/).find((segment) => DOT_SEGMENT.test(segment));
}

/** Decodes percent-escapes until nothing changes (a few rounds at most); undefined when an escape is not valid UTF-8. */
function fullyDecoded(segment: string): string | undefined {
	let current = segment;
	for (let round = 0; round < 4; round++) {
		let next: string;
		try {
			next = decodeURIComponent(current);
		} catch {
			return undefined;
		}
		if (next === current) break;
		current = next;
	}
	return current;
}

/**
 * The first segment of a path someone wrote (a Custom API Call path, an href to follow) that a server
 * could still turn into a separator or a `.`/`..` segment: by decoding it (once more), by dropping `;`
 * parameters, or by folding full-width characters (`..%2f`, `..;`, `%252e%252e`, overlong UTF-8, `．．`).
 * URL parsers leave these alone, so `pathOutsideBase` cannot see them.
 */
export function disguisedSegmentOf(path: string): string | undefined {
	const pathname = path.split(/[?#]/, 1)[0];
	return pathname.split(/[/\\]/).find((segment) => {
		if (!/[%;]|[^\x20-\x7e]/.test(segment)) return false;
		const decoded = fullyDecoded(segment);
		if (decoded === undefined) return true;
		const folded = decoded.normalize('NFKC');
		if (/[/\\]/.test(folded)) return true;
		const beforeParameters = folded.split(';', 1)[0].replace(/\s/g, '');
		return DOT_SEGMENT.test(beforeParameters);
	});
}

/** True when `pathname` is the base path itself or below it: bounded at a segment, so `/api-internal` is not under `/api`. */
export function isUnderBasePath(pathname: string, basePath: string): boolean {
	const base = trimTrailingSlash(basePath);
	return base === '' || pathname === base || pathname.startsWith(`${base}/`);
}

/**
 * Why `${baseUrl}${path}` would leave the API base, or undefined when it stays under it: a dot segment
 * in the path, another origin, or a path outside the base path.
 */
export function pathOutsideBase(baseUrl: string, path: string): string | undefined {
	const dots = dotSegmentOf(path);
	if (dots !== undefined) return `the path "${path}" contains the segment "${dots}", which would leave the API base`;
	let base: URL;
	let target: URL;
	try {
		base = new URL(baseUrl);
		target = new URL(`${baseUrl}${path}`);
	} catch {
		return `"${baseUrl}${path}" is not a valid URL`;
	}
	if (target.origin !== base.origin) return `the path "${path}" would leave the API host`;
	if (!isUnderBasePath(target.pathname, base.pathname)) return `the path "${path}" would leave the API base ${base.pathname}`;
	return undefined;
}
