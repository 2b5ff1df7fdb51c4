/** Characters Obsidian (or Windows, Android, iOS) refuses in a file name, and those that break links. */
const FORBIDDEN: ReadonlySet<string> = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']']);

/** Bytes a name may take on common file systems (ext4, APFS, NTFS: 255). */
export const NAME_BYTES = 255;

/** UTF-8 length of a string. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
	}
	return bytes;
}

/** The part of `Intl.Segmenter` used here (the project's TypeScript library settings predate it). */
type GraphemeSegmenter = new (locale: undefined, options: { granularity: 'grapheme' }) => { segment(text: string): Iterable<{ segment: string }> };

/** The user-perceived characters of a text (a flag, a family emoji, a Hangul syllable in jamo stay whole). */
function graphemes(text: string): string[] {
	const Segmenter = (Intl as unknown as { Segmenter?: GraphemeSegmenter }).Segmenter;
	if (Segmenter === undefined) return [...text];
	return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment);
}

/** The longest start of `text` that takes at most `maxBytes` in UTF-8, cut between graphemes. */
export function cutToBytes(text: string, maxBytes: number): string {
	if (utf8Length(text) <= maxBytes) return text;
	let out = '';
	let bytes = 0;
	for (const grapheme of graphemes(text)) {
		const size = utf8Length(grapheme);
		if (bytes + size > maxBytes) break;
		out += grapheme;
		bytes += size;
	}
	return out;
}

/**
 * A file-name-safe version of a title: forbidden characters become spaces, runs of spaces one, leading
 * dots dropped (a hidden file), at most `maxBytes` in UTF-8 (default 120), cut between graphemes so that
 * the suffixes, numbers and extension the export adds still fit the file system's 255 bytes (issue 19:
 * 80 Hangul syllables are 240 bytes); `fallback` when nothing is left. Korean stays.
 */
export function safeFileBase(title: string, fallback: string, maxBytes = 120): string {
	let out = '';
	for (const char of title) {
		const code = char.codePointAt(0) ?? 0;
		out += FORBIDDEN.has(char) || code < 0x20 || code === 0x7f || code === 0xfffe || code === 0xffff || (code >= 0xd800 && code <= 0xdfff) ? ' ' : char;
	}
	const collapsed = out.split(' ').filter((part) => part !== '').join(' ').replace(/^\.+/, '').trim();
	const short = cutToBytes(collapsed, maxBytes).trim();
	return short === '' ? fallback : short;
}

/**
 * The most bytes a base name may take when `suffixes` (each a whole ending such as " step 200.png" or
 * " slides.md") are added to it, leaving room for the " 99" Obsidian adds to a taken name.
 */
export function baseBudget(suffixes: readonly string[]): number {
	const longest = Math.max(0, ...suffixes.map(utf8Length));
	return Math.max(16, NAME_BYTES - longest - 8);
}

/**
 * The names of the step images: `<base> step 00.svg` for the Start position, then `01`, `02`, ... so that
 * they sort in order; the number is as wide as the largest one (at least two digits).
 */
export function stepImageNames(base: string, count: number, extension = 'svg'): string[] {
	const width = Math.max(2, String(Math.max(0, count - 1)).length);
	return Array.from({ length: count }, (_, i) => `${base} step ${String(i).padStart(width, '0')}.${extension}`);
}

/**
 * A link target for a Markdown image from the folder `fromFolder` to the vault path `to`: relative, with
 * the characters a CommonMark link destination cannot hold bare (spaces, parentheses, `%`, `<`, `>`)
 * percent-encoded; Obsidian and Markdown slide tools both read it.
 */
export function relativeLink(fromFolder: string, to: string): string {
	const from = fromFolder === '/' || fromFolder === '' ? [] : fromFolder.split('/');
	const target = to.split('/');
	let common = 0;
	while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
	const parts = [...from.slice(common).map(() => '..'), ...target.slice(common)];
	return parts.map(encodeLinkPart).join('/');
}

function encodeLinkPart(part: string): string {
	let out = '';
	for (const char of part) {
		if (char === ' ') out += '%20';
		else if (char === '(') out += '%28';
		else if (char === ')') out += '%29';
		else if (char === '%') out += '%25';
		else if (char === '<') out += '%3C';
		else if (char === '>') out += '%3E';
		else out += char;
	}
	return out;
}
