import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../browser/harness';
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
/** The themes Mermaid was initialised with on this page, in order (recorded by a wrapper the test puts in): none by the player. */
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
	it('never initialises the page\'s Mermaid, and draws each player in the theme its `dark` option asks for', async () => {
		await mount([TWO_STEPS, TWO_STEPS]);
		await mount([TWO_STEPS], { dark: true });
		await mount([TWO_STEPS], { dark: true });
		await mount([TWO_STEPS]);
		expect(await initialisedThemes()).toEqual([]);
		expect([await actorFill(0), await actorFill(1), await actorFill(2), await actorFill(3), await actorFill(4)])
			.toEqual([LIGHT_ACTOR, LIGHT_ACTOR, DARK_ACTOR, DARK_ACTOR, LIGHT_ACTOR]);
	});

	it('removes event handlers and javascript: links from what Mermaid returns, whatever its security level', async () => {
		await page.evaluate(() => {
			(window as unknown as { scriptedMermaid: object }).scriptedMermaid = {
				render: () => Promise.resolve({ svg: '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__ran = 1"><a href=" javascript:window.__ran = 2" onclick="window.__ran = 3"><text class="messageText">one</text></a><image href="java\tscript:x" /></svg>' }),
			};
		});
		await page.evaluate((source) => {
			const w = window as unknown as { __mount(s: string[], o: object): Promise<number>; scriptedMermaid: object };
			return w.__mount([source], { mermaid: w.scriptedMermaid });
		}, TWO_STEPS);
		const svg = page.locator('.test-block svg').first();
		await expect(svg.evaluate((e) => [e.getAttribute('onload'), e.querySelector('a')?.getAttribute('href'), e.querySelector('a')?.getAttribute('onclick'), e.querySelector('image')?.getAttribute('href')]))
			.resolves.toEqual([null, null, null, null]);
		await svg.evaluate((e) => e.querySelector('a')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true })));
		await expect(page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).resolves.toBeUndefined();
	});

	it('says so when the page\'s Mermaid draws into a sandbox iframe', async () => {
		await page.evaluate(() => {
			(window as unknown as { sandboxMermaid: object }).sandboxMermaid = {
				render: () => Promise.resolve({ svg: '<iframe src="data:text/html;base64,PHN2Zz48L3N2Zz4=" sandbox=""></iframe>' }),
			};
			const w = window as unknown as { __mount(s: string[], o: object): Promise<number>; sandboxMermaid: object };
			return w.__mount(['sequenceDiagram\n    A->>B: one'], { mermaid: w.sandboxMermaid });
		});
		await expect(page.locator('.test-block .protocol-error').textContent()).resolves.toContain('securityLevel "sandbox"');
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

/** What a host page sets up for its own diagrams before any player draws. */
const HOST_CONFIG = {
	startOnLoad: false,
	theme: 'forest',
	fontFamily: 'Georgia, serif',
	securityLevel: 'loose',
	sequence: { mirrorActors: false, actorMargin: 77, messageFontSize: 19 },
};

describe.each(Object.keys(MERMAID_VERSIONS) as MermaidVersion[])('the host\'s Mermaid %s', (version) => {
	it('keeps its site configuration exactly as the host set it, while players draw light and dark', async () => {
		const { page: host, errors } = await openPage(harness, `/host-config-${version}.html`, { mermaid: version });
		type HostWindow = { mermaid: { initialize(c: object): void; mermaidAPI: { getSiteConfig(): object } } };
		const before = await host.evaluate((config) => {
			const w = window as unknown as HostWindow;
			w.mermaid.initialize(config);
			return JSON.stringify(w.mermaid.mermaidAPI.getSiteConfig());
		}, HOST_CONFIG);
		expect(JSON.parse(before)).toMatchObject({ theme: 'forest', securityLevel: 'loose', fontFamily: 'Georgia, serif' });
		await mountBlocks(host, [TWO_STEPS]);
		await mountBlocks(host, [TWO_STEPS], { dark: true });
		const after = await host.evaluate(() => JSON.stringify((window as unknown as HostWindow).mermaid.mermaidAPI.getSiteConfig()));
		expect(after).toBe(before);
		const fills = await host.locator('.test-block svg rect.actor').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
		// Two participants, each drawn at the top and the bottom unless mirrorActors is off: the host's sequence settings still apply.
		expect(fills).toEqual([LIGHT_ACTOR, LIGHT_ACTOR, DARK_ACTOR, DARK_ACTOR]);
		expect(errors).toEqual([]);
		await host.close();
	});
});
