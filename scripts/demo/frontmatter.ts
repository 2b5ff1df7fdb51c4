/** One property of a note's frontmatter: a single value or a list. */
export interface Property {
	key: string;
	value: string | string[];
}

/** A note split into its frontmatter properties and the Markdown after them. */
export interface SplitNote {
	properties: Property[];
	body: string;
}

/** Removes one level of matching quotes, as YAML scalars are often written (`"[[HTTP]]"`). */
function unquote(value: string): string {
	const v = value.trim();
	if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v[v.length - 1] === v[0]) return v.slice(1, -1);
	return v;
}

/** Splits a flow list `[a, b, "c, d"]` on commas outside quotes. */
function flowList(inner: string): string[] {
	const items: string[] = [];
	let current = '';
	let quote = '';
	for (const ch of inner) {
		if (quote !== '') {
			if (ch === quote) quote = '';
			current += ch;
		} else if (ch === '"' || ch === "'") {
			quote = ch;
			current += ch;
		} else if (ch === ',') {
			items.push(current);
			current = '';
		} else current += ch;
	}
	items.push(current);
	return items.map(unquote).filter((item) => item !== '');
}

/**
 * Reads the frontmatter of a note the way the demo needs it: `key: value`, flow lists `[a, b]` and
 * block lists (`- item` lines). The demo only shows properties, so this small reader is enough;
 * anything it does not understand is shown as written rather than dropped.
 */
export function splitFrontmatter(text: string): SplitNote {
	const normalized = text.replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(normalized);
	if (match === null) return { properties: [], body: normalized };
	const properties: Property[] = [];
	for (const line of (match[1] ?? '').split('\n')) {
		const item = /^\s+-\s*(.*)$/.exec(line);
		const last = properties[properties.length - 1];
		if (item !== null && last !== undefined) {
			last.value = [...(Array.isArray(last.value) ? last.value : last.value === '' ? [] : [last.value]), unquote(item[1] ?? '')];
			continue;
		}
		const pair = /^([^\s:#][^:]*):\s*(.*)$/.exec(line);
		if (pair === null) continue;
		const raw = (pair[2] ?? '').trim();
		const value = raw.startsWith('[') && raw.endsWith(']') ? flowList(raw.slice(1, -1)) : unquote(raw);
		properties.push({ key: (pair[1] ?? '').trim(), value });
	}
	return { properties, body: normalized.slice(match[0].length) };
}
