import { describe, expect, it } from 'vitest';
import { gapsToBuild, nearestGap, stepAlong, visibleColumns } from '../../src/player/fault-map-window';

// A grid whose names' column and gap end at 100 px, its gap columns 20 px apart (18 px wide, 2 px between).
const LAYOUT = { leading: 100, pitch: 20, count: 501 };

describe('the windowed fault map: which columns are in view', () => {
	it('builds the columns a view at the grid\'s start shows, and the overscan after them', () => {
		// 300 px wide from 0: the names end at 100, then columns 0..9 (100..300); column 9 ends at 300, the view's edge.
		expect(visibleColumns(LAYOUT, 0, 300, 0)).toEqual({ first: 0, last: 9 });
		// Four more on the right; none before column 0.
		expect(visibleColumns(LAYOUT, 0, 300, 4)).toEqual({ first: 0, last: 13 });
	});

	it('counts a column shown only in part', () => {
		// From 215 to 515: column 5 covers 200..220 (its right part shows), column 20 covers 500..520 (its left part).
		expect(visibleColumns(LAYOUT, 215, 300, 0)).toEqual({ first: 5, last: 20 });
		// Overscan 3 on each side.
		expect(visibleColumns(LAYOUT, 215, 300, 3)).toEqual({ first: 2, last: 23 });
	});

	it('stops at the last column when scrolled to the end', () => {
		// The grid is 100 + 501 × 20 = 10,120 px wide; a 300 px view at its end starts at 9,820: columns 486..500.
		expect(visibleColumns(LAYOUT, 9820, 300, 0)).toEqual({ first: 486, last: 500 });
		expect(visibleColumns(LAYOUT, 9820, 300, 16)).toEqual({ first: 470, last: 500 });
	});

	it('says nothing of a grid that is not laid out (hidden, or a narrow player showing the list)', () => {
		expect(visibleColumns({ leading: 0, pitch: 0, count: 501 }, 0, 0)).toBeUndefined();
		expect(visibleColumns(LAYOUT, 0, 0)).toBeUndefined();
		expect(visibleColumns({ ...LAYOUT, pitch: Number.NaN }, 0, 300)).toBeUndefined();
	});
});

describe('the windowed fault map: where the keyboard goes', () => {
	// The lost-message row: no cell where a note or a message to oneself stands (gaps 2, 3 and 6).
	const drops = [0, 1, 4, 5, 7];

	it('moves left and right among the row\'s cells, and to its ends on Home and End', () => {
		expect(stepAlong(drops, 1, 'ArrowRight')).toBe(4);
		expect(stepAlong(drops, 4, 'ArrowLeft')).toBe(1);
		expect(stepAlong(drops, 0, 'ArrowLeft')).toBeUndefined();
		expect(stepAlong(drops, 7, 'ArrowRight')).toBeUndefined();
		expect(stepAlong(drops, 4, 'Home')).toBe(0);
		expect(stepAlong(drops, 4, 'End')).toBe(7);
	});

	it('goes up or down to the nearest cell of the other row, the earlier of two as near', () => {
		expect(nearestGap(drops, 6)).toBe(5);
		expect(nearestGap(drops, 3)).toBe(4);
		// From 2: 1 is one away, 4 two away.
		expect(nearestGap(drops, 2)).toBe(1);
		// From 2 between 1 and 3, both one away: the earlier.
		expect(nearestGap([1, 3], 2)).toBe(1);
		expect(nearestGap(drops, 9)).toBe(7);
		expect(nearestGap([], 3)).toBeUndefined();
	});

	it('builds the row\'s cells in the window, and the tab stop and focused cell wherever they are, in order', () => {
		expect(gapsToBuild(drops, { first: 1, last: 5 }, [])).toEqual([1, 4, 5]);
		// The tab stop at 7 and a focused cell at 0, outside the window; 4 is in it already; 6 has no cell.
		expect(gapsToBuild(drops, { first: 1, last: 5 }, [7, 0, 4, 6])).toEqual([0, 1, 4, 5, 7]);
	});
});
