/**
 * Replaces every `var(--name)` / `var(--name, fallback)` in CSS text with what `lookup` gives for the
 * name, or the fallback (itself resolved), or nothing: an exported SVG has no page around it to supply the
 * variables. A small scanner, linear in the text; parentheses inside a fallback are balanced.
 */
export function resolveCssVars(css: string, lookup: (name: string) => string | undefined): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const at = css.indexOf('var(', i);
		if (at < 0) {
			out += css.slice(i);
			break;
		}
		out += css.slice(i, at);
		// The matching closing parenthesis of this var(.
		let depth = 0;
		let end = at + 3;
		for (; end < css.length; end++) {
			const char = css[end];
			if (char === '(') depth++;
			else if (char === ')' && --depth === 0) break;
		}
		if (end >= css.length) {
			out += css.slice(at);
			break;
		}
		const inner = css.slice(at + 4, end);
		const comma = inner.indexOf(',');
		const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
		const value = lookup(name)?.trim();
		if (value !== undefined && value !== '') out += value;
		else if (comma >= 0) out += resolveCssVars(inner.slice(comma + 1).trim(), lookup);
		i = end + 1;
	}
	return out;
}
