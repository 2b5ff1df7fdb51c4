/** Callout and blockquote markers at the start of a line (`> `, `>> `, `> > `). */
const QUOTE_PREFIX = /^(?:[ \t]*>[ \t]?)*/;

/**
 * The callout/blockquote prefix of a line, `''` when it has none. Text written into a callout must repeat
 * it on every line, or the callout ends there.
 */
export function quotePrefix(line: string): string {
	return QUOTE_PREFIX.exec(line)?.[0] ?? '';
}
