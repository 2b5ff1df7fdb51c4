import { Resvg } from '@resvg/resvg-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../../browser/harness';
import { goToPosition, mountBlocks, resetPage } from '../../browser/queries';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';
import { exportTexts, showSvg } from './page-export';

// Stateful login: path positions 0 Login Request … 3 Login Response, 4 GET /profile, 5 Profile; export image K is path position K − 1.
const LOGIN = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';

/** The player's colours, from styles.css: the accent (#7c5cdb) marks the current step, the failure colour (#d93f3f) a failed one. */
const ACCENT = [124, 92, 219] as const;
const FAILED = [217, 63, 63] as const;
/** Mermaid's default theme fills participant boxes with #ECECFF. */
const ACTOR_FILL = [236, 236, 255] as const;
/** resvg draws at twice the size, so that a 1.5 px line is solid somewhere. */
const ZOOM = 2;

/** An image drawn by resvg: RGBA pixels. */
interface Raster {
	width: number;
	height: number;
	pixels: Buffer;
}

function rasterise(svg: string): Raster {
	const rendered = new Resvg(svg, { fitTo: { mode: 'zoom', value: ZOOM }, font: { loadSystemFonts: true } }).render();
	return { width: rendered.width, height: rendered.height, pixels: rendered.pixels };
}

/** The pixel closest in colour to `rgb` within `radius` image pixels of (x, y) in SVG units, and how far off it is (largest channel difference). */
function closest(raster: Raster, x: number, y: number, rgb: readonly number[], radius = 6): number {
	let best = 255;
	const cx = Math.round(x * ZOOM);
	const cy = Math.round(y * ZOOM);
	for (let dy = -radius; dy <= radius; dy++) {
		for (let dx = -radius; dx <= radius; dx++) {
			const px = cx + dx;
			const py = cy + dy;
			if (px < 0 || py < 0 || px >= raster.width || py >= raster.height) continue;
			const at = (py * raster.width + px) * 4;
			const off = Math.max(...[0, 1, 2].map((c) => Math.abs((raster.pixels[at + c] ?? 0) - (rgb[c] ?? 0))));
			best = Math.min(best, off);
		}
	}
	return best;
}

/** Where a step's line (or the first participant box) lies in the shown image, in its SVG units. */
function midpoint(page: Page, selector: string): Promise<{ x: number; y: number; left: number; top: number; width: number; height: number }> {
	return page.evaluate((selector) => {
		const root = document.querySelector('#shown > svg')?.getBoundingClientRect();
		const box = document.querySelector(`#shown ${selector}`)?.getBoundingClientRect();
		if (root === undefined || box === undefined) throw new Error(`nothing at ${selector}`);
		return { x: box.left - root.left + box.width / 2, y: box.top - root.top + box.height / 2, left: box.left - root.left, top: box.top - root.top, width: box.width, height: box.height };
	}, selector);
}

const versions = Object.keys(MERMAID_VERSIONS) as MermaidVersion[];
let harness: Harness;

beforeAll(async () => {
	harness = await openHarness();
});
afterAll(async () => {
	await harness.close();
});

describe.each(versions)('exported SVGs in another renderer (resvg), Mermaid %s', (version) => {
	let page: Page;

	beforeAll(async () => {
		({ page } = await openPage(harness, `/portable-${version}.html`, { mermaid: version }));
	});
	afterAll(async () => {
		await page.close();
	});
	beforeEach(async () => {
		await resetPage(page);
	});

	it('carries nothing other renderers miss: no filter, no rgba(), no auto-start-reverse, looks that need no !important', async () => {
		await mountBlocks(page, [LOGIN]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		const [animated] = await exportTexts(page, 0, { format: 'animated-svg' });
		for (const svg of [...svgs, animated ?? '']) {
			expect(svg.match(/<filter|feDropShadow|\sfilter=|filter:|rgba\(|hsla?\(|color\(srgb|auto-start-reverse/i)?.[0]).toBeUndefined();
			// The export's own rules, in the last style sheet, hold without !important (Mermaid's own sheet may use it for rules a sequence diagram never meets).
			const own = svg.slice(svg.lastIndexOf('<style>'));
			expect(own.match(/!important/)?.[0]).toBeUndefined();
		}
	});

	it('draws the current step in the accent colour and a failed step in red, as Chromium does', async () => {
		await mountBlocks(page, [LOGIN]);
		await goToPosition(page, 0, 3);
		await page.locator('.test-block [data-action="restart"][data-participant="Server"]').click();
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		// Image 4: Login Response (step 3) is the current step.
		expect(await showSvg(page, svgs[4] ?? '')).toBe(true);
		const current = await midpoint(page, 'line[data-step-index="3"]');
		expect(closest(rasterise(svgs[4] ?? ''), current.x, current.y, ACCENT)).toBeLessThanOrEqual(12);
		// Image 5: GET /profile (step 4) fails, the server having restarted.
		expect(await showSvg(page, svgs[5] ?? '')).toBe(true);
		const failed = await midpoint(page, 'line[data-step-index="4"]');
		const raster = rasterise(svgs[5] ?? '');
		expect(closest(raster, failed.x, failed.y, FAILED)).toBeLessThanOrEqual(12);
		// And not black: the colour is not Mermaid's own #333 line.
		expect(closest(raster, failed.x, failed.y, [51, 51, 51], 1)).toBeGreaterThan(60);
	});

	it('draws the participant boxes', async () => {
		await mountBlocks(page, [LOGIN]);
		const [start] = await exportTexts(page, 0, { format: 'svg' });
		expect(await showSvg(page, start ?? '')).toBe(true);
		const box = await midpoint(page, 'rect.actor');
		// Just inside the box's left edge, clear of its name.
		expect(closest(rasterise(start ?? ''), box.left + 6, box.top + box.height / 2, ACTOR_FILL, 2)).toBeLessThanOrEqual(4);
	});

	it('draws the animated SVG as its Start frame where CSS animations do not run', async () => {
		await mountBlocks(page, [LOGIN]);
		const [animated] = await exportTexts(page, 0, { format: 'animated-svg', intervalMs: 1000 });
		const text = animated ?? '';
		// The same file with every frame but Start's taken out: what a reader without animations must see.
		const doc = new DOMParserLike(text);
		const startOnly = doc.withoutFramesAfterStart();
		expect(startOnly).not.toBe(text);
		const all = rasterise(text);
		const alone = rasterise(startOnly);
		expect(all.pixels.equals(alone.pixels)).toBe(true);
		// And the Start frame is there: its caption says "0 / 6 · Start".
		expect(await showSvg(page, text)).toBe(true);
		await expect(page.locator('#shown [data-export-position="0"] [data-role="caption"]').textContent()).resolves.toBe('0 / 6 · Start');
		const caption = await midpoint(page, '[data-export-position="0"] [data-role="caption"]');
		let dark = 0;
		for (let dx = 0; dx < caption.width; dx += 2) if (closest(all, caption.left + dx, caption.y, [0, 0, 0], 1) < 80) dark++;
		expect(dark).toBeGreaterThan(5);
	});
});

/** Cuts the frames after Start (`<g … class="… pn-frame" data-export-position="K">…</g>`, K > 0) out of an animated SVG's text. */
class DOMParserLike {
	constructor(private readonly text: string) {}

	withoutFramesAfterStart(): string {
		let out = this.text;
		for (let k = 1; ; k++) {
			const marker = `data-export-position="${k}"`;
			let at = out.indexOf(marker);
			if (at < 0) return out;
			while (at >= 0) {
				const start = out.lastIndexOf('<g', at);
				const end = closingOf(out, start);
				out = out.slice(0, start) + out.slice(end);
				at = out.indexOf(marker);
			}
		}
	}
}

/** The index just after the `</g>` that closes the `<g` at `start`. */
function closingOf(text: string, start: number): number {
	let depth = 0;
	let i = start;
	while (i < text.length) {
		const open = text.indexOf('<g', i);
		const close = text.indexOf('</g>', i);
		const selfClosing = text.indexOf('/>', i);
		if (close < 0) return text.length;
		if (open >= 0 && open < close && /[\s>]/.test(text[open + 2] ?? '')) {
			const tagEnd = text.indexOf('>', open);
			depth += selfClosing === tagEnd - 1 ? 0 : 1;
			i = tagEnd + 1;
			continue;
		}
		depth--;
		i = close + 4;
		if (depth === 0) return i;
	}
	return text.length;
}
