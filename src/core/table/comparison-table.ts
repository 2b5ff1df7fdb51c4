import { formatValue, type BooleanSymbols } from './cells';
import { cellMarkdown } from './cell-markdown';
import { displayWidth } from './display-width';
import { explainedEmptyCell } from './explained-cell';
import { defaultProperties } from './property-keys';

/** A note as the table builder sees it: its name and its properties. */
export interface TableNote {
	name: string;
	frontmatter: Record<string, unknown>;
	/** Link text to the note (`fileToLinktext`), when the caller has the file: the header becomes a wikilink. */
	link?: string;
	/**
	 * Why a property is empty, by key, for cells the caller could not fill (a computed row over its budget): such a
	 * cell is written "—" with the reason as its tooltip (`explainedEmptyCell`).
	 */
	why?: Record<string, string>;
}

/** Options for `comparisonTable`. */
export interface ComparisonTableOptions {
	/** The properties shown, in order; by default the notes' own keys, most common first, without `SKIPPED_BY_DEFAULT`. */
	properties?: string[];
	/** `columns`: one column per note (default); `rows`: one row per note. */
	orientation?: 'columns' | 'rows';
	/** Row (or column) labels by property key, e.g. `keeps_state` → `상태 유지`. */
	labels?: Record<string, string>;
	/** How booleans are written; ✅ / ❌ by default. */
	symbols?: BooleanSymbols;
	/** Pad cells by display width so the source lines up in a monospace editor (default true). */
	pad?: boolean;
	/** The top-left header cell (the label over property names or note names); empty by default. */
	corner?: string;
}

/**
 * The widest a column is padded to, in display columns. A longer cell is written whole but not padded to,
 * so one long value (100 KB of text) cannot make every other row of its column as long: lines with such
 * a cell stick out, all other lines still line up.
 */
export const MAX_PAD_WIDTH = 80;

/** The symbols booleans are written as unless the options say otherwise. */
const DEFAULT_SYMBOLS: BooleanSymbols = { true: '✅', false: '❌' };

/**
 * Builds a Markdown comparison table: one column per note, one row per property (SPEC §3). Each cell shows
 * its value as text (see `cellMarkdown`); any number of notes and any value, cyclic or deep, is written
 * without throwing.
 */
export function comparisonTable(notes: TableNote[], options: ComparisonTableOptions = {}): string {
	const symbols = options.symbols ?? DEFAULT_SYMBOLS;
	const properties = options.properties ?? defaultProperties(notes.map((note) => note.frontmatter));
	const labelOf = (key: string): string => cellMarkdown(options.labels?.[key] ?? key);
	const heads = notes.map(noteHeader);
	const value = (note: TableNote, key: string): string => {
		const reason = note.why?.[key];
		if (reason !== undefined && note.frontmatter[key] === undefined) return explainedEmptyCell(reason);
		return cellMarkdown(formatValue(note.frontmatter[key], symbols));
	};
	const corner = cellMarkdown(options.corner ?? '');

	const grid: string[][] = options.orientation === 'rows'
		? [[corner, ...properties.map(labelOf)], ...notes.map((note, i) => [heads[i] ?? '', ...properties.map((key) => value(note, key))])]
		: [[corner, ...heads], ...properties.map((key) => [labelOf(key), ...notes.map((note) => value(note, key))])];
	return renderGrid(grid, options.pad ?? true);
}

/**
 * A note's header cell: a wikilink, `[[link|name]]` when the link text differs from the name. A name or
 * link that a wikilink cannot hold as written (`%%`, brackets, `|`, a line break) becomes a Markdown link
 * whose destination is percent-encoded, so it still opens the note and still opens no comment.
 */
function noteHeader(note: TableNote): string {
	if (note.link === undefined) return cellMarkdown(note.name);
	const unsafe = (text: string): boolean => /[[\]|\r\n<>]/.test(text) || text.includes('%%');
	if (unsafe(note.link) || unsafe(note.name)) {
		const destination = encodeURI(note.link).replace(/[()]/g, (paren) => (paren === '(' ? '%28' : '%29'));
		return `[${cellMarkdown(note.name).replace(/[[\]]/g, '\\$&')}](${destination})`;
	}
	return (note.link === note.name ? `[[${note.name}]]` : `[[${note.link}|${note.name}]]`).replace(/\|/g, '\\|');
}

/**
 * The grid (header row first) as Markdown lines. Padded, every column is as wide as its widest cell, at
 * least 3 and at most `MAX_PAD_WIDTH`. Widths are found in one loop, never by spreading a column into
 * `Math.max` (200,000 notes would overflow the call stack).
 */
function renderGrid(grid: string[][], pad: boolean): string {
	const [header = [], ...body] = grid;
	const memo = new Map<string, number>();
	const cellWidths = pad ? grid.map((row) => row.map((cell) => displayWidth(cell, memo))) : [];
	const widths = header.map(() => 3);
	if (pad) {
		for (const row of cellWidths) {
			row.forEach((width, column) => {
				widths[column] = Math.min(MAX_PAD_WIDTH, Math.max(widths[column] ?? 3, width));
			});
		}
	}
	const line = (cells: string[], rowIndex: number): string => {
		const padded = cells.map((cell, column) => {
			if (!pad) return cell;
			const missing = (widths[column] ?? 3) - (cellWidths[rowIndex]?.[column] ?? 0);
			return missing > 0 ? cell + ' '.repeat(missing) : cell;
		});
		return `| ${padded.join(' | ')} |`;
	};
	const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
	return [line(header, 0), rule, ...body.map((cells, index) => line(cells, index + 1))].join('\n');
}
