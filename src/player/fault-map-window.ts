/**
 * The arithmetic of the fault map's windowed grid (issue 24, ADR 0022): which gap columns are in view, and where
 * the keyboard goes among the gaps a row has cells in. Pure: no DOM, so that Node tests can check it.
 */

/**
 * Above this many gap columns the grid builds only the cells in view (and a little around them). A 500-message
 * chain among 50 participants is 25,000 cells, seconds of layout; every example note stays far below, its grid
 * built whole.
 */
export const WINDOWED_GAPS = 100;

/** Columns built beyond each edge of the view, so that a short scroll shows cells already built. */
export const OVERSCAN_COLUMNS = 16;

/**
 * Columns built before the grid has been laid out and measured: a wide player's worth (18 px columns of a
 * 1,700 px panel). The first frame's measurement corrects it before anything is painted.
 */
export const FIRST_COLUMNS = 96;

/** Where the grid's gap columns lie, in CSS pixels from the grid's left edge. */
export interface ColumnLayout {
	/** Left edge of column 0 (the gap before step 1): the names' column and the gap after it. */
	leading: number;
	/** From one column's left edge to the next's: a column's width and the gap between columns. */
	pitch: number;
	/** How many gap columns there are (the map's positions + 1). */
	count: number;
}

/** A range of gap columns, both ends included; empty when `last < first`. */
export interface ColumnRange {
	first: number;
	last: number;
}

/**
 * The gap columns to build for a view that starts `start` pixels from the grid's left edge (the scroll
 * container's left edge minus the grid's: its horizontal scroll) and is `width` pixels wide: every column any
 * part of which is in view, and `overscan` more on each side, within the grid. Undefined when the grid is not
 * laid out (hidden, or on a narrow player): nothing can be said of what is in view then.
 */
export function visibleColumns(layout: ColumnLayout, start: number, width: number, overscan = OVERSCAN_COLUMNS): ColumnRange | undefined {
	const { leading, pitch, count } = layout;
	if (!(pitch > 0) || !(width > 0) || !Number.isFinite(leading) || !Number.isFinite(start) || count <= 0) return undefined;
	// Column c covers [leading + c·pitch, leading + (c + 1)·pitch): the first whose right edge is past `start`,
	// the last whose left edge is before `start + width`.
	const first = Math.floor((start - leading) / pitch);
	const last = Math.ceil((start + width - leading) / pitch) - 1;
	return { first: Math.max(0, Math.min(count - 1, first - overscan)), last: Math.min(count - 1, Math.max(0, last + overscan)) };
}

/** Index of the first of the ascending `values` not below `value` (`values.length` when none is). */
function lowerBound(values: readonly number[], value: number): number {
	let low = 0;
	let high = values.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if ((values[mid] ?? 0) < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * Where an arrow, Home or End key takes the keyboard within one row of the map: `gaps` are the row's gaps that have
 * a cell, ascending (the lost-message row has none where a note or a message to oneself stands), `from` the gap
 * the focus is on. ArrowLeft and ArrowRight go to the previous and next cell, Home and End to the row's first and
 * last; undefined when there is none that way.
 */
export function stepAlong(gaps: readonly number[], from: number, key: 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End'): number | undefined {
	if (key === 'Home') return gaps[0];
	if (key === 'End') return gaps[gaps.length - 1];
	const at = lowerBound(gaps, from);
	if (key === 'ArrowLeft') return at > 0 ? gaps[at - 1] : undefined;
	return gaps[gaps[at] === from ? at + 1 : at];
}

/**
 * The gap of another row nearest to `column` (ArrowUp, ArrowDown): the row's cells are `gaps`, ascending; of two
 * as near, the earlier. Undefined when the row has no cell.
 */
export function nearestGap(gaps: readonly number[], column: number): number | undefined {
	const at = lowerBound(gaps, column);
	const after = gaps[at];
	const before = gaps[at - 1];
	if (before === undefined) return after;
	if (after === undefined) return before;
	return column - before <= after - column ? before : after;
}

/**
 * The gaps of a row to build: those of its cells (`gaps`, ascending) within `range`, and the `extra` gaps (the
 * tab stop, the focused cell) wherever they are, ascending and each once.
 */
export function gapsToBuild(gaps: readonly number[], range: ColumnRange, extra: readonly number[]): number[] {
	const built: number[] = [];
	for (let i = lowerBound(gaps, range.first); i < gaps.length; i++) {
		const gap = gaps[i] ?? 0;
		if (gap > range.last) break;
		built.push(gap);
	}
	for (const gap of extra) {
		const at = lowerBound(built, gap);
		if (built[at] !== gap && gaps[lowerBound(gaps, gap)] === gap) built.splice(at, 0, gap);
	}
	return built;
}
