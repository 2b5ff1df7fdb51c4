import type { comparisonTable } from './comparison-table';

/**
 * The comparison-table builder, loaded on first use. Its display widths (`string-width`) build an
 * `Intl.Segmenter` and large Unicode regular expressions when their module is evaluated; the bundler keeps a
 * dynamically imported module unevaluated until this is called, so Obsidian does not pay for them at every
 * start, only when a table is first built (issue 24).
 */
export async function loadComparisonTable(): Promise<typeof comparisonTable> {
	return (await import('./comparison-table')).comparisonTable;
}
