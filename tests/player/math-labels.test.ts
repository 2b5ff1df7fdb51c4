import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../browser/harness';
import { byRole, ROLE } from '../support/dom';

/** The diagram: a math message, a math note, a plain reply. */
const MATH = ['sequenceDiagram', 'A->>B: $$x^2$$', 'Note over A: $$\\sqrt{y}$$', 'B-->>A: done'].join('\n');

/**
 * Math between plain labels, a math note over two participants, and math where no step is: a participant's
 * name and a loop's label (these must stay untagged).
 */
const MIXED = [
	'sequenceDiagram',
	'participant A as $$\\alpha$$',
	'A->>B: plain one',
	'B->>A: $$x^2$$',
	'A->>B: plain two',
	'Note over A,B: both $$\\sqrt{y}$$ here',
	'loop $$n$$ times',
	'B-->>A: done',
	'end',
].join('\n');

let harness: Harness;
const pages = new Map<MermaidVersion, Page>();
const versions = Object.keys(MERMAID_VERSIONS) as MermaidVersion[];

beforeAll(async () => {
	harness = await openHarness();
	for (const version of versions) {
		const { page } = await openPage(harness, `/math-${version}.html`, { mermaid: version });
		await page.evaluate((sources) => (window as unknown as { __mount(s: string[]): Promise<number> }).__mount(sources), [MATH, MIXED]);
		pages.set(version, page);
	}
});
afterAll(async () => {
	await harness.close();
});

/** For player `n`: per step index, the kinds of elements tagged with it (`foreignObject` for a math label). */
function partsByStep(page: Page, n: number): Promise<Record<number, string[]>> {
	return page.evaluate((n) => {
		const kinds = ['messageText', 'messageLine0', 'messageLine1', 'note', 'noteText'];
		const result: Record<number, string[]> = {};
		const block = document.querySelectorAll('.test-block')[n];
		for (const element of Array.from(block?.querySelectorAll('svg [data-step-index]') ?? [])) {
			const kind = kinds.find((k) => element.classList.contains(k)) ?? element.localName;
			(result[Number(element.getAttribute('data-step-index'))] ??= []).push(kind);
		}
		return result;
	}, n);
}

/** For player `n`: the text of every math label (`foreignObject`) with the step it is tagged with, or `-`. */
function mathLabels(page: Page, n: number): Promise<string[]> {
	return page.locator('.test-block').nth(n).locator('svg foreignObject:not(.protocol-branch-overlay)')
		.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step-index') ?? '-'}:${(e.textContent ?? '').replace(/\s+/g, '')}`));
}

/** The step classes of player `n`'s math labels after moving to path position `position`. */
async function classesAt(page: Page, n: number, position: number): Promise<string[]> {
	await page.evaluate(([n, position]) => {
		(window as unknown as { __players: Array<{ handle: { goTo(p: number): void } }> }).__players[n]?.handle.goTo(position);
	}, [n, position]);
	return page.locator('.test-block').nth(n).locator('svg foreignObject[data-step-index]')
		.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step-index')}:${['is-past', 'is-current', 'is-future'].find((c) => e.classList.contains(c)) ?? 'none'}`));
}

describe.each(versions)('math labels on Mermaid %s', (version) => {
	it('tags the math message and the math note with their steps', async () => {
		const page = pages.get(version) as Page;
		expect(await partsByStep(page, 0)).toEqual({
			0: ['foreignObject', 'messageLine0'],
			1: ['note', 'foreignObject'],
			2: ['messageText', 'messageLine1'],
		});
		// MathML text of x² is "x2", of √y is "y".
		expect(await mathLabels(page, 0)).toEqual(['1:y', '0:x2']);
	});

	it('keeps plain labels on their steps around a math one and leaves names and block labels untagged', async () => {
		const page = pages.get(version) as Page;
		expect(await partsByStep(page, 1)).toEqual({
			0: ['messageText', 'messageLine0'],
			1: ['foreignObject', 'messageLine0'],
			2: ['messageText', 'messageLine0'],
			3: ['note', 'foreignObject'],
			4: ['messageText', 'messageLine1'],
		});
		const labels = await mathLabels(page, 1);
		expect(labels.filter((label) => label.startsWith('-') && label !== '-:')).toEqual(
			expect.arrayContaining(['-:α', '-:[ntimes]']),
		);
		expect(labels.filter((label) => !label.startsWith('-'))).toEqual(['3:bothyhere', '1:x2']);
	});

	it('fades and highlights math labels with their steps', async () => {
		const page = pages.get(version) as Page;
		expect(await classesAt(page, 0, 0)).toEqual(['1:is-future', '0:is-current']);
		expect(await classesAt(page, 0, 1)).toEqual(['1:is-current', '0:is-past']);
		expect(await classesAt(page, 1, 2)).toEqual(['3:is-future', '1:is-past']);
		const faded = await page.locator('.test-block').nth(1).locator('svg foreignObject[data-step-index="3"]')
			.evaluate((e) => Number(getComputedStyle(e).opacity));
		expect(faded).toBeLessThan(1);
		expect(await classesAt(page, 1, 3)).toEqual(['3:is-current', '1:is-past']);
		const current = await page.locator('.test-block').nth(1).locator('svg foreignObject[data-step-index="3"]')
			.evaluate((e) => ({ opacity: getComputedStyle(e).opacity, weight: getComputedStyle(e.querySelector('div') as Element).fontWeight }));
		expect(current).toEqual({ opacity: '1', weight: '700' });
	});
});

describe('math labels where Mermaid draws no math', () => {
	it('still steps every message and shows no warning', async () => {
		const { page, errors } = await openPage(harness, '/math-plain.html');
		// A Mermaid without KaTeX shows the formula's source as plain text: draw that, with the note's `$$` left out.
		await page.evaluate(async (source) => {
			const w = window as unknown as { mermaid: { render(id: string, text: string): Promise<unknown> }; __mount(s: string[], o: object): Promise<number> };
			const plain = { initialize() {}, render: (id: string, text: string) => w.mermaid.render(id, text.split('$$').join('')) };
			await w.__mount([source], { mermaid: plain });
		}, MATH);
		const root = page.locator('.protocol-player');
		await expect(root.getAttribute('data-steps')).resolves.toBe('3');
		await expect(page.locator(byRole(ROLE.warnings)).count()).resolves.toBe(0);
		expect(await partsByStep(page, 0)).toEqual({
			0: ['messageText', 'messageLine0'],
			1: ['note', 'noteText'],
			2: ['messageText', 'messageLine1'],
		});
		expect(errors).toEqual([]);
	});
});
