/**
 * Cutting a directive's body at its separator with small scanners instead of `^(.+?)\s*:\s*(.+)$`-style
 * patterns: a lazy group before optional blanks backtracks over every blank of a long line (40,000 blanks
 * took seconds). Same readings as those patterns: the first separator after the first character, with
 * something after it.
 */

/** `P: a, b` → the participant (trimmed) and the list (blanks after the colon skipped); undefined without such a colon. */
export function splitAtColon(body: string): [participant: string, rest: string] | undefined {
	const colon = body.indexOf(':', 1);
	if (colon < 0 || colon === body.length - 1) return undefined;
	return [body.slice(0, colon).trim(), body.slice(colon + 1).trimStart()];
}

/** `P += a` / `P -= a` → the participant (trimmed), the operator and the list; undefined without an operator followed by text. */
export function splitAtStateOperator(body: string): [participant: string, operator: '+=' | '-=', rest: string] | undefined {
	for (let i = 1; i < body.length - 1; i++) {
		const char = body[i];
		if ((char !== '+' && char !== '-') || body[i + 1] !== '=') continue;
		// The text after the operator must hold something: only the first operator counts, as in the pattern.
		if (i + 2 >= body.length) return undefined;
		return [body.slice(0, i).trim(), char === '+' ? '+=' : '-=', body.slice(i + 2).trimStart()];
	}
	return undefined;
}
