/** Characters Obsidian (or Windows, Android, iOS) refuses in a file name, and those that break links. */
const FORBIDDEN = new Set(['\\', '/', ':', '*', '?', '"', '<', '>', '|', '#', '^', '[', ']']);

/**
 * A file-name-safe version of a title: forbidden characters become spaces, runs of spaces one, leading
 * dots dropped (a hidden file), at most 80 characters; `fallback` when nothing is left. Korean stays.
 */
export function safeFileBase(title: string, fallback: string): string {
	let out = '';
	for (const char of title) {
		const code = char.codePointAt(0) ?? 0;
		out += FORBIDDEN.has(char) || code < 0x20 ? ' ' : char;
	}
	const collapsed = out.split(' ').filter((part) => part !== '').join(' ').replace(/^\.+/, '').trim();
	const short = [...collapsed].slice(0, 80).join('').trim();
	return short === '' ? fallback : short;
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
