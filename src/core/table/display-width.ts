import { eastAsianWidth } from 'get-east-asian-width';

// Marks, variation selectors, joiners and controls take no column of their own.
const ZERO_WIDTH = /^(?:\p{Mark}|\p{Default_Ignorable_Code_Point}|\p{Control})$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const REGIONAL_INDICATOR = /^\p{Regional_Indicator}$/u;
const EMOJI_PRESENTATION = '\uFE0F';
const ZERO_WIDTH_JOINER = '\u200D';

/**
 * The number of monospace columns `text` takes in an editor with a 2:1 East Asian font:
 * Hangul, CJK, ✅ and ❌ count two, ambiguous characters one (the Unicode default).
 */
export function displayWidth(text: string): number {
	let width = 0;
	let previous = '';
	let previousWidth = 0;
	let flagOpen = false;
	for (const char of text) {
		const codePoint = char.codePointAt(0) ?? 0;
		let own: number;
		if (char === EMOJI_PRESENTATION && previousWidth === 1 && PICTOGRAPHIC.test(previous)) {
			// A text-style pictograph asked to draw as an emoji (☺️) becomes wide, as editors draw it.
			own = 1;
		} else if (ZERO_WIDTH.test(char) || (codePoint >= 0x1160 && codePoint <= 0x11ff)) {
			// Marks, joiners and conjoining Hangul vowels/finals draw inside the cell before them.
			own = 0;
		} else if (previous === ZERO_WIDTH_JOINER && PICTOGRAPHIC.test(char)) {
			// The second half of an emoji sequence (👩‍💻) shares the first half's glyph.
			own = 0;
		} else if (REGIONAL_INDICATOR.test(char)) {
			// Two regional indicators make one flag, drawn wide.
			own = flagOpen ? 0 : 2;
			flagOpen = !flagOpen;
		} else {
			own = eastAsianWidth(codePoint, { ambiguousAsWide: false });
		}
		if (!REGIONAL_INDICATOR.test(char)) flagOpen = false;
		width += own;
		previousWidth = own;
		previous = char;
	}
	return width;
}

/** `text` followed by spaces up to `width` display columns (never cut when it is wider). */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
