import { escapeCell, formatValue, type BooleanSymbols } from './cells';
import { displayWidth, padToWidth } from './display-width';
import { defaultProperties } from './property-keys';

/** A note as the table builder sees it: its name and its properties. */
export interface TableNote {
	name: string;
	frontmatter: Record<string, unknown>;
	/** Link text to the note (`fileToLinktext`), when the caller has the file: the header becomes a wikilink. */
	link?: string;
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

/** The symbols booleans are written as unless the options say otherwise. */
const DEFAULT_SYMBOLS: BooleanSymbols = { true: '✅', false: '❌' };

/** Builds a Markdown comparison table: one column per note, one row per property (SPEC §3). */
export function comparisonTable(notes: TableNote[], options: ComparisonTableOptions = {}): string {
	const symbols = options.symbols ?? DEFAULT_SYMBOLS;
	const properties = options.properties ?? defaultProperties(notes.map((note) => note.frontmatter));
	const labelOf = (key: string): string => escapeCell(options.labels?.[key] ?? key);
	const heads = notes.map(noteHeader);
	const value = (note: TableNote, key: string): string => escapeCell(formatValue(note.frontmatter[key], symbols));
	const corner = escapeCell(options.corner ?? '');

	const grid: string[][] = options.orientation === 'rows'
		? [[corner, ...properties.map(labelOf)], ...notes.map((note, i) => [heads[i] ?? '', ...properties.map((key) => value(note, key))])]
		: [[corner, ...heads], ...properties.map((key) => [labelOf(key), ...notes.map((note) => value(note, key))])];
	return renderGrid(grid, options.pad ?? true);
}

function noteHeader(note: TableNote): string {
	if (note.link === undefined) return escapeCell(note.name);
	return escapeCell(note.link === note.name ? `[[${note.name}]]` : `[[${note.link}|${note.name}]]`);
}

/** The grid (header row first) as Markdown lines; padded, every column is as wide as its widest cell and at least 3. */
function renderGrid(grid: string[][], pad: boolean): string {
	const [header = [], ...body] = grid;
	const widths = header.map((_, column) => (pad ? Math.max(3, ...grid.map((row) => displayWidth(row[column] ?? ''))) : 3));
	const line = (cells: string[]): string => `| ${cells.map((cell, i) => (pad ? padToWidth(cell, widths[i] ?? 3) : cell)).join(' | ')} |`;
	const rule = `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`;
	return [line(header), rule, ...body.map(line)].join('\n');
}
