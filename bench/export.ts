import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireChromium } from '../scripts/find-chromium.mjs';
import { chromium, type Page } from 'playwright-core';
import { longDiagram } from './player';
import type { BenchRow } from './types';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Runs per figure; the median is reported (the machine is shared, single runs swing). */
const RUNS = 5;
/** Issue 12: exporting 200 steps finishes in under five seconds. */
const TARGET_MS = 5000;

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** A page with the plugin's stylesheet, Mermaid 12 and the standalone player, as a site would have. */
async function preparePage(page: Page, root: string): Promise<void> {
	const result = await esbuild.build({ entryPoints: [join(root, 'src/standalone/index.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2021', minify: true, logLevel: 'silent' });
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
	await page.addStyleTag({ content: readFileSync(join(root, 'styles.css'), 'utf8') });
	await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
	await page.addScriptTag({ content: result.outputFiles[0]?.text ?? '' });
}

interface ExportTiming {
	ms: number;
	images: number;
	kb: number;
}

/** Mounts the diagram once, then times `exportSteps` in the given format (the whole export: stepping, reading styles, drawing, serialising). */
function timeExport(page: Page, source: string, format: 'svg' | 'animated-svg'): Promise<ExportTiming> {
	return page.evaluate(async ([text, format]) => {
		const w = window as unknown as {
			mermaid: unknown;
			ProtocolPlayer: { mountPlayer(c: HTMLElement, o: object): Promise<unknown>; exportSteps(h: unknown, o: object): Promise<string[]> };
			__benchHandle?: unknown;
		};
		if (w.__benchHandle === undefined) {
			const container = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
			document.body.append(container);
			w.__benchHandle = await w.ProtocolPlayer.mountPlayer(container, { mermaid: w.mermaid, source: text, idPrefix: 'bench-export', language: 'en', dark: false, register: () => undefined });
		}
		const start = performance.now();
		const svgs = await w.ProtocolPlayer.exportSteps(w.__benchHandle, { format, intervalMs: 1000 });
		const ms = performance.now() - start;
		return { ms, images: svgs.length, kb: svgs.reduce((sum, svg) => sum + svg.length, 0) / 1024 };
	}, [source, format] as const);
}

/** Export of a 200-step diagram (issue 12): one SVG per step, and the animated SVG, each against the 5 s target. */
export async function run(root = process.cwd()): Promise<BenchRow[]> {
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await preparePage(page, root);
		const source = longDiagram(200);
		const rows: BenchRow[] = [];
		for (const format of ['svg', 'animated-svg'] as const) {
			const timings: ExportTiming[] = [];
			for (let i = 0; i < RUNS; i++) timings.push(await timeExport(page, source, format));
			const ms = median(timings.map((t) => t.ms));
			const last = timings[timings.length - 1];
			const what = format === 'svg'
				? `export 200 steps: ${last?.images ?? 0} step SVGs (${Math.round(last?.kb ?? 0)} KB), median of ${RUNS}`
				: `export 200 steps: one animated SVG (${Math.round(last?.kb ?? 0)} KB), median of ${RUNS}`;
			rows.push({ what, measured: ms, unit: 'ms', target: '< 5 s', met: ms < TARGET_MS });
		}
		return rows;
	} finally {
		await browser.close();
	}
}
