import { closingMarker, openingMarker, readMarkerLine, specFromFields, type TableSpec } from './markers';
import { codeLines } from '../text/code-lines';
import { lineContent, splitLines } from '../text/lines';

/** A well-formed table between an opening and a closing marker. Offsets are into the note's text. */
export interface TableBlock {
	spec: TableSpec;
	/** The quote prefix of the opening marker (`> ` in a callout), repeated on every line written. */
	prefix: string;
	/** 0-based lines of the two markers. */
	openLine: number;
	closeLine: number;
	/** The text between the markers: from just after the opening line's break to the start of the closing line. */
	innerFrom: number;
	innerTo: number;
}

/** A marker that cannot be paired or read; left as it is and reported. */
export interface BlockProblem {
	/** 1-based line number, as a user counts. */
	line: number;
	kind: 'damaged' | 'unclosed' | 'unopened' | 'mismatched';
	/** The marker line as written. */
	text: string;
}

/** A replacement of `text.slice(from, to)` with `insert`. */
export interface TextChange {
	from: number;
	to: number;
	insert: string;
}

/**
 * Every table block of a note, and every marker that does not make one. Markers inside code (fenced,
 * indented, front matter: see `codeLines`) are text, never markers: they are neither rewritten nor reported.
 */
export function findTableBlocks(text: string): { blocks: TableBlock[]; problems: BlockProblem[] } {
	const blocks: TableBlock[] = [];
	const problems: BlockProblem[] = [];
	const lines = splitLines(text);
	const code = codeLines(lines);
	let open: { index: number; id: string | undefined; spec: TableSpec | null; prefix: string } | null = null;
	const report = (index: number, kind: BlockProblem['kind']): void => {
		const line = lines[index];
		problems.push({ line: index + 1, kind, text: line ? lineContent(line, index) : '' });
	};

	lines.forEach((line, index) => {
		if (code[index]) return;
		const marker = readMarkerLine(lineContent(line, index));
		if (!marker) return;
		const id = marker.fields.get('id');
		if (!marker.closing) {
			if (open) report(open.index, 'unclosed');
			const spec = specFromFields(marker.fields);
			if ('error' in spec) report(index, 'damaged');
			open = { index, id, spec: 'error' in spec ? null : spec, prefix: marker.prefix };
			return;
		}
		if (!open) {
			report(index, 'unopened');
		} else if (open.id !== id || id === undefined) {
			// Neither end can be trusted: which text belongs to the table is a guess, so nothing is rewritten.
			if (open.spec) report(open.index, 'mismatched');
			report(index, 'mismatched');
		} else if (open.spec) {
			const opening = lines[open.index];
			if (opening) {
				blocks.push({ spec: open.spec, prefix: open.prefix, openLine: open.index, closeLine: index, innerFrom: opening.next, innerTo: line.start });
			}
		}
		open = null;
	});
	if (open !== null) report((open as { index: number }).index, 'unclosed');
	problems.sort((a, b) => a.line - b.line);
	return { blocks, problems };
}

/** The lines between the markers: a blank line (a table right after a comment line would not render), the table, a blank line. */
function innerText(table: string, prefix: string, eol: string): string {
	const blank = prefix.trimEnd();
	return [blank, ...table.split('\n').map((row) => prefix + row), blank].map((row) => row + eol).join('');
}

/** A whole table block as inserted: both markers and the table, each line with the quote prefix; no line break after the closing marker. */
export function blockText(spec: TableSpec, table: string, prefix: string, eol = '\n'): string {
	return `${prefix}${openingMarker(spec)}${eol}${innerText(table, prefix, eol)}${prefix}${closingMarker(spec.id)}`;
}

/** The line break a note already uses, so that written lines match it. */
export function lineBreakOf(text: string): string {
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\n') return '\n';
		if (text[i] === '\r') return text[i + 1] === '\n' ? '\r\n' : '\r';
	}
	return '\n';
}

/**
 * Every table id a marker line of the note names, well-formed or not and in code or not: a new table must
 * not take an id an old marker (even a damaged one) already uses, or it could pair with the wrong end.
 */
export function takenTableIds(text: string): Set<string> {
	const ids = new Set<string>();
	splitLines(text).forEach((line, index) => {
		const id = readMarkerLine(lineContent(line, index))?.fields.get('id');
		if (id) ids.add(id);
	});
	return ids;
}

/**
 * Rewrites the inside of every well-formed table block with `build(spec)`; nothing outside the markers
 * (the markers included) changes. `build` returns `null` for a table it cannot make, which then stays as it is.
 * Only blocks whose text differs become changes, in document order.
 */
export function refreshText(text: string, build: (spec: TableSpec) => string | null): { text: string; changes: TextChange[]; problems: BlockProblem[] } {
	const { blocks, problems } = findTableBlocks(text);
	const eol = lineBreakOf(text);
	const changes: TextChange[] = [];
	for (const block of blocks) {
		const table = build(block.spec);
		if (table === null) continue;
		const insert = innerText(table, block.prefix, eol);
		if (text.slice(block.innerFrom, block.innerTo) !== insert) changes.push({ from: block.innerFrom, to: block.innerTo, insert });
	}
	// Pieces joined once: replacing change after change would copy the whole note for each table.
	const pieces: string[] = [];
	let at = 0;
	for (const change of changes) {
		pieces.push(text.slice(at, change.from), change.insert);
		at = change.to;
	}
	pieces.push(text.slice(at));
	return { text: pieces.join(''), changes, problems };
}
