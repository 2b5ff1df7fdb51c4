import { describe, expect, it } from 'vitest';
import { refreshText, takenTableIds } from '../../../src/core/table/table-blocks';
import { comparisonTable, type TableNote } from '../../../src/core/table/comparison-table';
import { quotePrefix } from '../../../src/core/text/quote-prefix';
import { NEAR_LINEAR } from '../../support/growth-ratio';

/**
 * Milliseconds of CPU `work` takes once. CPU time, not wall time: on a machine shared by many, a long run
 * waits for the processor more often than a short one, which would look like growth that is not there.
 */
function time(work: () => unknown): number {
	const start = process.cpuUsage();
	work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

/**
 * How much longer the work made by `prepare(4n)` takes than that made by `prepare(n)`, both timed in this
 * run: about 4 when linear. Inputs are built before the clock starts; the two sizes are timed in turns and
 * the fastest of each kept, so a busy machine slows both alike instead of one.
 */
function growth(prepare: (n: number) => () => unknown, start: number, rounds = 9): number {
	// Large enough that the small size takes a millisecond of CPU (shorter timings are mostly the clock's noise),
	// small enough that 4n still fits the processor's caches: a note far larger than any real one would
	// measure the memory, not the code.
	let n = start;
	let small = prepare(n);
	small(); // warm-up, so the first timing does not pay for compiling
	for (let doubled = 0; doubled < 4 && time(small) < 1; doubled++) {
		n *= 2;
		small = prepare(n);
	}
	const large = prepare(4 * n);
	let fastSmall = Number.POSITIVE_INFINITY;
	let fastLarge = Number.POSITIVE_INFINITY;
	for (let i = 0; i < rounds; i++) {
		fastSmall = Math.min(fastSmall, time(small));
		fastLarge = Math.min(fastLarge, time(large));
	}
	return fastLarge / Math.max(fastSmall, 0.05);
}

const noTable = (): string => '| t |';

/** Each family of input that once took exponential or quadratic time, at n and 4n. */
const families: [string, (n: number) => () => unknown, number][] = [
	['a line of quote markers and spaces that is no fence', (n) => { const input = `${'>  '.repeat(n)}x`; return () => refreshText(input, noTable); }, 100_000],
	['a line of quote markers before an unfinished marker', (n) => { const input = `${'> '.repeat(n)}%% protocol-table id=a`; return () => refreshText(input, noTable); }, 100_000],
	['a line of repeated marker keywords', (n) => { const input = `%% ${'protocol-table '.repeat(n)}`; return () => refreshText(input, noTable); }, 10_000],
	['many fences with info strings, quoted fences and markers', (n) => { const input = '```\n```js\n> ```\n%% /protocol-table id=a %%\n'.repeat(n); return () => refreshText(input, noTable); }, 2_000],
	['many tables, each after an unclosed fence in a callout', (n) => { const input = '> ```\n\n%% protocol-table id=a source=links %%\n| x |\n%% /protocol-table id=a %%\n'.repeat(n); return () => refreshText(input, noTable); }, 1_000],
	['the ids of many damaged markers on one line', (n) => { const input = `${'protocol-table id=x '.repeat(n)}`; return () => takenTableIds(input); }, 50_000],
	['a callout prefix of many markers', (n) => { const input = `${'> \t'.repeat(n)}x`; return () => quotePrefix(input); }, 300_000],
	['a cell of many unclosed links and comment openers', (n) => { const input = [{ name: 'A', frontmatter: { v: '[[a%%<'.repeat(n) } }]; return () => comparisonTable(input); }, 10_000],
	['a cell of many link openers that never close', (n) => { const input = [{ name: 'A', frontmatter: { v: '[x]('.repeat(n) } }]; return () => comparisonTable(input); }, 10_000],
	['a table of many notes', (n) => { const input = Array.from({ length: n }, (_, i): TableNote => ({ name: `n${i}`, frontmatter: { k: `v ${i} | ✍🏽 %%` } })); return () => comparisonTable(input, { orientation: 'rows' }); }, 1_000],
];

describe('table code runs in linear time', () => {
	it.each(families)('%s: 4n takes at most about 4× as long as n', (_, run, n) => {
		// The best of a few measurements: a garbage collection or another process can spoil one, never all.
		let ratio = growth(run, n);
		for (let attempt = 1; attempt < 8 && ratio >= 5; attempt++) ratio = Math.min(ratio, growth(run, n));
		expect(ratio).toBeLessThanOrEqual(NEAR_LINEAR);
	});
});
