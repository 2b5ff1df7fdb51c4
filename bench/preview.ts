import esbuild from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { requireChromium } from '../scripts/find-chromium.mjs';
import { longDiagram } from './player';
import type { BenchRow } from './types';

/** The same Chromium flags as the player bench (gc exposed, so each draw starts with the last one's garbage gone). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'];

/** Pairs measured after one warm-up pair: a first draw, then the redraw after one keystroke. */
const PAIRS = 21;
const MESSAGES = 200;

/** What the bench calls in the page. */
interface PreviewBench {
	/** ms until the first painted frame showing the player of `source`, drawn into an empty preview. */
	first(source: string): Promise<number>;
	/**
	 * As the protocol preview redraws after a keystroke: the player of `before` is shown (stepped to `step`, a restart
	 * injected); the timing runs from the start of the new mount of `after` (with the old one's step and choices)
	 * until the frame showing it, the old one removed and unmounted, is painted.
	 */
	redraw(before: string, after: string, step: number): Promise<number>;
}

/** Runs in the page, which holds Mermaid and the standalone player. */
function installBench(): void {
	type Handle = { position(): number; goTo(p: number): void; choices?(): unknown; setFaults?(f: unknown[]): void };
	type Win = Window & { gc?: () => void; mermaid: unknown; ProtocolPlayer: { mountPlayer(c: HTMLElement, o: object): Promise<Handle> } };
	const win = window as unknown as Win;
	let counter = 0;
	const frame = (): Promise<void> => new Promise((resolve) => {
		window.requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				resolve();
			};
			channel.port2.postMessage(undefined);
		});
	});
	const mount = async (host: HTMLElement, source: string, extra: object, cleanups: (() => void)[]): Promise<Handle> => {
		counter += 1;
		return win.ProtocolPlayer.mountPlayer(host, { mermaid: win.mermaid, source, idPrefix: `bench-${counter}`, language: 'en', dark: false, register: (c: () => void) => cleanups.push(c), ...extra });
	};
	// A plain page, not Obsidian: no createDiv; an XHTML element is what createElement makes (src/player/dom.ts).
	const div = (): HTMLElement => document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
	const pane = (): HTMLElement => {
		const el = div();
		el.className = 'bench-preview';
		document.body.append(el);
		return el;
	};
	const bench: PreviewBench = {
		async first(source) {
			document.body.textContent = '';
			const host = pane();
			void document.body.getBoundingClientRect();
			await frame();
			win.gc?.();
			const start = performance.now();
			const cleanups: (() => void)[] = [];
			await mount(host, source, {}, cleanups);
			await frame();
			const time = performance.now() - start;
			for (const c of cleanups) c();
			host.remove();
			return time;
		},
		async redraw(before, after, step) {
			document.body.textContent = '';
			const preview = pane();
			const old = div();
			preview.append(old);
			const oldCleanups: (() => void)[] = [];
			const shown = await mount(old, before, {}, oldCleanups);
			shown.goTo(step);
			shown.setFaults?.([{ kind: 'restart', participant: 'S', after: 1 }]);
			void document.body.getBoundingClientRect();
			await frame();
			win.gc?.();
			const start = performance.now();
			const next = div();
			preview.append(next);
			const cleanups: (() => void)[] = [];
			await mount(next, after, { initialStep: shown.position(), initialChoices: shown.choices?.() }, cleanups);
			for (const c of oldCleanups) c();
			old.remove();
			await frame();
			const time = performance.now() - start;
			for (const c of cleanups) c();
			preview.remove();
			return time;
		},
	};
	Object.assign(window, { previewBench: bench });
}

function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

async function preparePage(page: Page, root: string): Promise<void> {
	const result = await esbuild.build({ entryPoints: [join(root, 'src/standalone/index.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2021', minify: true, logLevel: 'silent' });
	const standalone = result.outputFiles[0]?.text;
	if (standalone === undefined) throw new Error('esbuild wrote no standalone player');
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
	await page.addStyleTag({ content: readFileSync(join(root, 'styles.css'), 'utf8') });
	await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
	await page.addScriptTag({ content: standalone });
	// The preview is a sidebar's width.
	await page.addStyleTag({ content: '.bench-preview { width: 320px; }' });
	await page.evaluate(installBench);
}

/**
 * The protocol preview's redraw after one keystroke in a 200-message block (issue 22), against a first draw of the
 * same block. The redraw is what the preview does: a full new drawing (Mermaid lays the diagram out again), opened
 * at the old one's step with its injected restart, then the old one removed. Back-to-back pairs; the row is the
 * median of the per-pair ratios, which the shared machine's drift does not move.
 */
export async function run(root = process.cwd()): Promise<BenchRow[]> {
	const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await preparePage(page, root);
		const before = longDiagram(MESSAGES);
		// One keystroke: a letter added to a message's label in the middle of the block.
		const after = before.replace('message 100', 'message 100x');
		const first = (source: string): Promise<number> => page.evaluate((s) => (window as unknown as { previewBench: PreviewBench }).previewBench.first(s), source);
		const redraw = (from: string, to: string, step: number): Promise<number> =>
			page.evaluate(([f, t, n]) => (window as unknown as { previewBench: PreviewBench }).previewBench.redraw(f, t, n), [from, to, step] as const);
		const firsts: number[] = [];
		const redraws: number[] = [];
		const ratios: number[] = [];
		for (let i = -1; i < PAIRS; i++) {
			const drawn = await first(before);
			const redrawn = await redraw(before, after, 50);
			if (i < 0) continue;
			firsts.push(drawn);
			redraws.push(redrawn);
			ratios.push(redrawn / drawn);
		}
		const ratio = median(ratios);
		return [
			{ what: `preview: first draw, ${MESSAGES} messages (median of ${PAIRS})`, measured: median(firsts), unit: 'ms', target: '—', met: true },
			{ what: `preview: redraw after one keystroke, ${MESSAGES} messages (median)`, measured: median(redraws), unit: 'ms', target: '—', met: true },
			{ what: 'preview: redraw ÷ first draw in each pair (median)', measured: ratio, unit: '×', target: '≤ 1.20×', met: ratio <= 1.2 },
		];
	} finally {
		await browser.close();
	}
}
