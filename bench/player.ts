import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../scripts/find-chromium.mjs';
import type { ProtocolBench, StepTimes } from './browser/measure';
import { faultMapPaintRows } from './fault-map-paint';
import type { BenchRow } from './types';

/**
 * The same Chromium flags as the browser tests (headless, no network chatter), and V8's `gc()` exposed so
 * that each measured draw starts with the previous one's garbage collected (bench/browser/measure.ts).
 */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'];

/**
 * Side-by-side pairs per diagram for the first-draw comparison (after one warm-up pair): single draws
 * swing by ±30 % on this small shared machine, so many pairs (about 6 s and 30 s of drawing).
 */
const DRAW_PAIRS = { short: 61, long: 31 } as const;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

function percentile(values: readonly number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Bundles one entry in memory with the given esbuild options and returns the code. */
async function bundle(entry: string, options: esbuild.BuildOptions): Promise<{ code: string; metafile: esbuild.Metafile }> {
	const result = await esbuild.build({ ...options, entryPoints: [entry], bundle: true, write: false, metafile: true, logLevel: 'silent', legalComments: 'none' });
	const file = result.outputFiles[0];
	if (file === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
	return { code: file.text, metafile: result.metafile };
}

/** A linear diagram of `count` messages among four participants, with state and needs every few steps. */
export function longDiagram(count: number): string {
	const lines = ['%% @title Bench: long flow', 'sequenceDiagram', '    participant C as Client', '    participant G as Gateway', '    participant S as Server', '    participant D as Database'];
	const hops: [string, string, string][] = [['C', 'G', '->>'], ['G', 'S', '->>'], ['S', 'D', '->>'], ['D', 'S', '-->>'], ['S', 'G', '-->>'], ['G', 'C', '-->>']];
	for (let i = 0; i < count; i++) {
		const [from, to, arrow] = hops[i % hops.length] ?? ['C', 'G', '->>'];
		lines.push(`    ${from}${arrow}${to}: message ${i + 1}`);
		if (i % 10 === 2) lines.push(`    %% @state S += item${i} = ${i}`);
		if (i % 10 === 7) lines.push(`    %% @needs S: item${i - 5}`);
	}
	return lines.join('\n');
}

/** The first `protocol` block of an example note. */
function firstProtocolBlock(notePath: string): string {
	const match = /^```protocol[^\n]*\n([\s\S]*?)^```\s*$/m.exec(readFileSync(notePath, 'utf8'));
	if (match?.[1] === undefined) throw new Error(`no protocol block in ${notePath}`);
	return match[1];
}

async function preparePage(page: Page, root: string): Promise<void> {
	const standalone = await bundle(join(root, 'src/standalone/index.ts'), { format: 'iife', platform: 'browser', target: 'es2021', minify: true });
	const measure = await bundle(join(root, 'bench/browser/measure.ts'), { format: 'iife', platform: 'browser', target: 'es2021' });
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
	// The plugin's stylesheet, as in Obsidian and on the demo page: its rules' style and paint work count too.
	await page.addStyleTag({ content: readFileSync(join(root, 'styles.css'), 'utf8') });
	await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
	await page.addScriptTag({ content: standalone.code });
	await page.addScriptTag({ content: measure.code });
}

function call(page: Page, fn: 'drawPlayer' | 'drawMermaid', source: string): Promise<number> {
	return page.evaluate(
		([name, text]) => (window as unknown as { protocolBench: ProtocolBench }).protocolBench[name](text),
		[fn, source] as const,
	);
}

/** "min–median–max" of a few figures, as whole milliseconds (or one decimal under 100 ms). */
function spread(values: readonly number[]): string {
	const sorted = [...values].sort((a, b) => a - b);
	const ms = (value: number | undefined): string => (value === undefined ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
	return `${ms(sorted[0])}/${ms(median(sorted))}/${ms(sorted[sorted.length - 1])}`;
}

/**
 * First draw of a block against Mermaid's own render. "First draw" is what a reader waits for: from the
 * start of the work until the first frame showing the finished drawing has been styled, laid out and
 * painted — the same end point on both sides (see `drawPlayer`/`drawMermaid` in bench/browser/measure.ts),
 * so layout that either side causes counts wherever it happens.
 *
 * The draws strictly alternate, ours then Mermaid's, after one warm-up pair: every draw follows one of
 * the other side's, so neither side gets the head start of running the same code twice in a row (which
 * alternating the order within pairs would give each side every other pair). The machine is shared and
 * its speed drifts by ±30 % over seconds, so two verdicts are printed: the medians, and the median of
 * the per-pair ratios (a pair runs back to back, under the same load), which the drift does not move.
 */
async function firstDraw(page: Page, label: string, source: string, pairs: number): Promise<BenchRow[]> {
	const ours: number[] = [];
	const theirs: number[] = [];
	const ratios: number[] = [];
	for (let i = -1; i < pairs; i++) {
		const player = await call(page, 'drawPlayer', source);
		const mermaid = await call(page, 'drawMermaid', source);
		if (i < 0) continue;
		ours.push(player);
		theirs.push(mermaid);
		ratios.push(player / mermaid);
	}
	const measured = median(ours);
	const mermaid = median(theirs);
	const ratio = median(ratios);
	return [
		{
			what: `first draw: ${label}, median of ${pairs} (min/med/max: ours ${spread(ours)}, Mermaid ${spread(theirs)})`,
			measured, unit: 'ms', target: 'within 10 % of Mermaid', mermaid, met: measured <= mermaid * 1.1,
		},
		{ what: `first draw: ${label}, ours ÷ Mermaid in each pair (median)`, measured: ratio, unit: '×', target: '≤ 1.10×', met: ratio <= 1.1 },
	];
}

function stepRows(times: StepTimes, messages: number): BenchRow[] {
	const samples = times.clicks;
	if (samples.length === 0) throw new Error('the long diagram gave no steps to measure');
	const script = samples.map((s) => s.script);
	const layout = samples.map((s) => s.layout);
	const painted = samples.filter((s) => s.paintedNextFrame).length;
	return [
		{ what: `one step, ${messages} messages: script (median)`, measured: median(script), unit: 'ms', target: '< 1 ms', met: median(script) < 1 },
		{ what: `one step, ${messages} messages: script (p95)`, measured: percentile(script, 95), unit: 'ms', target: '< 1 ms', met: percentile(script, 95) < 1 },
		{ what: `one step, ${messages} messages: goTo() (median)`, measured: median(times.goTo), unit: 'ms', target: '< 1 ms', met: median(times.goTo) < 1 },
		{
			what: `one step: style+layout, ${painted}/${samples.length} shown next frame`,
			measured: percentile(layout, 95),
			unit: 'ms',
			target: 'painted next frame (p95 < 16.7 ms)',
			met: painted === samples.length && percentile(layout, 95) < 1000 / 60,
		},
	];
}

/**
 * `main.js` as `npm run build` makes it (the same esbuild options: minified, Mermaid and Obsidian external),
 * and whether Mermaid stayed out of it. Built in memory from the current source, so a stale file never counts.
 */
export async function runMainSize(root = process.cwd()): Promise<BenchRow[]> {
	const { builtinModules } = await import('node:module');
	const plugin = await bundle(join(root, 'src/main.ts'), {
		format: 'cjs',
		target: 'es2021',
		minify: true,
		treeShaking: true,
		external: ['obsidian', 'electron', 'mermaid', '@codemirror/*', '@lezer/*', ...builtinModules],
	});
	const kb = Buffer.byteLength(plugin.code) / 1024;
	const mermaidInside = Object.keys(plugin.metafile.inputs).some((input) => input.includes('node_modules/mermaid'));
	return [{ what: `main.js size${mermaidInside ? ' (Mermaid bundled!)' : ', no Mermaid inside'}`, measured: kb, unit: 'KB', target: '< 150 KB', met: kb < 150 && !mermaidInside }];
}

/**
 * Player benches in one Chromium, on a page with the plugin's stylesheet: first draw vs Mermaid's own render
 * (two rows per diagram, see `firstDraw`), one step on a 200-message diagram, and opening the fault map of a
 * 500-message chain among 50 participants (bench/fault-map-paint.ts).
 */
export async function run(root = process.cwd()): Promise<BenchRow[]> {
	const rows: BenchRow[] = [];
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await preparePage(page, root);
		const login = firstProtocolBlock(join(root, 'example-vault/Stateful login.md'));
		rows.push(...(await firstDraw(page, 'Stateful login block', login, DRAW_PAIRS.short)));
		const long = longDiagram(200);
		rows.push(...(await firstDraw(page, '200-message diagram', long, DRAW_PAIRS.long)));
		const times = await page.evaluate((text) => (window as unknown as { protocolBench: ProtocolBench }).protocolBench.steps(text), long);
		rows.push(...stepRows(times, 200));
		rows.push(...(await faultMapPaintRows(page)));
	} finally {
		await browser.close();
	}
	return rows;
}
