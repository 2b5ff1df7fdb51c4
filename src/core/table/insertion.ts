import { blockText } from './table-blocks';
import type { TableSpec } from './markers';
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
