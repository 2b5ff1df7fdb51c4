import { describe, expect, it } from 'vitest';
import { growthSizes, lowestGrowthRatio, NEAR_LINEAR } from './growth-ratio';

// The measure every linear-time test relies on (ADR 0021), checked both ways: linear work passes where its
// inputs cross a memory line (the kind that made such tests fail on a busy machine), quadratic work never does.

/** A note of n lines joined by `<br>`, as the caption and parser tests make them. */
const noteOf = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i}`).join('<br>');

describe('growth ratios (n vs 4n)', () => {
	it('are measured around n: n/4, n and 4n', () => {
		expect(growthSizes(5_000)).toEqual([1_250, 5_000, 20_000]);
		expect(growthSizes(2)).toEqual([1, 2, 8]);
	});

	it('find linear work near linear when the larger input outgrows V8\'s 128 KB objects', () => {
		// At n = 5,000 the text is 59 KB and at 4n 240 KB, with an array of 20,000 lines: V8 keeps both apart.
		expect(noteOf(5_000).length).toBeLessThan(128 * 1024);
		expect(noteOf(20_000).length).toBeGreaterThan(128 * 1024);
		const split = (text: string): number => text.split('<br>').map((line) => line.trim()).join(', ').length;
		expect(lowestGrowthRatio(noteOf, split, 5_000, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});

	it('find a pattern that backtracks over blanks (quadratic) far from linear', () => {
		// /\s+$/ tries every blank as a start and runs to the x each time: n²/2 steps.
		const blanks = (n: number): string => `${' '.repeat(n)}x`;
		expect(lowestGrowthRatio(blanks, (text) => text.search(/\s+$/), 2_000, 5)).toBeGreaterThanOrEqual(10);
	});

	it('find work that rescans what it has built so far (quadratic) far from linear', () => {
		// Each line looks back over the whole text joined so far, as a caption once did with a pattern.
		const lines = (n: number): string[] => noteOf(n).split('<br>');
		const rescan = (parts: string[]): number => {
			let text = '';
			for (const part of parts) text += `${/[.!?]\s*$/.test(text) ? ' ' : ', '}${part}`;
			return text.length;
		};
		expect(lowestGrowthRatio(lines, rescan, 1_000, 5)).toBeGreaterThanOrEqual(10);
	});
});
