import { describe, expect, it } from 'vitest';
import { comparisonTable, MAX_PAD_WIDTH, type TableNote } from '../../../src/core/table/comparison-table';
import { formatValue } from '../../../src/core/table/cells';

const SYMBOLS = { true: '✅', false: '❌' };

describe('comparisonTable on hostile values (issue 9, finding 9)', () => {
	it('writes a list that contains itself once, cut with "…" where it repeats', () => {
		const list: unknown[] = ['x'];
		list.push(list);
		expect(formatValue(list, SYMBOLS)).toBe('x, …');
		expect(comparisonTable([{ name: 'A', frontmatter: { loop: list } }], { pad: false }).split('\n')[2]).toBe('| loop | x, … |');
	});

	it('writes an object that refers to itself, and a value shared twice in full both times', () => {
		const self: Record<string, unknown> = { name: 'n' };
		self.self = self;
		expect(formatValue(self, SYMBOLS)).toBe('name: n, self: …');
		const shared = ['a'];
		expect(formatValue({ p: shared, q: shared }, SYMBOLS)).toBe('p: [a], q: [a]');
	});

	it('cuts a value nested 20,000 deep after 16 levels instead of overflowing the stack', () => {
		let deep: unknown = 'x';
		for (let i = 0; i < 20_000; i++) deep = [deep];
		// Level 0 is written without brackets, levels 1 to 15 with, level 16 is cut.
		expect(formatValue(deep, SYMBOLS)).toBe(`${'['.repeat(15)}…${']'.repeat(15)}`);
		expect(() => comparisonTable([{ name: 'A', frontmatter: { deep } }])).not.toThrow();
	});

	it('writes a list of a million items as its first thousand and "…"', () => {
		const many = Array.from({ length: 1_000_000 }, (_, i) => i);
		const text = formatValue(many, SYMBOLS);
		expect(text.split(', ')).toHaveLength(1001);
		expect(text.endsWith('999, …')).toBe(true);
	});

	it('builds a table of 200,000 notes, one row each, without a RangeError', () => {
		const notes: TableNote[] = Array.from({ length: 200_000 }, (_, i) => ({ name: `n${i}`, frontmatter: { k: i } }));
		const lines = comparisonTable(notes, { orientation: 'rows' }).split('\n');
		expect(lines).toHaveLength(200_002);
		// Widths by hand: "n199999" is 7 columns, "199999" is 6 (the header "k" pads to them).
		expect(lines[1]).toBe(`| ${'-'.repeat(7)} | ${'-'.repeat(6)} |`);
		expect(lines[200_001]).toBe('| n199999 | 199999 |');
	});

	it('does not pad every row to one 100 KB value: columns pad to at most MAX_PAD_WIDTH columns', () => {
		const huge = 'y'.repeat(100_000);
		const lines = comparisonTable([{ name: 'A', frontmatter: { big: huge, small: 's' } }]).split('\n');
		expect(MAX_PAD_WIDTH).toBe(80);
		expect(lines[1]).toBe(`| ----- | ${'-'.repeat(80)} |`);
		expect(lines[2]).toBe(`| big   | ${huge} |`);
		expect(lines[3]).toBe(`| small | s${' '.repeat(79)} |`);
		expect(lines.join('\n').length).toBeLessThan(100_500);
	});
});
