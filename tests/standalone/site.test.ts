import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadedBytes, escapeHtml, openHarness, openPage, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';
import { LOGIN_WITH_CHOICE } from '../support/login-with-choice';

const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol').map((b) => b.source);
const HTTP = codeBlocks(readExampleNote('HTTP.md'), 'protocol').map((b) => b.source);


const code = (language: string, source: string, id?: string): string =>
	`<pre${id === undefined ? '' : ` id="${id}"`}><code class="language-${language}">${escapeHtml(source)}</code></pre>`;

type ProtocolPlayerHooks = {
	ProtocolPlayer: {
		playerOf(element: Node): { root: HTMLElement; goTo(position: number): void; position(): number } | undefined;
		players(root?: ParentNode): Array<{ root: HTMLElement }>;
		exportSteps(handle: unknown, options: { format: 'svg' | 'animated-svg' }): Promise<string[]>;
	};
};

/** Waits until the page has `n` drawn players (their drawings mapped to steps). */
function drawn(page: Page, n: number): Promise<unknown> {
	return page.waitForFunction((n) => document.querySelectorAll('.protocol-player svg [data-step-index]').length > 0
		&& Array.from(document.querySelectorAll('.protocol-player')).filter((p) => p.querySelector('svg [data-step-index]') !== null).length === n, n);
}

/** Waits until the number of drawn players has not changed for a second: the blocks near the view are done. */
function settled(page: Page): Promise<unknown> {
	return page.waitForFunction(() => {
		const w = window as unknown as { __count?: number; __since?: number };
		const count = document.querySelectorAll('.protocol-player').length;
		if (w.__count !== count || w.__since === undefined) {
			w.__count = count;
			w.__since = performance.now();
			return false;
		}
		return count > 0 && performance.now() - w.__since > 1000;
	}, undefined, { polling: 100 });
}

/** WCAG 2 contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
	const luminance = (rgb: string): number => {
		const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

let harness: Harness;

beforeAll(async () => {
	harness = await openHarness();
	// A site's notes as Markdown files, where `data-protocol-base="/vault"` says they are.
	harness.server.set('/vault/Stateless%20login.md', { body: readExampleNote('Stateless login.md'), type: 'text/markdown' });
});
afterAll(async () => {
	await harness.close();
});

describe('standalone script on a plain page', () => {
	it('draws a protocol-compare block from a block of the page (#ID) and a note of the site ([[Note]]), with verdicts', async () => {
		const compare = '#stateful\n[[Stateless login]]\nfault: restart Server after Login Response';
		const body = `<h1>Login</h1>${code('protocol', STATEFUL[0] ?? '', 'stateful')}${code('protocol-compare', compare)}`;
		const { page, errors } = await openPage(harness, '/compare.html', { body, htmlAttributes: 'data-protocol-base="/vault"' });
		const verdict = (name: string) => page.locator(`.protocol-compare [data-role="verdict"][data-source="${name}"]`);
		await page.waitForFunction(() => document.querySelectorAll('.protocol-compare [data-role="verdict"]').length === 2);
		// The block's fault line is applied at once: the stateful side loses its session at the profile request
		// (step 5, position 4); the stateless side keeps its durable signing key.
		await expect(verdict('stateful').getAttribute('data-fails')).resolves.toBe('4');
		await expect(verdict('stateful').textContent()).resolves.toBe('fails at step 5: Server no longer holds session');
		await expect(verdict('Stateless login').textContent()).resolves.toBe('survives');
		await page.locator(byAction(ACTION.compareClear)).click();
		await expect(verdict('stateful').textContent()).resolves.toBe('no fault applied');
		await page.locator(byAction(ACTION.compareApply)).click();
		await expect(verdict('stateful').getAttribute('data-fails')).resolves.toBe('4');
		// The block is a comparison, not raw code; the page's own block above it is a player too.
		await expect(page.locator('pre:visible').count()).resolves.toBe(0);
		await expect(page.locator('.protocol-compare .protocol-player').count()).resolves.toBe(2);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('says which side is missing when a note is not on the site or a #ID names no block', async () => {
		const compare = '#nowhere\n[[No such note]]';
		const { page } = await openPage(harness, '/compare-missing.html', { body: code('protocol-compare', compare), htmlAttributes: 'data-protocol-base="/vault"' });
		await page.waitForFunction(() => document.querySelectorAll('.protocol-compare [data-role="compare-missing"]').length === 2);
		const missing = await page.locator(byRole(ROLE.compareMissing)).evaluateAll((els) => els.map((e) => e.getAttribute('data-missing')));
		expect(missing).toEqual(['note', 'note']);
		await page.close();
	});

	it('downloads the animated SVG as one file and the step images as one zip from the Export menu', async () => {
		const { page, errors } = await openPage(harness, '/export.html', { body: code('protocol', STATEFUL[0] ?? '') });
		await drawn(page, 1);
		await page.locator(byRole(ROLE.exportMenu)).click();
		const items = await page.locator('[role="menu"] [data-action="export"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-format')));
		expect(items).toEqual(['svg', 'png', 'animated-svg', 'slides', 'html', 'zip']);
		const [animated] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"][data-format="animated-svg"]').click()]);
		expect(animated.suggestedFilename()).toBe('Stateful login (server-side session) animated.svg');
		const svg = (await downloadedBytes(animated)).toString('utf8');
		expect(svg.startsWith('<svg')).toBe(true);
		expect(svg).toContain('@keyframes');
		// The menu closed after the choice; open it again for the step images.
		await expect(page.locator('[role="menu"]').count()).resolves.toBe(0);
		await page.locator(byRole(ROLE.exportMenu)).click();
		const [zip] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export"][data-format="svg"]').click()]);
		expect(zip.suggestedFilename()).toBe('Stateful login (server-side session).zip');
		const files = unzipSync(new Uint8Array(await downloadedBytes(zip)));
		// Start and the six steps, numbered to sort.
		expect(Object.keys(files)).toEqual(['00', '01', '02', '03', '04', '05', '06'].map((n) => `Stateful login (server-side session) step ${n}.svg`));
		expect(strFromU8(files['Stateful login (server-side session) step 00.svg'] ?? new Uint8Array()).startsWith('<svg')).toBe(true);
		await expect(page.locator('.protocol-export-status').textContent()).resolves.toBe('Downloaded Stateful login (server-side session).zip');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('draws at most 10 of 40 blocks before the reader scrolls, the rest as they come near, and all 40 before printing', async () => {
		const body = Array.from({ length: 40 }, (_, i) => `<h2>Block ${i + 1}</h2>${code('protocol', HTTP[0] ?? '')}`).join('\n');
		const { page, errors } = await openPage(harness, '/long.html', { body });
		await settled(page);
		const before = await page.locator('.protocol-player').count();
		expect(before).toBeGreaterThanOrEqual(1);
		expect(before).toBeLessThanOrEqual(10);
		// The first block is drawn; the last waits behind its placeholder.
		await expect(page.locator('.protocol-block').first().locator('.protocol-player').count()).resolves.toBe(1);
		await expect(page.locator('.protocol-block').last().locator('.protocol-placeholder').count()).resolves.toBe(1);
		await page.locator('.protocol-block').nth(25).scrollIntoViewIfNeeded();
		await page.waitForFunction(() => document.querySelectorAll('.protocol-block')[25]?.querySelector('.protocol-player') !== null);
		await page.emulateMedia({ media: 'print' });
		await drawn(page, 40);
		await expect(page.locator('.protocol-placeholder').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('draws every waiting block on beforeprint', async () => {
		const body = Array.from({ length: 40 }, (_, i) => `<h2>Block ${i + 1}</h2>${code('protocol', HTTP[0] ?? '')}`).join('\n');
		const { page } = await openPage(harness, '/long-print.html', { body });
		await settled(page);
		expect(await page.locator('.protocol-player').count()).toBeLessThanOrEqual(10);
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await drawn(page, 40);
		await page.close();
	});

	it('prints the code of a block that could not be drawn in time, never an empty box', async () => {
		// A Mermaid that never finishes drawing: the blocks keep their placeholders whatever happens.
		const html = `<!doctype html><html lang="en"><head><link rel="stylesheet" href="/styles.css">
<script>window.mermaid = { render: () => new Promise(() => {}) };</script><script src="/protocol-player.js"></script></head>
<body>${code('protocol', HTTP[0] ?? '')}</body></html>`;
		harness.server.set('/never-drawn.html', { body: html, type: 'text/html' });
		const page = await harness.browser.newPage();
		await page.goto(`${harness.server.origin}/never-drawn.html`);
		await page.waitForSelector('.protocol-block .protocol-placeholder');
		const shown = () => page.evaluate(() => getComputedStyle(document.querySelector('pre') as Element).display);
		expect(await shown()).toBe('none');
		await page.emulateMedia({ media: 'print' });
		expect(await shown()).toBe('block');
		await page.close();
	});

	for (const scheme of ['light', 'dark'] as const) {
		it(`styles text and buttons from the plugin's stylesheet alone, readable in ${scheme}`, async () => {
			const { page } = await openPage(harness, `/plain-${scheme}.html`, { body: `<p>Text of the page.</p>${code('protocol', STATEFUL[0] ?? '')}` });
			await page.emulateMedia({ colorScheme: scheme });
			await page.evaluate(async () => {
				const w = window as unknown as { ProtocolPlayer: { destroy(): number; upgrade(): Promise<unknown[]> } };
				w.ProtocolPlayer.destroy();
				await w.ProtocolPlayer.upgrade();
			});
			await drawn(page, 1);
			const looks = await page.evaluate(() => {
				const player = document.querySelector('.protocol-player') as Element;
				const button = player.querySelector('[data-action="next"]') as Element;
				const counter = player.querySelector('.protocol-player-counter') as Element;
				const p = getComputedStyle(player);
				const b = getComputedStyle(button);
				return {
					pageFont: getComputedStyle(document.querySelector('p') as Element).fontFamily,
					playerFont: p.fontFamily, playerColor: p.color, playerBackground: p.backgroundColor,
					buttonFont: b.fontFamily, buttonColor: b.color, buttonBackground: b.backgroundColor, buttonBorder: `${b.borderTopWidth} ${b.borderTopStyle} ${b.borderTopColor}`, buttonRadius: b.borderTopLeftRadius,
					counterColor: getComputedStyle(counter).color,
				};
			});
			// The page itself is left to the browser (a serif default); the player is not.
			expect(looks.playerFont).not.toBe(looks.pageFont);
			expect(looks.playerFont.startsWith('system-ui')).toBe(true);
			expect(looks.buttonFont).toBe(looks.playerFont);
			// styles.css, "Plain pages": #f0f0f3 / #2f2f35 buttons with a #c4c4cc / #4a4a52 border, 4px corners.
			const expected = scheme === 'light'
				? { background: 'rgb(240, 240, 243)', border: '1px solid rgb(196, 196, 204)', text: 'rgb(34, 34, 34)', page: 'rgb(255, 255, 255)' }
				: { background: 'rgb(47, 47, 53)', border: '1px solid rgb(74, 74, 82)', text: 'rgb(220, 221, 226)', page: 'rgb(27, 27, 31)' };
			expect(looks.buttonBackground).toBe(expected.background);
			expect(looks.buttonBorder).toBe(expected.border);
			expect(looks.buttonRadius).toBe('4px');
			expect(looks.playerColor).toBe(expected.text);
			expect(looks.playerBackground).toBe(expected.page);
			expect(contrast(looks.playerColor, looks.playerBackground)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(looks.buttonColor, looks.buttonBackground)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(looks.counterColor, looks.playerBackground)).toBeGreaterThanOrEqual(4.5);
			await page.close();
		});
	}

	it('gives the handle of a player made by the automatic upgrade (playerOf) and lists the players', async () => {
		const body = `${code('protocol', STATEFUL[0] ?? '', 'login')}${code('protocol', HTTP[0] ?? '', 'http')}`;
		const { page } = await openPage(harness, '/handles.html', { body });
		await drawn(page, 2);
		const found = await page.evaluate(async () => {
			const { ProtocolPlayer } = window as unknown as ProtocolPlayerHooks;
			const pre = document.getElementById('login') as HTMLElement;
			const handle = ProtocolPlayer.playerOf(pre);
			const second = ProtocolPlayer.playerOf(document.querySelector('#http code') as Element);
			const inside = ProtocolPlayer.playerOf(document.querySelectorAll('.protocol-player [data-action="next"]').item(1));
			handle?.goTo(2);
			const svgs = await ProtocolPlayer.exportSteps(handle, { format: 'svg' });
			return {
				isFirst: handle?.root === document.querySelectorAll('.protocol-player')[0],
				secondIsSecond: second?.root === document.querySelectorAll('.protocol-player')[1],
				insideIsSecond: inside === second,
				step: handle?.root.getAttribute('data-step'),
				images: svgs.length,
				players: ProtocolPlayer.players().length,
				none: ProtocolPlayer.playerOf(document.body) === undefined,
			};
		});
		// Stateful login: Start and six steps give seven images; the export puts the player back at step 2.
		expect(found).toEqual({ isFirst: true, secondIsSecond: true, insideIsSecond: true, step: '2', images: 7, players: 2, none: true });
		await page.close();
	});

	it('lets go of players whose part of the page was taken away, and upgrades it again when it comes back', async () => {
		const body = `<section id="away">${code('protocol', HTTP[0] ?? '', 'gone')}</section>${code('protocol', STATEFUL[0] ?? '')}`;
		const { page } = await openPage(harness, '/navigate.html', { body });
		await drawn(page, 2);
		const after = await page.evaluate(async () => {
			const { ProtocolPlayer } = window as unknown as ProtocolPlayerHooks & { ProtocolPlayer: { upgrade(root?: ParentNode): Promise<unknown[]> } };
			const section = document.getElementById('away') as HTMLElement;
			// A site that swaps its content as the reader navigates: the section leaves the page.
			section.remove();
			await ProtocolPlayer.upgrade();
			const left = { players: ProtocolPlayer.players().length, gone: ProtocolPlayer.playerOf(section.querySelector('pre') as Element) === undefined };
			document.body.prepend(section);
			const again = await ProtocolPlayer.upgrade();
			return { ...left, again: again.length, players: [left.players, ProtocolPlayer.players().length] };
		});
		expect(after).toEqual({ players: [1, 2], gone: true, again: 1 });
		await page.close();
	});

	it('keeps the step, branch choices and injected faults when the page switches to dark', async () => {
		const { page, errors } = await openPage(harness, '/theme.html', { body: code('protocol', LOGIN_WITH_CHOICE) });
		await page.evaluate(() => document.body.classList.add('theme-light'));
		await drawn(page, 1);
		const player = page.locator('.protocol-player');
		await player.locator('.protocol-player-panel select[data-role="branch"]').selectOption('1');
		// Path: Login Request, Denied, GET /profile, Profile. At "Denied" (position 1) the Server restarts.
		await player.locator(byAction(ACTION.next)).click();
		await player.locator(byAction(ACTION.next)).click();
		await player.locator('[data-action="restart"][data-participant="Server"]').click();
		const look = () => page.evaluate(() => {
			const root = document.querySelector('.protocol-player') as Element;
			const classes = (step: number) => Array.from(root.querySelectorAll(`svg [data-step-index="${step}"]`)).map((e) => e.getAttribute('class') ?? '');
			return {
				step: root.getAttribute('data-step'),
				branch: (root.querySelector('.protocol-player-panel select[data-role="branch"]') as HTMLSelectElement).value,
				welcomeOffPath: classes(1).every((c) => c.includes('is-off-path')),
				profileWillFail: classes(3).some((c) => c.includes('is-will-fail')),
				clearFaults: root.querySelector('[data-action="clear-faults"]') !== null,
			};
		});
		const light = await look();
		expect(light).toEqual({ step: '1', branch: '1', welcomeOffPath: true, profileWillFail: true, clearFaults: true });
		await page.evaluate(() => document.body.classList.replace('theme-light', 'theme-dark'));
		// Mermaid's dark theme fills actors with #1f2020: the player was drawn again.
		await page.waitForFunction(() => (document.querySelector('.protocol-player svg style')?.textContent ?? '').toLowerCase().includes('#1f2020'));
		await expect(page.locator('.protocol-player').count()).resolves.toBe(1);
		await expect(look()).resolves.toEqual(light);
		await expect(page.locator('.protocol-block').getAttribute('class')).resolves.toContain('is-dark');
		expect(errors).toEqual([]);
		await page.close();
	});
});
