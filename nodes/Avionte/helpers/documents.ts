/**
 * Talent document titles. "Upload a Document from Request Body" requires a title "with extension" and
 * lists the valid extensions [C: developer.avionte.com/reference/upload-document-from-body]; we check
 * them before sending so a refused file costs no API call and names the item.
 */

export const DOCUMENT_EXTENSIONS = ['txt', 'doc', 'docx', 'pdf', 'xls', 'xlsx', 'png', 'jpg', 'jpeg'] as const;

export const TITLE_MAX_LENGTH = 500;

/** The lower-cased extension of a file name, if it has one. */
export function extensionOf(name: string | undefined): string | undefined {
	const match = /\.([A-Za-z0-9]{1,10})$/.exec((name ?? '').trim());
	return match ? match[1].toLowerCase() : undefined;
}

function isAllowed(extension: string | undefined): extension is (typeof DOCUMENT_EXTENSIONS)[number] {
	return extension !== undefined && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extension);
}

/** jpg and jpeg name the same format. */
function sameFormat(a: string, b: string): boolean {
	const normal = (extension: string) => (extension === 'jpeg' ? 'jpg' : extension);
	return normal(a) === normal(b);
}

export type TitleResult = { ok: true; title: string } | { ok: false; problem: string };

const allowedList = DOCUMENT_EXTENSIONS.join(', ');

/**
 * The title to send: the one asked for, else the file's name; a title without an allowed extension
 * gets the file's. Refuses what Avionté refuses, and a title whose extension contradicts the file.
 */
export function documentTitle(requested: string, file: { fileName?: string; fileExtension?: string }): TitleResult {
	const fileExtension = extensionOf(file.fileName) ?? (file.fileExtension ? file.fileExtension.toLowerCase().replace(/^\./, '') : undefined);
	const base = requested.trim() || (file.fileName ?? '').trim();
	if (!base) return { ok: false, problem: 'has no title and its file has no name' };
	const titleExtension = extensionOf(base);
	let title = base;
	if (isAllowed(titleExtension)) {
		if (fileExtension && !sameFormat(fileExtension, titleExtension)) {
			return { ok: false, problem: `has the title "${base}" but the file is .${fileExtension}; make the title end in .${fileExtension} or leave it empty` };
		}
	} else if (isAllowed(fileExtension)) {
		title = `${base}.${fileExtension}`;
	} else {
		const what = fileExtension ? `a .${fileExtension} file` : titleExtension ? `a .${titleExtension} file` : 'a file without extension';
		return { ok: false, problem: `is ${what}; Avionté accepts only ${allowedList}` };
	}
	if (title.length > TITLE_MAX_LENGTH) return { ok: false, problem: `has a title of ${title.length} characters; Avionté allows at most ${TITLE_MAX_LENGTH}` };
	return { ok: true, title };
}
