import stringWidth from 'string-width';

/** Width of a character that needs no grapheme segmentation, or -1: printable ASCII, Hangul syllables, common Han. */
function simpleWidth(code: number): number {
	if (code >= 0x20 && code <= 0x7e) return 1;
	if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x4e00 && code <= 0x9fff)) return 2;
	return -1;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** How many segmented runs one memo keeps: enough for every emoji and symbol of a table, bounded for hostile ones. */
const MEMO_LIMIT = 10_000;

/** `string-width` with the options every measure here uses. */
function clusterWidth(text: string): number {
	return stringWidth(text, { ambiguousIsNarrow: true, countAnsiEscapeCodes: true });
}

/**
 * The number of monospace columns `text` takes in an editor with a 2:1 East Asian font, measured by
 * grapheme cluster (`string-width`): Hangul, CJK, ✅ and ❌ and every emoji sequence (👩‍💻, 🇰🇷, ✍🏽) count
 * two; ambiguous characters such as the em dash count one, as editors draw them with a Latin font.
 * Escape sequences and control characters are measured as written, never stripped.
 *
 * Segmenting is slow (a table of 10,000 notes has 100,000 cells), so runs of printable ASCII, Hangul
 * syllables and common Han are counted directly and only the rest is segmented, each run together with
 * the character before it (the base its marks or modifiers belong to) and the one after it. A table
 * passes one `memo` for all its cells: the same emoji and symbols recur in cell after cell.
 */
export function displayWidth(text: string, memo?: Map<string, number>): number {
	// Most cells are printable ASCII: one native scan instead of a loop.
	if (PRINTABLE_ASCII.test(text)) return text.length;
	let width = 0;
	let i = 0;
	while (i < text.length) {
		const own = simpleWidth(text.charCodeAt(i));
		if (own >= 0 && (i + 1 >= text.length || simpleWidth(text.charCodeAt(i + 1)) >= 0)) {
			width += own;
			i++;
			continue;
		}
		// A run that needs segmenting, from here (the base of what follows) through the first simple character
		// after it (a Hangul jamo or a prepended mark joins the next character): it ends between two simple ones.
		let end = i + 1;
		while (end < text.length && !(simpleWidth(text.charCodeAt(end)) >= 0 && simpleWidth(text.charCodeAt(end - 1)) >= 0)) end++;
		const run = text.slice(i, end);
		let runWidth = memo?.get(run);
		if (runWidth === undefined) {
			runWidth = clusterWidth(run);
			if (memo && memo.size < MEMO_LIMIT) memo.set(run, runWidth);
		}
		width += runWidth;
		i = end;
	}
	return width;
}

/** `text` followed by spaces up to `width` display columns (never cut when it is wider). */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
