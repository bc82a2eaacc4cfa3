/** File details of a download, read from the response headers. */

/**
 * The file name a `Content-Disposition` header gives: the RFC 6266 / 5987 `filename*` (UTF-8,
 * percent-encoded) wins over the plain `filename`. Path parts are dropped: a server must not be
 * able to name a file `../x`.
 */
export function fileNameFromContentDisposition(header: string | undefined): string | undefined {
	if (!header) return undefined;
	let name: string | undefined;
	const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
	if (extended) {
		try {
			name = decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
		} catch {
			name = undefined;
		}
	}
	if (!name) {
		const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
		if (plain) name = (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]).trim();
	}
	const base = name?.split(/[\\/]/).pop()?.trim();
	return base && base !== '.' && base !== '..' ? base : undefined;
}

/** The media type of a `Content-Type` header, without parameters. */
export function mimeTypeOf(header: string | undefined): string | undefined {
	const type = header?.split(';')[0].trim().toLowerCase();
	return type ? type : undefined;
}
