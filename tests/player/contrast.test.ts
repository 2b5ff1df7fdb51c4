import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, openHarness, openPage, type Harness } from '../browser/harness';
import { measureContrast, tooLow, type Contrast } from '../browser/contrast-probe';
import { mountBlocks } from '../browser/queries';
import { DEMO_CSS } from '../../scripts/demo/style';
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


/**
 * WCAG 2 contrast of the player's text against what is behind it, from computed styles: SVG text by its
 * `fill` (the message text on the player's background, the note text on its note box, composited over
 * the player's background when the box is see-through), HTML text by `color` on the nearest background.
 */
function contrasts(page: Page): Promise<Array<{ what: string; ratio: number }>> {
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

// Issue 18: every state class and every panel part, in Obsidian's default themes and on a plain page.
// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (+Server session, last login),
// 3 Login Response (+Client cookie), 4 GET /profile (needs both), 5 Profile. TCP's step 0 changes S's state
// (LISTEN → SYN_RCVD). The scaling note has branches: the steps of the branch not taken are off the path.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';
const TCP = codeBlocks(readExampleNote('TCP.md'), 'protocol')[0]?.source ?? '';
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol')[0]?.source ?? '';

/**
 * Obsidian's default theme, light and dark: the variables the demo page defines as Obsidian's app.css does
 * (scripts/demo/style.ts; its warning colour is the amber the issue measured, #e0ac00), and Obsidian's
 * buttons, which take `--interactive-normal` and `--interactive-hover`.
 */
const OBSIDIAN_THEMES = `<style>${DEMO_CSS}
button, select { background: var(--interactive-normal); color: var(--text-normal); border: 1px solid var(--background-modifier-border); }
button:hover { background: var(--interactive-hover); }
</style>`;

/** Walks the three players through every state and panel part, measuring after each move. */
async function walkAndMeasure(page: Page): Promise<Contrast[]> {
	const players = page.locator('.protocol-player');
	await expect(players.count()).resolves.toBe(3);
	const measured: Contrast[] = [];
	const measure = async (): Promise<void> => {
		for (let n = 0; n < 3; n++) measured.push(...await players.nth(n).evaluate(measureContrast));
	};
	const login = players.nth(0);
	const next = login.locator('[data-action="next"]');
	for (let i = 0; i < 3; i++) await next.click();
	await measure(); // at Store session: Server's two items added, the steps after it future
	await login.locator('[data-action="restart"][data-participant="Server"]').click();
	await measure(); // Server's items removed; GET /profile and Profile will fail
	await next.click();
	await next.click();
	await measure(); // GET /profile failed, current
	await next.click();
	await measure(); // Profile: a consequence
	await login.locator('[data-action="clear-faults"]').click();
	await login.locator('[data-action="first"]').click();
	for (let i = 0; i < 4; i++) await next.click();
	await login.locator('[data-action="drop"]').click();
	await measure(); // Login Response lost
	await login.locator('[data-action="last"]').click();
	await login.locator('[data-action="fault-map"]').click();
	await login.locator('[data-role="fault-map"] [data-breaks="2"]').first().hover();
	await players.nth(1).locator('[data-action="next"]').click();
	await players.nth(2).locator('[data-action="next"]').click();
	await measure(); // the fault map open with a cell's detail and its column caption; TCP's state changed; the scaling note stepped
	await page.setViewportSize({ width: 390, height: 844 });
	await login.locator('[data-role="fault-map-list"] [data-fault-cell]').first().waitFor();
	await measure(); // a phone's width: the fault map as a list per participant
	return measured;
}

/** Checks that the walk measured every class the issue names, then that none is below what it needs. */
function expectAllReadable(measured: Contrast[]): void {
	for (const part of ['is-current', 'is-failed', 'is-consequence', 'is-dropped', 'is-will-fail', 'is-future', 'is-off-path', 'is-past',
		'(added)', '(changed)', '(removed)', 'protocol-state-name', 'protocol-state-note', 'protocol-state-restart-note', 'protocol-fault-outcome', 'protocol-fault-restart',
		'protocol-fault-drop', 'fault cell', 'fault mark protocol-fault-lifeline is-heat-0', 'fault mark protocol-fault-lifeline is-heat-2', 'fault mark protocol-fault-drop-mark', 'protocol-fault-grid-gap', 'protocol-fault-map-detail', 'protocol-player-caption',
		'protocol-fault-map-column', 'protocol-fault-map-group-name', 'protocol-fault-map-entry-text', 'protocol-fault-map-rest', 'fault swatch protocol-fault-map-swatch is-heat-2']) {
		expect(measured.some((m) => m.what.includes(part)), part).toBe(true);
	}
	expect(measured.some((m) => m.what.startsWith('text') && m.what.includes('is-off-path'))).toBe(true);
	expect(tooLow(measured)).toEqual([]);
}

describe('contrast in Obsidian’s default themes', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`keeps text at 4.5:1, dimmed steps at 3:1 and lines and fault cells at 3:1 in the ${theme} theme`, async () => {
			const { page, errors } = await openPage(harness, `/obsidian-${theme}.html`, { body: OBSIDIAN_THEMES });
			await page.evaluate((theme) => document.body.classList.add(`theme-${theme}`), theme);
			await expect(page.evaluate(() => getComputedStyle(document.body).backgroundColor)).resolves.toBe(theme === 'dark' ? 'rgb(30, 30, 30)' : 'rgb(255, 255, 255)');
			await mountBlocks(page, [STATEFUL, TCP, SCALING], { dark: theme === 'dark' });
			expectAllReadable(await walkAndMeasure(page));
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});

describe('contrast on a plain page', () => {
	for (const scheme of ['light', 'dark'] as const) {
		it(`keeps every state and panel part readable in the ${scheme} scheme`, async () => {
			const blocks = [STATEFUL, TCP, SCALING].map((source) => `<pre><code class="language-protocol">${escapeHtml(source)}</code></pre>`).join('');
			const { page, errors } = await openPage(harness, `/plain-all-${scheme}.html`, { body: blocks });
			await page.emulateMedia({ colorScheme: scheme });
			await page.reload();
			await page.waitForFunction(() => document.querySelectorAll('.protocol-player svg').length >= 3);
			expectAllReadable(await walkAndMeasure(page));
			expect(errors).toEqual([]);
			await page.close();
		});
	}
});
