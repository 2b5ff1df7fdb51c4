import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, openHarness, openPage, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../support/note-blocks';

// The reference note's first diagram: 0 Login Request, 1 Verify Request, 2 Store Client Information,
// 3 the note of six items, 4 Login Response. At the last step every message and the note have been played.
const SEED = codeBlocks(readExampleNote(REFERENCE_COPY), 'mermaid').map((b) => b.source);

let harness: Harness;

beforeAll(async () => {
	harness = await openHarness();
});
afterAll(async () => {
	await harness.close();
});

/** One measured pair: what, its text colour, the colour behind it, and their WCAG contrast ratio. */
interface Contrast {
	what: string;
	ratio: number;
}

/**
 * WCAG 2 contrast of the player's text against what is behind it, from computed styles: SVG text by its
 * `fill` (the message text on the player's background, the note text on its note box, composited over
 * the player's background when the box is see-through), HTML text by `color` on the nearest background.
 */
function contrasts(page: Page): Promise<Contrast[]> {
	return page.locator('.protocol-player').evaluate((root) => {
		type Rgba = [number, number, number, number];
		const parse = (colour: string): Rgba => {
			const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [];
			if (colour.startsWith('#')) {
				const hex = colour.slice(1);
				const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
				return [Number.parseInt(full.slice(0, 2), 16), Number.parseInt(full.slice(2, 4), 16), Number.parseInt(full.slice(4, 6), 16), 1];
			}
			if (colour === 'none' || colour === 'transparent') return [0, 0, 0, 0];
			return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
		};
		const over = (top: Rgba, bottom: Rgba): Rgba => {
			const a = top[3];
			return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
		};
		const luminance = ([r, g, b]: Rgba): number => {
			const lin = (v: number): number => {
				const c = v / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
		};
		const ratio = (a: Rgba, b: Rgba): number => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
			return (hi + 0.05) / (lo + 0.05);
		};
		/** The opaque colour behind an HTML element: its own background and its ancestors', composited. */
		const behind = (element: Element | null): Rgba => {
			const layers: Rgba[] = [];
			for (let at = element; at !== null; at = at.parentElement) layers.push(parse(getComputedStyle(at).backgroundColor));
			return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
		};
		const page = behind(root);
		const found: Array<{ what: string; ratio: number }> = [];
		for (const text of Array.from(root.querySelectorAll('svg .messageText:not(.is-future):not(.is-off-path)'))) {
			found.push({ what: `message "${text.textContent}"`, ratio: ratio(parse(getComputedStyle(text).fill), page) });
		}
		for (const text of Array.from(root.querySelectorAll('svg .noteText'))) {
			const rect = text.parentElement?.querySelector('rect.note');
			const style = rect ? getComputedStyle(rect) : undefined;
			const fill = style ? parse(style.fill) : ([0, 0, 0, 0] as Rgba);
			fill[3] *= style ? Number(style.fillOpacity) * Number(style.opacity) : 0;
			found.push({ what: `note "${text.textContent}"`, ratio: ratio(parse(getComputedStyle(text).fill), over(fill, page)) });
		}
		for (const element of Array.from(root.querySelectorAll('.protocol-player-caption, .protocol-player-counter, .protocol-panel-heading, .protocol-state-name, .protocol-state-item, .protocol-state-note:not([hidden])'))) {
			found.push({ what: `${element.className} "${element.textContent}"`, ratio: ratio(parse(getComputedStyle(element).color), behind(element)) });
		}
		return found;
	});
}

describe('the standalone player on a plain white page', () => {
	for (const scheme of ['dark', 'light'] as const) {
		it(`paints its own ${scheme} background, keeping message, note and panel text at 4.5:1 or more`, async () => {
			const { page, errors } = await openPage(harness, `/plain-${scheme}.html`, { body: `<p>A plain page.</p><pre><code class="language-protocol">${escapeHtml(SEED[0] ?? '')}</code></pre>` });
			await page.emulateMedia({ colorScheme: scheme });
			await page.reload();
			await page.waitForSelector('.protocol-player svg');
			// The page stays white: only the player is painted in the theme it drew with.
			await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe('rgba(0, 0, 0, 0)');
			await expect(page.locator('.protocol-block').getAttribute('class')).resolves.toContain(`is-${scheme}`);

			// The player opens at Start; four steps on, at step 4 (path position 3), the note is current and
			// Server's card shows its six items as just added.
			for (let i = 0; i < 4; i++) await page.locator('.protocol-player [data-action="next"]').click();
			await expect(page.locator('.protocol-player').getAttribute('data-step')).resolves.toBe('3');
			const atNote = await contrasts(page);
			expect(atNote.filter((c) => c.what.includes('is-added'))).toHaveLength(6);
			expect(atNote.filter((c) => c.what.startsWith('note')).length).toBeGreaterThan(0);
			// At the last step every message and the note have been played.
			await page.locator('.protocol-player [data-action="last"]').click();
			const atEnd = await contrasts(page);
			// Four messages, the note's lines, the caption, the counter, a heading, Server's card and its six items.
			expect(atEnd.filter((c) => c.what.startsWith('message'))).toHaveLength(4);
			expect(atEnd.filter((c) => c.what.startsWith('note')).length).toBeGreaterThan(0);
			expect(atEnd.filter((c) => c.what.includes('protocol-state-item'))).toHaveLength(6);
			const low = [...atNote, ...atEnd].filter((c) => c.ratio < 4.5).map((c) => `${c.what}: ${c.ratio.toFixed(2)}`);
			expect(low).toEqual([]);
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});
