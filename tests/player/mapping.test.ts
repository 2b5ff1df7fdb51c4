import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../browser/harness';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction } from '../support/dom';

const SEED = codeBlocks(readExampleNote('seed/Reference copy (unchanged) - 상태유지 프로토콜.md'), 'mermaid').map((b) => b.source);
const SCALING = codeBlocks(readExampleNote('세션과 수평 확장.md'), 'protocol').map((b) => b.source);

/** Autonumber, an activation, a two-line message, a note over two participants and an opt block. */
const NUMBERED = [
	'sequenceDiagram',
	'    autonumber',
	'    participant C as Client',
	'    participant S as Server',
	'    C->>+S: Hello<br>there',
	'    Note over C,S: a note',
	'    S-->>-C: Bye',
	'    opt maybe',
	'        C->>S: ping',
	'    end',
].join('\n');

let harness: Harness;
const pages = new Map<MermaidVersion, Page>();
const versions = Object.keys(MERMAID_VERSIONS) as MermaidVersion[];

beforeAll(async () => {
	harness = await openHarness();
	for (const version of versions) {
		const { page } = await openPage(harness, `/mapping-${version}.html`, { mermaid: version });
		await page.evaluate((sources) => (window as unknown as { __mount(s: string[]): Promise<number> }).__mount(sources), [SEED[0], NUMBERED, SCALING[0]]);
		pages.set(version, page);
	}
});
afterAll(async () => {
	await harness.close();
});

/** For player `n`, per step index: how many elements of each kind carry that step. */
function partsByStep(page: Page, n: number): Promise<Record<number, Record<string, number>>> {
	return page.evaluate((n) => {
		const kinds = ['messageText', 'messageLine0', 'messageLine1', 'sequenceNumber', 'note', 'noteText', 'activation0'];
		const result: Record<number, Record<string, number>> = {};
		const block = document.querySelectorAll('.test-block')[n];
		for (const element of Array.from(block?.querySelectorAll('svg [data-step-index]') ?? [])) {
			const step = Number(element.getAttribute('data-step-index'));
			const kind = kinds.find((k) => element.classList.contains(k)) ?? (element.getAttribute('marker-start') !== null ? 'numberMarker' : element.tagName);
			const parts = (result[step] ??= {});
			parts[kind] = (parts[kind] ?? 0) + 1;
		}
		return result;
	}, n);
}

describe.each(versions)('mapping Mermaid %s drawings to steps', (version) => {
	it('finds the text and arrow of every message and the box and lines of the note', async () => {
		const parts = await partsByStep(pages.get(version) as Page, 0);
		expect(parts).toEqual({
			0: { messageText: 1, messageLine0: 1 },
			1: { messageText: 1, messageLine0: 1 },
			2: { messageText: 1, messageLine0: 1 },
			3: { note: 1, noteText: 6 },
			4: { messageText: 1, messageLine1: 1 },
		});
	});

	it('gives sequence numbers and activation bars to their messages', async () => {
		const page = pages.get(version) as Page;
		const parts = await partsByStep(page, 1);
		// Mermaid 12 draws the number's circle as a separate line; older versions put it on the arrow.
		const marker = version === '12' ? { numberMarker: 1 } : {};
		expect(parts).toEqual({
			0: { messageText: 2, messageLine0: 1, sequenceNumber: 1, activation0: 1, ...marker },
			1: { note: 1, noteText: 1 },
			2: { messageText: 1, messageLine1: 1, sequenceNumber: 1, ...marker },
			3: { messageText: 1, messageLine0: 1, sequenceNumber: 1, ...marker },
		});
		const numbers = await page.locator('.test-block').nth(1).locator('svg .sequenceNumber')
			.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step-index')}:${e.textContent}`));
		expect(numbers).toEqual(['0:1', '2:2', '3:3']);
	});

	it('maps each of the fourteen messages of the scaling note to its own words', async () => {
		const texts = await (pages.get(version) as Page).locator('.test-block').nth(2).locator('svg .messageText')
			.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step-index')}:${e.textContent}`));
		expect(texts).toEqual([
			'0:Login Request', '1:Login Request', '2:Store session', '3:Set-Cookie: sid', '4:GET /profile (cookie)',
			'5:GET /profile (cookie)', '6:401 로그인 필요', '7:SET sid session', '8:Set-Cookie: sid', '9:GET /profile (cookie)',
			'10:GET /profile (cookie)', '11:GET sid', '12:session', '13:Profile',
		]);
		const overlay = (pages.get(version) as Page).locator('.test-block').nth(2).locator('svg foreignObject [data-role="branch"]');
		await expect(overlay.getAttribute('data-block')).resolves.toBe('0');
	});

	it('puts the restart badge on the restarted participant\'s lifeline, below the step it follows', async () => {
		const block = (pages.get(version) as Page).locator('.test-block').nth(0);
		// Step 3 is the note of six items on Server; Server restarts right after it.
		await block.locator(byAction(ACTION.last)).click();
		await block.locator(byAction(ACTION.prev)).click();
		await block.locator('[data-action="restart"][data-participant="Server"]').click();
		const place = await block.locator('svg').evaluate((svg) => {
			const box = (element: Element | null) => (element as SVGGraphicsElement).getBBox();
			// The participant's box at the top, found by the name Mermaid gives it (every version names it).
			const server = box(Array.from(svg.querySelectorAll('rect.actor')).find((r) => r.getAttribute('name') === 'Server') ?? null);
			const badge = box(svg.querySelector('.protocol-restart-marker circle'));
			const note = box(svg.querySelector('rect.note[data-step-index="3"]'));
			return { server: server.x + server.width / 2, badge: badge.x + badge.width / 2, badgeTop: badge.y, noteBottom: note.y + note.height };
		});
		expect(place.badge).toBeCloseTo(place.server, 0);
		expect(place.badgeTop).toBeGreaterThan(place.noteBottom);
		await block.locator(byAction(ACTION.clearFaults)).click();
	});
});
