/**
 * Which values of a credential are secret, and how to scrub them from text an API sent back.
 *
 * An API, its gateway or a proxy may echo request headers or the token in an error body, raw or
 * encoded. Every error the pack builds passes through `redactSecrets` with the secrets of the
 * credential in use, read when the error happens (so a token refreshed mid-run is included).
 *
 * A secret is found in the forms it takes when echoed:
 * - as text: raw in any letter case; each character may be escaped on its own, as URL and form
 *   encoding, JSON (`\/`, `\uXXXX`), HTML entities and quoted-printable (`=2F`) write it, in any mix;
 * - as bytes: hex (either case) and base64 (standard and URL-safe, also inside a longer base64 text,
 *   where the secret may start at any of the three byte offsets of a base64 group);
 * - split over lines (a line break, also an escaped one, between any two characters);
 * - cut short: 12 or more leading characters of any of these forms.
 */
import { createHash } from 'crypto';
import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

/**
 * Credential fields that hold secrets, across both credential types. A unit test checks that every
 * password field of every credential type is listed here.
 */
export const SECRET_FIELDS = ['apiKey', 'clientSecret', 'accessToken', 'webhookSecret', 'apiToken', 'connectionToken'] as const;

/** Shorter values are not scrubbed: they would mangle ordinary words. */
const MIN_SECRET_LENGTH = 4;

/** An echo of this many leading characters of a form of a secret is scrubbed, as far as it goes on. */
export const PREFIX_ECHO_LENGTH = 12;

/** A base64 piece shorter than this, cut from inside a longer text, is too short to tell from chance. */
const MIN_BASE64_CORE_LENGTH = 8;

const REDACTED = '[redacted]';

/** Placeholders that sit in secret fields but are not secrets. */
const NOT_SECRET = new Set(['connection-token-mode']);

export function credentialSecrets(data: ICredentialDataDecryptedObject | undefined): string[] {
	if (!data) return [];
	return SECRET_FIELDS.map((name) => data[name]).filter((value): value is string => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH && !NOT_SECRET.has(value));
}

/** The value a Basic `Authorization` header carries, as a secret of its own (its base64 form is covered by the variants). */
export function basicAuthSecret(user: string, password: string): string {
	return `${user}:${password}`;
}

const urlSafe = (base64: string) => base64.replace(/\+/g, '-').replace(/\//g, '_');

/**
 * The base64 of `bytes` as it shows inside a longer base64 text in which they start `offset` bytes into
 * a group of three: the groups that hold only these bytes (the first and last ones also hold bytes
 * of the text around them).
 */
function base64Core(bytes: Buffer, offset: number): string {
	const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
	const wholeGroups = Math.floor((offset + bytes.length) / 3);
	return encoded.slice(offset === 0 ? 0 : 4, wholeGroups * 4);
}

/**
 * The forms of a secret, before any per-character escaping: the secret, its hex, and its base64
 * (alone, unpadded, URL-safe, and the pieces that show inside a longer base64 text).
 */
export function secretVariants(secret: string): string[] {
	const bytes = Buffer.from(secret, 'utf8');
	const base64 = bytes.toString('base64');
	const variants = [secret, bytes.toString('hex'), base64, base64.replace(/=+$/, ''), urlSafe(base64).replace(/=+$/, '')];
	for (const offset of [0, 1, 2]) {
		const core = base64Core(bytes, offset);
		if (core.length >= MIN_BASE64_CORE_LENGTH) variants.push(core, urlSafe(core));
	}
	return [...new Set(variants)].filter((variant) => variant.length >= MIN_SECRET_LENGTH);
}

/** Named HTML entities of the punctuation a secret or its base64 may hold. */
const HTML_NAMES: Record<string, string[]> = {
	'&': ['amp'],
	'<': ['lt'],
	'>': ['gt'],
	'"': ['quot'],
	"'": ['apos'],
	'/': ['sol'],
	'+': ['plus'],
	'=': ['equals'],
	'#': ['num'],
	'%': ['percnt'],
	':': ['colon'],
	';': ['semi'],
	'.': ['period'],
	_: ['lowbar'],
	'!': ['excl'],
	'?': ['quest'],
	',': ['comma'],
	'@': ['commat'],
	$: ['dollar'],
	'(': ['lpar'],
	')': ['rpar'],
	'[': ['lsqb', 'lbrack'],
	']': ['rsqb', 'rbrack'],
	'{': ['lcub', 'lbrace'],
	'}': ['rcub', 'rbrace'],
	'*': ['ast', 'midast'],
	'|': ['verbar', 'vert'],
	'^': ['Hat'],
	'`': ['grave'],
	'\\': ['bsol'],
};

const JSON_SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '/': '\\/', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const hex2 = (byte: number) => byte.toString(16).padStart(2, '0');

/**
 * Optional line break between two characters of an echo: CR/LF (also escaped as `\n`), with the
 * indentation of a folded line, or quoted-printable's soft break (`=` before it).
 */
const LINE_BREAK = String.raw`(?:=?(?:\r\n|\n|\r|\\r\\n|\\n)[\t ]*)?`;

const unitSources = new Map<string, string>();

/** A regular expression (source) for one character in any of its escaped forms, longest first. */
function unitSource(char: string): string {
	const cached = unitSources.get(char);
	if (cached !== undefined) return cached;
	const codePoint = char.codePointAt(0) ?? 0;
	const bytes = [...Buffer.from(char, 'utf8')];
	const utf16 = Array.from({ length: char.length }, (_, index) => char.charCodeAt(index).toString(16).padStart(4, '0'));
	const forms = [
		...(HTML_NAMES[char] ?? []).map((name) => `&${name};`),
		...(JSON_SHORT_ESCAPES[char] ? [JSON_SHORT_ESCAPES[char]] : []),
	].map(escapeRegExp);
	forms.push(
		utf16.map((unit) => String.raw`\\u${unit}`).join(''),
		`&#0*${codePoint};`,
		`&#x0*${codePoint.toString(16)};`,
		bytes.map((byte) => `%${hex2(byte)}`).join(''),
		bytes.map((byte) => `=${hex2(byte)}`).join(''),
	);
	if (char === ' ') forms.push(String.raw`\+`);
	forms.push(escapeRegExp(char));
	const source = `(?:${forms.join('|')})`;
	unitSources.set(char, source);
	return source;
}

const unitMatchers = new Map<string, RegExp>();

/** A sticky matcher for one character (after an optional line break unless it is the first). */
function unitMatcher(char: string, first: boolean): RegExp {
	const key = `${first ? 1 : 0}${char}`;
	let matcher = unitMatchers.get(key);
	if (!matcher) {
		matcher = new RegExp(first ? unitSource(char) : `${LINE_BREAK}${unitSource(char)}`, 'iy');
		unitMatchers.set(key, matcher);
	}
	return matcher;
}

/** A form of a secret as characters, with its second character in lower case (to rule it out fast). */
interface Form {
	chars: string[];
	second: string;
}

/** Every form of a set of secrets, by its first character in lower case. */
type FormsByFirstChar = Map<string, Form[]>;

/** The forms of the latest few sets of secrets, keyed by a hash of the set (held in memory only, like the credentials). */
const formSets = new Map<string, FormsByFirstChar>();
const FORM_SETS_KEPT = 32;

function formsFor(secrets: readonly string[]): FormsByFirstChar {
	const usable = [...new Set(secrets.filter((secret) => typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH))].sort();
	const key = createHash('sha256').update(usable.join('\u0000')).digest('hex');
	const cached = formSets.get(key);
	if (cached) return cached;
	const byFirstChar: FormsByFirstChar = new Map();
	for (const form of new Set(usable.flatMap(secretVariants))) {
		const chars = [...form];
		const first = chars[0].toLowerCase();
		byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), { chars, second: chars[1].toLowerCase() }]);
	}
	formSets.set(key, byFirstChar);
	if (formSets.size > FORM_SETS_KEPT) formSets.delete(formSets.keys().next().value as string);
	return byFirstChar;
}

const HTML_NAMED_CHARS = new Map(Object.entries(HTML_NAMES).flatMap(([char, names]) => names.map((name): [string, string] => [name.toLowerCase(), char])));
const PERCENT_BYTES = /(?:%[0-9a-f]{2}){1,4}/iy;
const QUOTED_PRINTABLE_BYTES = /(?:=[0-9a-f]{2}){1,4}/iy;
const BACKSLASH_ESCAPE = /\\(?:u([0-9a-f]{4})(?:\\u([0-9a-f]{4}))?|(["\\/bfnrt]))/iy;
const HTML_ENTITY = /&(?:#x0*([0-9a-f]{1,6})|#0*([0-9]{1,7})|([a-z]{2,8}));/iy;
const JSON_SHORT_CHARS: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function stickyExec(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
	pattern.lastIndex = index;
	return pattern.exec(text);
}

function firstCodePoint(text: string): string {
	return String.fromCodePoint(text.codePointAt(0) ?? 0xfffd);
}

/** The character an escape starting at `index` writes (percent, quoted-printable, JSON, HTML), if one does. */
function escapedCharAt(text: string, index: number): string | undefined {
	switch (text[index]) {
		case '%':
		case '=': {
			const found = stickyExec(text[index] === '%' ? PERCENT_BYTES : QUOTED_PRINTABLE_BYTES, text, index);
			return found ? firstCodePoint(Buffer.from(found[0].replace(/[%=]/g, ''), 'hex').toString('utf8')) : undefined;
		}
		case '\\': {
			const found = stickyExec(BACKSLASH_ESCAPE, text, index);
			if (!found) return undefined;
			if (found[3] !== undefined) return JSON_SHORT_CHARS[found[3].toLowerCase()];
			return firstCodePoint(String.fromCharCode(...[found[1], found[2]].filter((unit): unit is string => unit !== undefined).map((unit) => parseInt(unit, 16))));
		}
		case '&': {
			const found = stickyExec(HTML_ENTITY, text, index);
			if (!found) return undefined;
			if (found[3] !== undefined) return HTML_NAMED_CHARS.get(found[3].toLowerCase());
			const codePoint = found[1] !== undefined ? parseInt(found[1], 16) : Number(found[2]);
			return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : undefined;
		}
		case '+':
			return ' ';
		default:
			return undefined;
	}
}

/**
 * Where an echo of `form` starting at `start` ends: the whole form, or at least
 * {@link PREFIX_ECHO_LENGTH} of its characters and as many more as follow; -1 when there is none.
 */
function echoEnd(form: string[], text: string, start: number): number {
	let position = start;
	let matched = 0;
	for (const char of form) {
		const matcher = unitMatcher(char, matched === 0);
		matcher.lastIndex = position;
		if (!matcher.test(text)) break;
		position = matcher.lastIndex;
		matched++;
	}
	return matched >= Math.min(form.length, PREFIX_ECHO_LENGTH) ? position : -1;
}

/** Characters an escape of another character starts with. */
const ESCAPE_STARTS = new Set(['%', '=', '\\', '&', '+']);

/** Characters after which an echo may go on in another way than the form's next character as is. */
const MAY_CONTINUE_OTHERWISE = new Set(['%', '=', '\\', '&', '+', '\r', '\n']);

/**
 * Where the longest echo of any form starting at `index` ends, or -1. `lower` is the text in lower
 * case when that keeps every character at its place (else undefined).
 */
function longestEchoAt(text: string, lower: string | undefined, index: number, forms: FormsByFirstChar): number {
	let end = -1;
	const unit = text.charCodeAt(index);
	// A whole code point: one UTF-16 unit, or a surrogate pair.
	const literalLength = unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
	const literal = literalLength === 1 && lower !== undefined ? lower[index] : firstCodePoint(text.slice(index, index + literalLength)).toLowerCase();
	const candidates = forms.get(literal);
	if (candidates) {
		const next = text[index + literalLength];
		// Most text is not an echo: a form whose second character differs from the next one, written
		// as is, is ruled out without running its matchers.
		const nextAsIs = next === undefined || MAY_CONTINUE_OTHERWISE.has(next) ? undefined : lower !== undefined ? lower[index + literalLength] : next.toLowerCase();
		for (const form of candidates) {
			if (nextAsIs === undefined || form.second === nextAsIs) end = Math.max(end, echoEnd(form.chars, text, index));
		}
	}
	if (ESCAPE_STARTS.has(text[index])) {
		const escaped = escapedCharAt(text, index)?.toLowerCase();
		if (escaped !== undefined && escaped !== literal) for (const form of forms.get(escaped) ?? []) end = Math.max(end, echoEnd(form.chars, text, index));
	}
	return end;
}

/** Replaces every form of each secret with a marker, then bearer-shaped tokens. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
	const forms = formsFor(secrets);
	let result = text;
	if (forms.size > 0) {
		let scrubbed = '';
		let copiedUpTo = 0;
		const lowered = text.toLowerCase();
		const lower = lowered.length === text.length ? lowered : undefined;
		for (let index = 0; index < text.length; index++) {
			const end = longestEchoAt(text, lower, index, forms);
			if (end <= index) continue;
			scrubbed += `${text.slice(copiedUpTo, index)}${REDACTED}`;
			copiedUpTo = end;
			index = end - 1;
		}
		result = scrubbed + text.slice(copiedUpTo);
	}
	// Bearer tokens we did not know about (e.g. freshly issued ones) are masked by shape.
	return result.replace(/(Bearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi, '$1[redacted]');
}

/** The same for every string inside a parsed body, before anything is picked out of it or cut short. */
export function redactDeep(value: unknown, secrets: readonly string[], depth = 0): unknown {
	if (typeof value === 'string') return redactSecrets(value, secrets);
	if (depth > 20 || value === null || typeof value !== 'object') return value;
	if (Array.isArray(value)) return value.map((entry) => redactDeep(entry, secrets, depth + 1));
	const result: Record<string, unknown> = {};
	for (const [key, entry] of Object.entries(value as Record<string, unknown>)) result[redactSecrets(key, secrets)] = redactDeep(entry, secrets, depth + 1);
	return result;
}
