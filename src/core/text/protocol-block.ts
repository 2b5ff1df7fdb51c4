/**
 * The text the *Insert protocol block* command writes, worked out from the lines around the cursor: pure
 * text work, so the Obsidian command only reads the editor and applies the result in one transaction.
 */

import { quotePrefix } from './quote-prefix';

/** A place in note text: 0-based line and column, as editors count them. */
export interface TextPosition {
	line: number;
	ch: number;
}

/** Where a protocol block goes: the selection (or cursor) and the text of the lines it starts and ends on. */
export interface BlockInsertionPlace {
	from: TextPosition;
	to: TextPosition;
	/** The whole line `from` is on. */
	fromLine: string;
	/** The whole line `to` is on. */
	toLine: string;
}

/** What to write over the selection, and where the cursor goes afterwards. */
export interface BlockInsertion {
	text: string;
	cursor: TextPosition;
}

/**
 * A fenced block written over the selection, as typing would: on lines of its own so the fence is a fence,
 * the text after the cursor kept below it, and the cursor after the block. Inside a callout every line
 * repeats the callout's `> ` prefix, or the callout would end at the block.
 */
export function blockInsertion(place: BlockInsertionPlace, block: string): BlockInsertion {
	const before = place.fromLine.slice(0, place.from.ch);
	const after = place.toLine.slice(place.to.ch);
	// A cursor inside the markers themselves inserts as on a plain line.
	const quote = quotePrefix(place.fromLine);
	const prefix = before.startsWith(quote) ? quote : '';
	const atLineStart = before.slice(prefix.length).trim() === '';
	const body = block.split('\n').map((l) => prefix + l).join('\n');
	const lead = atLineStart ? body.slice(prefix.length) : `\n${body}`;
	const gap = prefix.trimEnd();
	const tail = after.trim() === '' ? `\n${gap}` : `\n${gap}\n${prefix}`;
	const text = prefix === '' ? `${lead}\n${after.trim() === '' ? '' : '\n'}` : lead + tail;
	return { text, cursor: positionAfter(place.from, text) };
}

/** Where the cursor ends after `text` is written at `from`. */
export function positionAfter(from: TextPosition, text: string): TextPosition {
	const lines = text.split('\n');
	const last = lines[lines.length - 1] ?? '';
	return lines.length === 1 ? { line: from.line, ch: from.ch + last.length } : { line: from.line + lines.length - 1, ch: last.length };
}
