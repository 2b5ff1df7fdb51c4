import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';

// Two servers and a session: the alt block's choice sits on the diagram at its condition label.
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol').map((b) => b.source);
const TWO_STEPS = 'sequenceDiagram\n    participant A\n    participant B\n    A->>B: one\n    B-->>A: two';
// Mermaid's actor fill in its default theme (#ECECFF) and in its dark theme (#1f2020).
const LIGHT_ACTOR = 'rgb(236, 236, 255)';
const DARK_ACTOR = 'rgb(31, 32, 32)';

let harness: Harness;
let page: Page;

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
/** The fill of the first actor box of player `n`: which theme Mermaid drew it with. */
const actorFill = (n: number): Promise<string> =>
	page.locator('.test-block').nth(n).locator('svg rect.actor').first().evaluate((e) => getComputedStyle(e).fill);
/** The themes Mermaid was initialised with on this page, in order (recorded by a wrapper the test puts in). */
const initialisedThemes = (): Promise<string[]> => page.evaluate(() => (window as unknown as { __themes: string[] }).__themes);

beforeAll(async () => {
	harness = await openHarness();
	({ page } = await openPage(harness, '/drawing.html'));
	await page.evaluate(() => {
		const w = window as unknown as { mermaid: { initialize(c: { theme?: string }): void }; __themes: string[] };
		const initialize = w.mermaid.initialize.bind(w.mermaid);
		w.__themes = [];
		w.mermaid.initialize = (config) => {
			w.__themes.push(config.theme ?? '');
			initialize(config);
		};
	});
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
});

describe('drawing with Mermaid', () => {
	it('initialises a Mermaid only when the theme it must draw with changes', async () => {
		await mount([TWO_STEPS, TWO_STEPS]);
		await mount([TWO_STEPS], { dark: true });
		await mount([TWO_STEPS], { dark: true });
		await mount([TWO_STEPS]);
		expect(await initialisedThemes()).toEqual(['default', 'dark', 'default']);
		expect([await actorFill(0), await actorFill(1), await actorFill(2), await actorFill(3), await actorFill(4)])
			.toEqual([LIGHT_ACTOR, LIGHT_ACTOR, DARK_ACTOR, DARK_ACTOR, LIGHT_ACTOR]);
	});

	it('initialises again when the page set Mermaid up differently in between', async () => {
		await mount([TWO_STEPS]);
		const before = (await initialisedThemes()).length;
		// The host (Obsidian, another plugin) initialises the same Mermaid with its own theme.
		await page.evaluate(() => (window as unknown as { mermaid: { initialize(c: object): void } }).mermaid.initialize({ startOnLoad: false, theme: 'dark' }));
		await mount([TWO_STEPS]);
		expect((await initialisedThemes()).slice(before)).toEqual(['dark', 'default']);
		await expect(actorFill(1)).resolves.toBe(LIGHT_ACTOR);
	});

	it('keeps one diagram\'s init directive out of the next diagram', async () => {
		const darkByDirective = `%%{init: {"theme": "dark"}}%%\n${TWO_STEPS}`;
		await mount([TWO_STEPS]);
		await mount([darkByDirective]);
		await mount([TWO_STEPS]);
		expect([await actorFill(0), await actorFill(1), await actorFill(2)]).toEqual([LIGHT_ACTOR, DARK_ACTOR, LIGHT_ACTOR]);
	});
});

describe('branch choice on the diagram', () => {
	it('is written at least as large as the block label it covers, and covers no message', async () => {
		await mount([SCALING[0]]);
		const svg = page.locator('.test-block').nth(0).locator('.protocol-player svg');
		const found = await svg.evaluate((root) => {
			const select = root.querySelector('foreignObject select') as HTMLSelectElement;
			const label = root.querySelector('.labelText') as SVGTextElement;
			const holder = (root.querySelector('foreignObject') as SVGForeignObjectElement).getBoundingClientRect();
			const overlaps = Array.from(root.querySelectorAll('.messageText')).filter((text) => {
				const box = text.getBoundingClientRect();
				return box.left < holder.right && holder.left < box.right && box.top < holder.bottom && holder.top < box.bottom;
			});
			return {
				select: Number.parseFloat(getComputedStyle(select).fontSize),
				label: Number.parseFloat(getComputedStyle(label).fontSize),
				overlaps: overlaps.map((t) => t.textContent),
			};
		});
		expect(found.select).toBeGreaterThanOrEqual(found.label);
		expect(found.overlaps).toEqual([]);
	});
});
