/**
 * Finding fenced code blocks in note text, as CommonMark does: the commands and the live-preview hook need
 * to know which fence a line belongs to. Pure text work, no Obsidian.
 */

import { quotePrefix } from './quote-prefix';

/** A fenced code block of a note. Line numbers are 0-based, as the editor counts them. */
export interface Fence {
	/** Line of the opening fence. */
	open: number;
	/** Line of the closing fence; `null` when the block runs to the end of the note. */
	close: number | null;
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
		for (let m = n + 1; m < lineCount; m++) {
			const text = stripPrefix(line(m), prefix);
			if (closing.test(text)) {
				close = m;
				break;
			}
			body.push(text);
		}
		fences.push({ open: n, close, language: (open[2].trim().split(/\s+/)[0] ?? '').toLowerCase(), source: body.join('\n') });
		n = close === null ? lineCount : close + 1;
	}
	return fences;
}

/** The fence whose lines (fences included) contain line `n`, if any. */
export function fenceAt(fences: readonly Fence[], n: number): Fence | undefined {
	return fences.find((f) => n >= f.open && (f.close === null || n <= f.close));
}

function stripPrefix(text: string, prefix: string): string {
	if (prefix === '') return text;
	// Inside a callout every line repeats the `>` markers; take them off so the body reads as written.
	const own = quotePrefix(text);
	return text.slice(own.length);
}
