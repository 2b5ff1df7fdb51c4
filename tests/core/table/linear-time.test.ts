import { describe, expect, it } from 'vitest';
import { refreshText, takenTableIds } from '../../../src/core/table/table-blocks';
import { comparisonTable, type TableNote } from '../../../src/core/table/comparison-table';
import { quotePrefix } from '../../../src/core/text/quote-prefix';
import { lowestGrowthRatio, NEAR_LINEAR } from '../../support/growth-ratio';

const noTable = (): string => '| t |';

/**
 * Each family of input that once took exponential or quadratic time, as the work on an input of size n, and
 * its n. Growth ratios (n vs 4n) come from tests/support/growth-ratio.ts: CPU time, around n, the best of
 * interleaved rounds, retried.
 */
const families: [string, (n: number) => () => unknown, number][] = [
	['a line of quote markers and spaces that is no fence', (n) => { const input = `${'>  '.repeat(n)}x`; return () => refreshText(input, noTable); }, 100_000],
	['a line of quote markers before an unfinished marker', (n) => { const input = `${'> '.repeat(n)}%% protocol-table id=a`; return () => refreshText(input, noTable); }, 100_000],
	['a line of repeated marker keywords', (n) => { const input = `%% ${'protocol-table '.repeat(n)}`; return () => refreshText(input, noTable); }, 10_000],
	['many fences with info strings, quoted fences and markers', (n) => { const input = '```\n```js\n> ```\n%% /protocol-table id=a %%\n'.repeat(n); return () => refreshText(input, noTable); }, 2_000],
	['many tables, each after an unclosed fence in a callout', (n) => { const input = '> ```\n\n%% protocol-table id=a source=links %%\n| x |\n%% /protocol-table id=a %%\n'.repeat(n); return () => refreshText(input, noTable); }, 1_000],
	['the ids of many damaged markers on one line', (n) => { const input = `${'protocol-table id=x '.repeat(n)}`; return () => takenTableIds(input); }, 50_000],
	['a callout prefix of many markers', (n) => { const input = `${'> \t'.repeat(n)}x`; return () => quotePrefix(input); }, 300_000],
	['a cell of many unclosed links and comment openers', (n) => { const input = [{ name: 'A', frontmatter: { v: '[[a%%<'.repeat(n) } }]; return () => comparisonTable(input); }, 1_000],
	['a cell of many link openers that never close', (n) => { const input = [{ name: 'A', frontmatter: { v: '[x]('.repeat(n) } }]; return () => comparisonTable(input); }, 1_000],
	['a table of many notes', (n) => { const input = Array.from({ length: n }, (_, i): TableNote => ({ name: `n${i}`, frontmatter: { k: `v ${i} | ✍🏽 %%` } })); return () => comparisonTable(input, { orientation: 'rows' }); }, 1_000],
];

describe('table code runs in linear time', () => {
	it.each(families)('%s: 4n takes at most about 4× as long as n', (_, prepare, n) => {
		expect(lowestGrowthRatio(prepare, (work) => work(), n, 5)).toBeLessThanOrEqual(NEAR_LINEAR);
	});
});
