import { blockText, findTableBlocks } from './table-blocks';
import type { TableSpec } from './markers';
import { codeLines } from '../text/code-lines';
import { lineContent, splitLines } from '../text/lines';
import { quotePrefix } from '../text/quote-prefix';

/**
 * The text to insert at column `ch` of `line` for a new table block. Inside a callout or quote every
 * line carries the line's `> ` prefix; when the cursor is not at the start of its line the block starts
 * on a new line, and text after the cursor moves to a line of its own, so the table always renders.
 */
export function insertionText(line: string, ch: number, spec: TableSpec, table: string, eol = '\n'): string {
	const prefix = quotePrefix(line);
	const before = line.slice(0, ch);
	const after = line.slice(ch);
	const atLineStart = before === prefix || (prefix === '' && before.trim() === '');
	const block = blockText(spec, table, prefix, eol);
	// The first line already has its prefix when the cursor stands right after it.
	const lead = atLineStart ? block.slice(prefix.length) : eol + block;
	return after.trim() === '' ? lead : lead + eol + prefix;
}

/** Whether a line is a row of a Markdown table: after its quote prefix it starts with `|`. */
function isTableRow(line: string): boolean {
	return line.slice(quotePrefix(line).length).trimStart().startsWith('|');
}

/**
 * The line a new table is inserted on when the cursor is on `line` (0-based). Inserting inside another
 * table would split it and leave its markers damaged, so when the cursor stands between a table's markers
 * (on them included) the new table goes after the closing marker, and inside the rows of a Markdown table
 * after its last row. A user who asked for a table gets one, next to the one they were looking at, and
 * nothing is broken. `moved` tells whether the line changed.
 */
export function insertionLine(text: string, line: number): { line: number; moved: boolean } {
	const block = findTableBlocks(text).blocks.find((b) => b.openLine <= line && line <= b.closeLine);
	if (block) return { line: block.closeLine, moved: true };
	const lines = splitLines(text);
	const code = codeLines(lines);
	const rowAt = (index: number): boolean => {
		const at = lines[index];
		return at !== undefined && !code[index] && isTableRow(lineContent(at, index));
	};
	if (!rowAt(line)) return { line, moved: false };
	let last = line;
	while (rowAt(last + 1)) last++;
	return { line: last, moved: true };
}
