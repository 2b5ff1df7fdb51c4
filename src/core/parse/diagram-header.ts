/**
 * What comes before a Mermaid diagram's statements: a `---` front-matter block (title, config), blank lines
 * and `%%` comments, then the diagram type. One reading of it for the parser, the Mermaid hook, the
 * standalone script and the text handed to Mermaid, so that they never disagree on which blocks are players.
 */

/** How many lines a leading `---` front-matter block takes (both fences included); 0 when there is none or it never closes. */
export function frontMatterLines(lines: readonly string[]): number {
	if ((lines[0] ?? '').trim() !== '---') return 0;
	const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
	return close < 0 ? 0 : close + 1;
}

/** The index of the first line after the front matter that is neither blank nor a `%%` comment, or -1. */
export function firstStatementLine(lines: readonly string[]): number {
	for (let n = frontMatterLines(lines); n < lines.length; n++) {
		const text = (lines[n] ?? '').trim();
		if (text !== '' && !text.startsWith('%%')) return n;
	}
	return -1;
}

/** Whether that first statement is the `sequenceDiagram` keyword (Mermaid's own test for the diagram type). */
export function startsWithSequenceKeyword(line: string | undefined): boolean {
	return line !== undefined && /^sequenceDiagram\b/.test(line.trim());
}

/** Whether a Mermaid source is a sequence diagram: its first line that is not front matter, blank or a comment says so. */
export function isSequenceDiagram(source: string): boolean {
	const lines = source.split(/\r?\n/);
	return startsWithSequenceKeyword(lines[firstStatementLine(lines)]);
}
