import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../../browser/harness';
import { goToPosition, mountBlocks, resetPage } from '../../browser/queries';
import { exportTexts, looksIn, showSvg, type ExportPage } from './page-export';

let harness: Harness;
let page: Page;

beforeAll(async () => {
	harness = await openHarness();
	({ page } = await openPage(harness, '/export-hostile.html', { mermaid: '12' }));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
});

/** Runs `exportSteps` on player 0 with `options` and gives what it resolved to, or the rejection's name and message. */
function tryExport(page: Page, options: object): Promise<{ ok: true; value: unknown } | { ok: false; name: string; message: string }> {
	return page.evaluate(async (options) => {
		const w = window as unknown as ExportPage;
		try {
			return { ok: true as const, value: await w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, options) };
		} catch (error) {
			return { ok: false as const, name: (error as Error).name, message: (error as Error).message };
		}
	}, options);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), read from a `data:` URL. */
function pngSize(url: string): { width: number; height: number } {
	const bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('exportSteps with hostile notes', () => {
	it('writes valid XML when labels hold control characters (a vertical tab from Word\'s Shift+Enter)', async () => {
		await mountBlocks(page, [['sequenceDiagram', 'participant A as Al\u000Bice\u0001', 'A->>B: Login\u000Brequest\u0007'].join('\n')]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(2);
		for (const svg of svgs) {
			expect(await showSvg(page, svg)).toBe(true);
			expect([...svg].filter((char) => char < ' ' && char !== '\t' && char !== '\n' && char !== '\r')).toEqual([]);
		}
		await expect(page.locator('#shown [data-role="caption"]').textContent()).resolves.toBe('1 / 1 · Al ice → B: Login request');
		const [animated] = await exportTexts(page, 0, { format: 'animated-svg' });
		expect(await showSvg(page, animated ?? '')).toBe(true);
	});

	it('keeps a label that looks like the export\'s own slot attribute as text, and every element its look', async () => {
		await mountBlocks(page, [['sequenceDiagram', 'A->>B: hi data-pn-slot="0"', 'B-->>A: ok data-pn-slot="1" \uE000'].join('\n')]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(3);
		for (let image = 0; image < svgs.length; image++) {
			await goToPosition(page, 0, image - 1);
			const live = await looksIn(page, '.test-block .protocol-player');
			expect(await showSvg(page, svgs[image] ?? '')).toBe(true);
			expect(await looksIn(page, '#shown')).toEqual(live);
		}
		await expect(page.locator('#shown .messageText').allTextContents()).resolves.toEqual(['hi data-pn-slot="0"', 'ok data-pn-slot="1" \uE000']);
	});

	it('holds the animation\'s time per step to 0.1–60 s: NaN, Infinity, 0 and negative times give the default 1.5 s', async () => {
		await mountBlocks(page, [['sequenceDiagram', 'A->>B: one', 'B-->>A: two'].join('\n')]);
		// Three positions: the loop lasts 3 × the time per step.
		const loop = async (intervalMs: number): Promise<string | undefined> => {
			const [animated] = await exportTexts(page, 0, { format: 'animated-svg', intervalMs });
			return /pn-show (\d+)ms/.exec(animated ?? '')?.[1];
		};
		for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 0, -200]) await expect(loop(bad)).resolves.toBe('4500');
		await expect(loop(5)).resolves.toBe('300');
		await expect(loop(3_600_000)).resolves.toBe('180000');
		await expect(loop(800)).resolves.toBe('2400');
	});

	it('rejects clearly on a destroyed player, and destroying a player stops its running export', async () => {
		await mountBlocks(page, [['sequenceDiagram', ...Array.from({ length: 120 }, (_, i) => `A->>B: m${i}`)].join('\n')]);
		const during = await page.evaluate(async () => {
			const w = window as unknown as ExportPage & { __unmount(i: number): number };
			try {
				await w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, { format: 'svg', onProgress: () => w.__unmount(0) });
				return 'finished';
			} catch (error) {
				return (error as Error).name;
			}
		});
		expect(during).toBe('AbortError');
		const after = await tryExport(page, { format: 'svg' });
		expect(after).toEqual({ ok: false, name: 'InvalidStateError', message: 'This player has been destroyed; there is nothing to export.' });
	});

	it('rejects an unknown format, naming the ones it knows', async () => {
		await mountBlocks(page, [['sequenceDiagram', 'A->>B: one'].join('\n')]);
		const result = await tryExport(page, { format: 'gif' });
		expect(result).toMatchObject({ ok: false, message: 'Unknown export format: gif. Use one of svg, animated-svg, png, slides, html.' });
		await expect(page.evaluate(() => (window as unknown as { ProtocolPlayer: { exportFormats: string[] } }).ProtocolPlayer.exportFormats)).resolves.toEqual(['svg', 'animated-svg', 'png', 'slides', 'html']);
	});
});

describe('exportSteps formats', () => {
	it('gives one PNG per step, Start first, as data URLs at twice the SVG\'s size', async () => {
		await mountBlocks(page, [['sequenceDiagram', 'A->>B: one', 'B-->>A: two'].join('\n')]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		const result = await tryExport(page, { format: 'png' });
		expect(result.ok).toBe(true);
		const pngs = (result as { value: string[] }).value;
		expect(pngs).toHaveLength(3);
		for (const [i, png] of pngs.entries()) {
			expect(png.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true);
			const width = Number(/^<svg[^>]* width="([\d.]+)"/.exec(svgs[i] ?? '')?.[1]);
			const height = Number(/^<svg[^>]* height="([\d.]+)"/.exec(svgs[i] ?? '')?.[1]);
			expect(pngSize(png)).toEqual({ width: Math.floor(width * 2), height: Math.floor(height * 2) });
		}
	});

	it('gives a slide deck: Markdown linking each step image by name, and the images', async () => {
		await mountBlocks(page, [['sequenceDiagram', '%% @title Login <b>', 'A->>B: one', 'B-->>A: two'].join('\n')]);
		const result = await tryExport(page, { format: 'slides' });
		const deck = (result as { value: { markdown: string; images: Array<{ name: string; svg: string }> } }).value;
		expect(deck.images.map((image) => image.name)).toEqual(['Login b step 00.svg', 'Login b step 01.svg', 'Login b step 02.svg']);
		expect(deck.images[1]?.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(deck.markdown.startsWith('---\nmarp: true\n')).toBe(true);
		expect(deck.markdown).toContain('# Login \\<b\\>');
		expect(deck.markdown).toMatch(/!\[w:\d+ h:\d+\]\(Login%20b%20step%2001\.svg\)/);
	});
});
