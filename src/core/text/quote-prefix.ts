/** Whether the character at `i` is a space or a tab. */
function isBlank(text: string, i: number): boolean {
	const char = text.charCodeAt(i);
	return char === 32 || char === 9;
}

/**
 * The callout/blockquote prefix of a line (`> `, `>> `, `> > `), `''` when it has none. Text written into a
 * callout must repeat it on every line, or the callout ends there. A scanner, not a pattern: each character
 * is looked at once, whatever the line holds.
 */
export function quotePrefix(line: string): string {
	let end = 0;
	for (;;) {
		let i = end;
		while (isBlank(line, i)) i++;
		if (line[i] !== '>') break;
		i++;
		if (isBlank(line, i)) i++;
		end = i;
	}
	return line.slice(0, end);
}

/** The blockquote markers CommonMark reads at the start of a line: how many, and where the content after them starts. */
export interface QuoteMarkers {
	depth: number;
	end: number;
}

/**
 * Reads at most `max` blockquote markers as CommonMark does: each `>` after at most three spaces of
 * indentation (four make indented code), followed by one optional space or tab.
 */
export function quoteMarkers(line: string, max = Number.POSITIVE_INFINITY): QuoteMarkers {
	let depth = 0;
	let end = 0;
	while (depth < max) {
		let i = end;
		while (i - end < 3 && line[i] === ' ') i++;
		if (line[i] !== '>') break;
		i++;
		if (isBlank(line, i)) i++;
		depth++;
		end = i;
	}
	return { depth, end };
}
