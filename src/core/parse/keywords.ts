/**
 * Words that Mermaid's lexer takes as keywords wherever a participant name could start: a name
 * beginning with one of them (`End User`, `Note Taker`) is not a name to Mermaid, so not to us either.
 */
const KEYWORD_PATTERNS: readonly RegExp[] = [
	/^(?:box|participant|actor|create|destroy|loop|rect|opt|alt|else|par|par_over|and|critical|option|break|end|over|note|activate|deactivate|sequenceDiagram|autonumber|off)\b/i,
	/^(?:left of|right of)\b/i,
	/^(?:links|link|properties|details)(?=[ \t]+[^/\\+()<>:\n,;\s-])/i,
	/^title:?\s\S/i,
	/^acc(?:Title\s*:|Descr\s*[:{])/i,
	// Mermaid lexes a leading number followed by a space as a number token.
	/^(?:[0-9]+(?:\.[0-9]{1,2})?|\.[0-9]{1,2})(?=[ \n])/,
];

/** Whether `text` (already trimmed at its start) begins with a Mermaid keyword token. */
export function startsWithKeyword(text: string): boolean {
	return KEYWORD_PATTERNS.some((pattern) => pattern.test(text));
}
