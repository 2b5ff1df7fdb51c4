import { lineContent, type NoteLine } from './lines';
import { quoteMarkers } from './quote-prefix';

/** An open fenced code block: its character, its length and the blockquote depth it was opened at. */
interface OpenFence {
	char: '`' | '~';
	length: number;
	depth: number;
}

/** Columns of indentation at the start of `text` (a tab reaches the next multiple of four) and where the indentation ends. */
function indentation(text: string): { columns: number; end: number } {
	let columns = 0;
	let i = 0;
	for (; i < text.length; i++) {
		if (text[i] === ' ') columns++;
		else if (text[i] === '\t') columns += 4 - (columns % 4);
		else break;
	}
	return { columns, end: i };
}

/** The length of the run of `char` starting at `from`. */
function runLength(text: string, from: number, char: string): number {
	let i = from;
	while (text[i] === char) i++;
	return i - from;
}

/** Whether `text` from `from` on holds only spaces and tabs. */
function blankFrom(text: string, from: number): boolean {
	for (let i = from; i < text.length; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
	return true;
}

/** An opening fence (CommonMark): at most three spaces, three or more ` or ~; a backtick fence's info string has no backtick. */
function openingFence(content: string, depth: number): OpenFence | null {
	const { columns, end } = indentation(content);
	if (columns > 3) return null;
	const char = content[end];
	if (char !== '`' && char !== '~') return null;
	const length = runLength(content, end, char);
	if (length < 3) return null;
	if (char === '`' && content.includes('`', end + length)) return null;
	return { char, length, depth };
}

/** A closing fence (CommonMark): at most three spaces, at least the opening's run of its character, then nothing but blanks. */
function closesFence(content: string, fence: OpenFence): boolean {
	const { columns, end } = indentation(content);
	if (columns > 3) return false;
	const length = runLength(content, end, fence.char);
	return length >= fence.length && blankFrom(content, end + length);
}

/** Whether a line of text (not code, not blank) ends a paragraph by itself: an ATX heading or a thematic break. */
function standsAlone(content: string): boolean {
	const { columns, end } = indentation(content);
	if (columns > 3) return false;
	if (/^#{1,6}(?:[ \t]|$)/.test(content.slice(end, end + 7))) return true;
	const char = content[end];
	if (char !== '-' && char !== '*' && char !== '_') return false;
	let count = 0;
	for (let i = end; i < content.length; i++) {
		if (content[i] === char) count++;
		else if (content[i] !== ' ' && content[i] !== '\t') return false;
	}
	return count >= 3;
}

/** Where the front matter ends: the index of its closing `---` line, or -1 when the note has none. */
function frontMatterEnd(lines: readonly NoteLine[]): number {
	if (lines.length < 2 || lineContent(lines[0], 0).trimEnd() !== '---') return -1;
	for (let i = 1; i < lines.length; i++) {
		const text = lines[i].text.trimEnd();
		if (text === '---' || text === '...') return i;
	}
	return -1;
}

/**
 * For each line, whether Markdown reads it as code (or as the note's front matter), following CommonMark:
 * fenced code from an opening fence to a closing fence of the same character, at least as long and with no
 * info string (or to the end of the blockquote or callout it was opened in, or of the note); indented code
 * (four columns after the quote markers) unless it continues a paragraph. Fence lines count as code.
 * One pass, each character looked at a bounded number of times.
 */
export function codeLines(lines: readonly NoteLine[]): boolean[] {
	const code: boolean[] = new Array<boolean>(lines.length).fill(false);
	const frontMatter = frontMatterEnd(lines);
	for (let i = 0; i <= frontMatter; i++) code[i] = true;
	let fence: OpenFence | null = null;
	// The blockquote depth of the paragraph the previous line belongs to, or -1 when it is not in one.
	let paragraphDepth = -1;
	for (let index = frontMatter + 1; index < lines.length; index++) {
		const text = lineContent(lines[index], index);
		if (fence) {
			const inside = quoteMarkers(text, fence.depth);
			// A line outside the callout the fence was opened in ends both; it is then read like any other line.
			if (inside.depth === fence.depth) {
				code[index] = true;
				if (closesFence(text.slice(inside.end), fence)) fence = null;
				continue;
			}
			fence = null;
		}
		const quote = quoteMarkers(text);
		const content = text.slice(quote.end);
		if (blankFrom(content, 0)) {
			paragraphDepth = -1;
			continue;
		}
		const opened = openingFence(content, quote.depth);
		if (opened) {
			fence = opened;
			code[index] = true;
			paragraphDepth = -1;
			continue;
		}
		// Indented code cannot interrupt a paragraph; an indented line after paragraph text continues it (also lazily, from inside a quote).
		if (indentation(content).columns >= 4 && paragraphDepth < quote.depth) {
			code[index] = true;
			paragraphDepth = -1;
			continue;
		}
		paragraphDepth = standsAlone(content) ? -1 : quote.depth;
	}
	return code;
}
