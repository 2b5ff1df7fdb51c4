import { Marp } from '@marp-team/marp-core';
import { relativeLink } from '../../../src/core/export/file-names';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../../browser/harness';
import { goToPosition, mountBlocks } from '../../browser/queries';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';
import type { ExportPage } from './page-export';

const LOGIN = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';
// A long, wide diagram: many participants and messages with long labels, under a long title.
const WIDE = [
	'sequenceDiagram',
	'%% @title A long title that a lecturer gave this walk-through, long enough to wrap on a slide: login, session, profile',
	...['Browser', 'CDN', 'Gateway', 'Auth', 'Sessions', 'Profile', 'Audit'].map((name) => `participant ${name}`),
	...Array.from({ length: 14 }, (_, i) => `Browser->>Gateway: request number ${i + 1} with a long label that goes on`),
	'%% @state Sessions += session = a long value that wraps in the panel of the exported image',
].join('\n');

interface Deck {
	markdown: string;
	images: Array<{ name: string; svg: string }>;
}

let harness: Harness;
let source: Page;
let slides: Page;

beforeAll(async () => {
	harness = await openHarness();
	({ page: source } = await openPage(harness, '/export-marp.html', { mermaid: '12' }));
	slides = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
});
afterAll(async () => {
	await harness.close();
});

/** The deck of player `n` of the source page (`exportSteps(handle, { format: 'slides' })`). */
function deckOf(n: number): Promise<Deck> {
	return source.evaluate((n) => {
		const w = window as unknown as ExportPage;
		return w.ProtocolPlayer.exportSteps(w.__players[n]?.handle, { format: 'slides' }) as unknown as Promise<Deck>;
	}, n);
}

/**
 * Renders a deck with Marp in Chromium, its images served beside it (as a deck's folder gives them), and
 * gives, per slide, how far its content reaches past the 1280 × 720 slide (0 when it fits).
 */
async function overflow(deck: Deck): Promise<Array<{ right: number; bottom: number }>> {
	let markdown = deck.markdown;
	deck.images.forEach((image, i) => {
		markdown = markdown.replace(`(${relativeLink('', image.name)})`, `(image-${i}.svg)`);
		harness.server.set(`/deck/image-${i}.svg`, { body: image.svg, type: 'image/svg+xml' });
	});
	const { html, css } = new Marp({ inlineSVG: false }).render(markdown);
	harness.server.set('/deck/index.html', { body: `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body>${html}</body></html>`, type: 'text/html' });
	await slides.goto(`${harness.server.origin}/deck/index.html`);
	await slides.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
	return slides.evaluate(() => Array.from(document.querySelectorAll('section')).map((section) => {
		const box = section.getBoundingClientRect();
		let right = 0;
		let bottom = 0;
		for (const element of Array.from(section.querySelectorAll('*'))) {
			const rect = element.getBoundingClientRect();
			if (rect.width === 0 && rect.height === 0) continue;
			right = Math.max(right, rect.right - box.right);
			bottom = Math.max(bottom, rect.bottom - box.bottom);
		}
		// Marp's slides are 1280 × 720 CSS pixels.
		return { right: Math.max(0, Math.round(right)), bottom: Math.max(0, Math.round(bottom)), size: [box.width, box.height] };
	})).then((list) => {
		for (const slide of list) expect(slide.size).toEqual([1280, 720]);
		return list.map(({ right, bottom }) => ({ right, bottom }));
	});
}

describe('the slide deck in Marp', () => {
	it('keeps every slide of the login walk-through inside 1280 × 720, the image scaled to the slide', async () => {
		await mountBlocks(source, [LOGIN, WIDE]);
		await goToPosition(source, 0, 3);
		await source.locator('.test-block [data-action="restart"][data-participant="Server"]').first().click();
		const deck = await deckOf(0);
		const reaches = await overflow(deck);
		// The title slide and Start + 6 steps.
		expect(reaches).toHaveLength(8);
		expect(reaches).toEqual(reaches.map(() => ({ right: 0, bottom: 0 })));
		// The images are drawn, at the size the slide note gives them.
		const drawn = await slides.evaluate(() => Array.from(document.querySelectorAll('section img')).map((image) => (image as HTMLImageElement).naturalWidth > 0));
		expect(drawn).toEqual(Array.from({ length: 7 }, () => true));
	});

	it('keeps a wide, long diagram under a long title inside the slides too', async () => {
		const deck = await deckOf(1);
		expect(deck.images.length).toBe(15);
		const reaches = await overflow(deck);
		expect(reaches).toEqual(reaches.map(() => ({ right: 0, bottom: 0 })));
	});

	it('shows the link back as text, never [[…]]', async () => {
		const deck = await deckOf(0);
		await overflow(deck);
		await expect(slides.locator('section').first().textContent()).resolves.not.toContain('[[');
	});
});
