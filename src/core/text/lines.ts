/** One line of a note: its text without the break, where it starts, and where the next line starts. */
export interface NoteLine {
	text: string;
	start: number;
	/** Offset just after the line's break (or the end of the text). */
	next: number;
}

/** The byte-order mark some editors write at the start of a file; it is not part of the first line's text. */
export const BYTE_ORDER_MARK = '\uFEFF';

/** A note's lines, split at `\r\n`, `\r` or `\n` in one pass. */
export function splitLines(text: string): NoteLine[] {
	const lines: NoteLine[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text.charCodeAt(i);
		if (char !== 10 && char !== 13) continue;
		const next = char === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
		lines.push({ text: text.slice(start, i), start, next });
		start = next;
		i = next - 1;
	}
	lines.push({ text: text.slice(start), start, next: text.length });
	return lines;
}

/** The text of line `index` as Markdown reads it: a byte-order mark at the very start of the note is not text. */
export function lineContent(line: NoteLine, index: number): string {
	return index === 0 && line.text.startsWith(BYTE_ORDER_MARK) ? line.text.slice(1) : line.text;
}
