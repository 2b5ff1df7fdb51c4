/** The symbols a boolean property is written as. */
export interface BooleanSymbols {
	true: string;
	false: string;
}

/** What a missing, null or empty property is written as. */
export const MISSING_CELL = '—';

/**
 * A property value as cell text, before escaping: booleans as symbols, lists joined with ", ",
 * strings (links, dates) as written, `Date` objects as YYYY-MM-DD, objects as `key: value, ...`.
 */
export function formatValue(value: unknown, symbols: BooleanSymbols): string {
	const text = formatInner(value, symbols, true);
	return text.trim() === '' ? MISSING_CELL : text;
}

function formatInner(value: unknown, symbols: BooleanSymbols, top: boolean): string {
	if (value === null || value === undefined) return top ? MISSING_CELL : '';
	if (typeof value === 'boolean') return value ? symbols.true : symbols.false;
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) return formatDate(value);
	if (Array.isArray(value)) {
		const items = value.map((item) => formatInner(item, symbols, false)).filter((item) => item !== '');
		// Inside an object a list needs brackets, or its commas would read as the object's.
		return top ? items.join(', ') : `[${items.join(', ')}]`;
	}
	if (typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.map(([key, inner]) => `${key}: ${formatInner(inner, symbols, false)}`.trimEnd());
		return top ? entries.join(', ') : `{${entries.join(', ')}}`;
	}
	return '';
}

/** A date as YYYY-MM-DD. YAML dates without a zone are midnight UTC, so the UTC day is the one written. */
function formatDate(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return `${date.getUTCFullYear()}-${month}-${day}`;
}

/**
 * Cell text that cannot break a Markdown table: every `|` escaped (also the alias pipe of
 * `[[target|alias]]`, which Obsidian reads back as a link inside a table) and line breaks as `<br>`.
 */
export function escapeCell(text: string): string {
	return text.replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}
