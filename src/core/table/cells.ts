/** The symbols a boolean property is written as. */
export interface BooleanSymbols {
	true: string;
	false: string;
}

/** What a missing, null or empty property is written as. */
export const MISSING_CELL = '—';

/** Written where a value nests deeper than `MAX_DEPTH`, refers to itself, or has more than `MAX_ITEMS` parts. */
export const CUT_MARK = '…';

/** How deep lists and objects are written; property values nest a few levels, hostile ones thousands. */
export const MAX_DEPTH = 16;

/** How many list items and object entries one cell writes in all, so no value (a YAML alias bomb) can grow a cell without end. */
export const MAX_ITEMS = 1000;

/** The walk through one value: the lists and objects above the current one (to see cycles) and the items left. */
interface Walk {
	symbols: BooleanSymbols;
	above: Set<object>;
	itemsLeft: number;
}

/**
 * A property value as cell text, before it is made Markdown: booleans as symbols, lists joined with ", ",
 * strings (links, dates) as written, `Date` objects as YYYY-MM-DD, objects as `key: value, ...`. A value that
 * refers to itself, nests deeper than `MAX_DEPTH` or holds more than `MAX_ITEMS` parts is cut there with `…`:
 * no value can make the table throw or grow without end.
 */
export function formatValue(value: unknown, symbols: BooleanSymbols): string {
	const text = formatInner(value, { symbols, above: new Set(), itemsLeft: MAX_ITEMS }, 0);
	return text.trim() === '' ? MISSING_CELL : text;
}

function formatInner(value: unknown, walk: Walk, depth: number): string {
	if (value === null || value === undefined) return depth === 0 ? MISSING_CELL : '';
	if (typeof value === 'boolean') return value ? walk.symbols.true : walk.symbols.false;
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) return formatDate(value);
	if (typeof value !== 'object') return '';
	if (depth >= MAX_DEPTH || walk.above.has(value)) return CUT_MARK;
	walk.above.add(value);
	const parts: string[] = [];
	const add = (key: string | null, inner: unknown): boolean => {
		if (walk.itemsLeft <= 0) {
			parts.push(CUT_MARK);
			return false;
		}
		walk.itemsLeft--;
		const text = formatInner(inner, walk, depth + 1);
		if (key !== null) parts.push(`${key}: ${text}`.trimEnd());
		else if (text !== '') parts.push(text);
		return true;
	};
	if (Array.isArray(value)) {
		// Item by item, so a list of millions is not copied for the first thousand.
		for (const item of value as unknown[]) if (!add(null, item)) break;
	} else {
		for (const key in value) {
			if (Object.prototype.hasOwnProperty.call(value, key) && !add(key, (value as Record<string, unknown>)[key])) break;
		}
	}
	walk.above.delete(value);
	// Inside another value a list or object needs brackets, or its commas would read as the outer one's.
	if (depth === 0) return parts.join(', ');
	return Array.isArray(value) ? `[${parts.join(', ')}]` : `{${parts.join(', ')}}`;
}

/** A date as YYYY-MM-DD. YAML dates without a zone are midnight UTC, so the UTC day is the one written. */
function formatDate(date: Date): string {
	if (Number.isNaN(date.getTime())) return '';
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return `${date.getUTCFullYear()}-${month}-${day}`;
}
