import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../support/note-blocks';
import { ACTION, byAction } from '../support/dom';

// Two participants, five steps: a drawing that fits a desktop page's width.
const LOGIN = codeBlocks(readExampleNote(REFERENCE_COPY), 'mermaid')[0]?.source ?? '';
// Two messages: what the player does after Mermaid's render is a few milliseconds, far below a slice (12 ms)
// even on a machine busy enough to stretch it severalfold.
const TWO_MESSAGES = 'sequenceDiagram\n    Client->>Server: Login Request\n    Server-->>Client: Login Response';

let harness: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/draw-and-step-work.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('drawing a small block', () => {
	it('puts the player in the page before the page runs any other task after Mermaid\'s render, so the next frame shows it', async () => {
		// A message posted the moment Mermaid's render resolves arrives in a task of its own: by then the player
		// must be in the page (a pause between Mermaid's render and the player would let the page paint without it).
		await page.evaluate(() => {
			const w = window as unknown as { mermaid: { render: (...args: unknown[]) => Promise<unknown> }; __original?: unknown; __seen: number[] };
			const mermaid = w.mermaid;
			const kept = mermaid.render;
			const original = (...args: unknown[]): Promise<unknown> => kept.apply(mermaid, args);
			w.__original = kept;
			w.__seen = [];
			w.mermaid.render = async (...args: unknown[]) => {
				const drawn = await original(...args);
				const channel = new MessageChannel();
				channel.port1.onmessage = () => {
					w.__seen.push(document.querySelectorAll('.test-block .protocol-player').length);
					channel.port1.close();
				};
				channel.port2.postMessage(undefined);
				return drawn;
			};
		});
		try {
			// The player hands the thread back once its slice (12 ms of the page's clock) is spent, and a machine busy
			// enough can stretch a few milliseconds past that: of three mounts, one in the page at once is enough. A
			// player that always paused between Mermaid's render and the page (as before) is never in it.
			let seen: number[] = [];
			for (let attempt = 0; attempt < 3 && seen[0] !== 1; attempt++) {
				if (attempt > 0) await resetPage(page);
				await page.evaluate(() => {
					(window as unknown as { __seen: number[] }).__seen = [];
				});
				await mountBlocks(page, [TWO_MESSAGES]);
				await page.waitForFunction(() => (window as unknown as { __seen: number[] }).__seen.length === 1);
				seen = await page.evaluate(() => (window as unknown as { __seen: number[] }).__seen);
			}
			expect(seen).toEqual([1]);
		} finally {
			await page.evaluate(() => {
				const w = window as unknown as { mermaid: { render: unknown }; __original: unknown };
				w.mermaid.render = w.__original;
			});
		}
		expect(errors).toEqual([]);
	});
});

describe('stepping a drawing that fits its pane', () => {
	it('reads no layout: no box, scroll or client size is asked for on Next or Previous', async () => {
		await mountBlocks(page, [LOGIN]);
		// The player's width observer has reported once the page has rendered a frame or two.
		await page.evaluate(() => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(resolve))));
		const reads = await page.evaluate(({ next, prev }) => {
			const root = document.querySelector('.test-block .protocol-player') as HTMLElement;
			const counted: Record<string, number> = {};
			const restore: Array<() => void> = [];
			const count = (proto: object, name: string): void => {
				const own = Object.getOwnPropertyDescriptor(proto, name);
				if (own === undefined) return;
				const wrapped = { ...own };
				// Read as a property of the descriptor (a getter is no method of it).
				const get = Reflect.get(own, 'get') as ((this: unknown) => unknown) | undefined;
				if (get !== undefined) {
					wrapped.get = function (this: unknown): unknown { counted[name] = (counted[name] ?? 0) + 1; return get.call(this); };
				} else if (typeof own.value === 'function') {
					const fn = own.value as (...args: unknown[]) => unknown;
					wrapped.value = function (this: unknown, ...args: unknown[]) { counted[name] = (counted[name] ?? 0) + 1; return fn.apply(this, args); };
				}
				Object.defineProperty(proto, name, wrapped);
				restore.push(() => Object.defineProperty(proto, name, own));
			};
			for (const name of ['getBoundingClientRect', 'getClientRects', 'scrollWidth', 'scrollHeight', 'scrollLeft', 'scrollTop', 'clientWidth', 'clientHeight', 'clientLeft', 'clientTop']) count(Element.prototype, name);
			for (const name of ['offsetWidth', 'offsetHeight', 'offsetLeft', 'offsetTop']) count(HTMLElement.prototype, name);
			try {
				const press = (selector: string): void => (root.querySelector(selector) as HTMLElement).click();
				for (let i = 0; i < 4; i++) press(next);
				for (let i = 0; i < 2; i++) press(prev);
			} finally {
				for (const undo of restore) undo();
			}
			return { step: root.getAttribute('data-step'), counted };
		}, { next: byAction(ACTION.next), prev: byAction(ACTION.prev) });
		// Four steps on from Start (positions 0 to 3), two back: position 1.
		expect(reads.step).toBe('1');
		expect(reads.counted).toEqual({});
		expect(errors).toEqual([]);
	});
});
