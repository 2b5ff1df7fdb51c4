import { run as runExport } from './export';
import { run as runCompare } from './compare';
import { run as runCapture } from './capture';
import { run as runFaults } from './faults';
import { run as runLongNote } from './long-note';
import { run as runParse } from './parse';
import { runMainSize, run as runPlayer } from './player';
import { run as runPlugin } from './plugin';
import { run as runPreview } from './preview';
import { run as runSimulate } from './simulate';
import { run as runStartup } from './startup';
import { run as runComputedRows } from './computed-rows';
import { run as runTable } from './table';
import type { BenchRow } from './types';

/** One group of benches: a name for errors and the function that measures it. */
interface Suite {
	name: string;
	run: () => Promise<BenchRow[]>;
}

const SUITES: Suite[] = [
	{ name: 'plugin', run: runPlugin },
	{ name: 'parse', run: runParse },
	{ name: 'simulate', run: runSimulate },
	{ name: 'faults', run: runFaults },
	{ name: 'table', run: runTable },
	{ name: 'player', run: runPlayer },
	{ name: 'export', run: runExport },
	{ name: 'compare', run: runCompare },
	{ name: 'long note', run: runLongNote },
	{ name: 'capture', run: runCapture },
	{ name: 'preview', run: runPreview },
	{ name: 'main.js size', run: runMainSize },
	{ name: 'start-up', run: runStartup },
	{ name: 'computed rows', run: runComputedRows },
];

/** A figure with as many decimals as it needs to be read: 0.042 ms, 3.41 ms, 118 KB. */
export function formatFigure(value: number, unit: BenchRow['unit']): string {
	if (!Number.isFinite(value)) return '—';
	const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
	return unit === '×' ? `${value.toFixed(digits)}×` : `${value.toFixed(digits)} ${unit}`;
}

/** The rows as one aligned text table: what, measured, target, Mermaid in the same run, met. */
export function formatTable(rows: readonly BenchRow[]): string {
	const header = ['what', 'measured', 'target', 'Mermaid', 'met'];
	const cells = rows.map((r) => [r.what, formatFigure(r.measured, r.unit), r.target, r.mermaid === undefined ? '' : formatFigure(r.mermaid, r.unit), r.met ? '✓' : '✗']);
	const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
	const line = (c: readonly string[]): string => c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' │ ').trimEnd();
	const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
	return [line(header), rule, ...cells.map(line)].join('\n');
}

/** Runs every suite in turn (one at a time: the machine is small), prints the table, returns the exit code. */
export async function runBench(write: (text: string) => void = (t) => process.stdout.write(t)): Promise<number> {
	const rows: BenchRow[] = [];
	const failures: string[] = [];
	for (const suite of SUITES) {
		write(`running ${suite.name} …\n`);
		try {
			rows.push(...(await suite.run()));
		} catch (error) {
			// A suite that cannot run is reported, never replaced by a made-up figure.
			failures.push(`${suite.name}: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
	write(`\n${formatTable(rows)}\n`);
	if (failures.length > 0) write(`\nCould not measure:\n${failures.map((f) => `  ${f}`).join('\n')}\n`);
	const missed = rows.filter((r) => !r.met).length;
	write(`\n${rows.length - missed} of ${rows.length} targets met${failures.length > 0 ? `, ${failures.length} suite(s) failed` : ''}.\n`);
	return failures.length > 0 ? 1 : 0;
}
