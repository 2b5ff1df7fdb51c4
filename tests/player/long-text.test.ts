import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { ACTION, byAction } from '../support/dom';

const LONG = 'x'.repeat(100_000);

/** A diagram whose title, a participant's label and a message are each 100,000 characters without a space. */
const SOURCE = [
	`%% @title ${LONG}`,
	'sequenceDiagram',
	`    participant C as C${LONG}`,
	'    participant S as Server',
	`    C->>S: m${LONG}`,
	`    %% @state S += k = v${LONG}`,
	'    S-->>C: ok',
].join('\n');

let harness: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/long-text.html'));
	await page.setViewportSize({ width: 1000, height: 800 });
}, 60_000);
afterAll(async () => {
	await harness.close();
});

describe('text of any length (issue 24)', () => {
	it('never widens the page: the title, labels and state wrap or end in an ellipsis', async () => {
		await page.evaluate((source) => (window as unknown as { __mount(s: string[]): Promise<number> }).__mount([source]), SOURCE);
		await page.click(byAction(ACTION.next));
		await page.click(byAction(ACTION.next));
		const sizes = await page.evaluate(() => ({
			page: document.documentElement.scrollWidth,
			player: document.querySelector('.protocol-player')?.getBoundingClientRect().width ?? Number.NaN,
			title: document.querySelector('[data-role="title"]')?.getBoundingClientRect().height ?? Number.NaN,
			view: window.innerWidth,
		}));
		expect(sizes.page).toBeLessThanOrEqual(sizes.view);
		expect(sizes.player).toBeLessThanOrEqual(sizes.view);
		// Three lines at most of the title's ~17 px type.
		expect(sizes.title).toBeLessThan(100);
		expect(errors).toEqual([]);
	}, 120_000);
});
