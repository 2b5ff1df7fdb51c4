/**
 * Finding fenced code blocks in note text, as CommonMark does: the commands and the live-preview hook need
 * to know which fence a line belongs to. Pure text work, no Obsidian.
 */

import { quoteMarkers, quotePrefix } from './quote-prefix';

/** A fenced code block of a note. Line numbers are 0-based, as the editor counts them. */
export interface Fence {
	/** Line of the opening fence. */
	open: number;
	/** Line of the closing fence; `null` when the block has none (it runs to the end of its callout or note). */
	close: number | null;
	/** The block's last line: its closing fence, else the last line of the callout it was opened in, or of the note. */
	last: number;
	/** The first word of the info string, lower-cased (`mermaid`, `protocol`). */
	language: string;
	/** The body, without the fences and without a callout's `> ` prefix. */
	source: string;
}

/** An opening fence; any indentation, because notes indent fences inside list items. */
const OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;

/** Reads line `n` (0-based) of some text. */
export type LineReader = (n: number) => string;

/** Every fenced code block in the given lines, in order. */
export function findFences(line: LineReader, lineCount: number): Fence[] {
	const fences: Fence[] = [];
	let n = 0;
	while (n < lineCount) {
		const prefix = quotePrefix(line(n));
		const open = OPEN.exec(line(n).slice(prefix.length));
		// A backtick fence's info string may not contain backticks (CommonMark), so "```a```" is inline code.
		if (!open || (open[1].startsWith('`') && open[2].includes('`'))) {
			n += 1;
			continue;
		}
		const marker = open[1];
		const closing = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
		const body: string[] = [];
		let close: number | null = null;
		// A fence opened inside a callout ends with the callout (CommonMark: the block quote closes it).
		const depth = prefix === '' ? 0 : quoteMarkers(prefix).depth;
		let m = n + 1;
		for (; m < lineCount; m++) {
			if (depth > 0 && quoteMarkers(line(m), depth).depth < depth) break;
			const text = stripPrefix(line(m), prefix);
			if (closing.test(text)) {
				close = m;
				break;
			}
			body.push(text);
		}
		const last = close ?? m - 1;
		fences.push({ open: n, close, last, language: (open[2].trim().split(/\s+/)[0] ?? '').toLowerCase(), source: body.join('\n') });
		n = last + 1;
	}
	return fences;
}

/** The fence whose lines (fences included) contain line `n`, if any. */
export function fenceAt(fences: readonly Fence[], n: number): Fence | undefined {
	return fences.find((f) => n >= f.open && n <= f.last);
}

function stripPrefix(text: string, prefix: string): string {
	if (prefix === '') return text;
	// Inside a callout every line repeats the `>` markers; take them off so the body reads as written.
	const own = quotePrefix(text);
	return text.slice(own.length);
}
