import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { mountCompareBlock, resetComparePage, serveCompareBundle } from './compare/page';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';
const STATELESS = codeBlocks(readExampleNote('무상태 프로토콜 (Stateless).md'), 'protocol')[0]?.source ?? '';
const TCP = codeBlocks(readExampleNote('TCP.md'), 'protocol')[0]?.source ?? '';
const SIDES = [{ name: 'Stateful login', source: STATEFUL }, { name: 'Stateless login', source: STATELESS }];

let harness: Harness;
let page: Page;
let errors: string[];

const verdict = (name: string) => page.locator(`[data-role="verdict"][data-source="${name}"]`);
const player = (name: string) => page.locator(`.protocol-player[data-source="${name}"]`);

beforeAll(async () => {
	harness = await openHarness();
	const script = await serveCompareBundle(harness);
	({ page, errors } = await openPage(harness, '/compare.html', { body: script }));
	await page.setViewportSize({ width: 1280, height: 900 });
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetComparePage(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	errors.length = 0;
});

describe('mountCompare', () => {
	it('offers the participants and moments both logins share in one fault bar', async () => {
		await mountCompareBlock(page, SIDES);
		await expect(page.locator('.protocol-compare .protocol-compare-bar').count()).resolves.toBe(1);
		expect(await page.locator('[data-role="compare-participant"] option').allTextContents()).toEqual(['Client', 'Server']);
		// "Store session" is only in the stateful login; the bracketed details differ but the moments match.
		expect(await page.locator('[data-role="compare-moment"] option').allTextContents()).toEqual(['Login Request', 'Verify Request', 'Login Response', 'GET /profile', 'Profile']);
		await expect(player('Stateful login').count()).resolves.toBe(1);
		await expect(player('Stateless login').count()).resolves.toBe(1);
		expect(errors).toEqual([]);
	});

	it('applies "restart Server after Login Response" to both: the stateful one fails at step 5, the stateless one survives', async () => {
		await mountCompareBlock(page, SIDES);
		await page.selectOption(byRole(ROLE.compareParticipant), 'Server');
		await page.selectOption(byRole(ROLE.compareMoment), 'Login Response');
		await page.click(byAction(ACTION.compareApply));
		await expect(verdict('Stateful login').getAttribute('data-fails')).resolves.toBe('4');
		await expect(verdict('Stateful login').textContent()).resolves.toBe('fails at step 5: Server no longer holds session');
		await expect(verdict('Stateless login').getAttribute('data-fails')).resolves.toBe('none');
		await expect(verdict('Stateless login').textContent()).resolves.toBe('survives');
		// Each side moved: the stateful one to its broken step (5 / 6), the stateless one to its end (5 / 5).
		await expect(player('Stateful login').locator(byRole(ROLE.counter)).textContent()).resolves.toBe('5 / 6');
		await expect(player('Stateless login').locator(byRole(ROLE.counter)).textContent()).resolves.toBe('5 / 5');
		expect(errors).toEqual([]);
	});

	it('applies the block\'s fault: line when drawn, and Clear takes it back on every side', async () => {
		await mountCompareBlock(page, SIDES, { fault: { kind: 'restart', participant: 'server', moment: 'Store session', line: 3 } });
		// "Store session" is not in the stateless login: that side says so instead of a verdict.
		await expect(verdict('Stateful login').getAttribute('data-fails')).resolves.toBe('4');
		await expect(verdict('Stateless login').textContent()).resolves.toBe('no step “Store session” here');
		await page.click(byAction(ACTION.compareClear));
		await expect(verdict('Stateful login').getAttribute('data-fails')).resolves.toBe('none');
		await expect(verdict('Stateful login').textContent()).resolves.toBe('no fault applied');
		await expect(player('Stateful login').locator(byRole(ROLE.counter)).textContent()).resolves.toBe('0 / 6');
	});

	it('draws the sides side by side when wide and stacked at 390 px', async () => {
		await mountCompareBlock(page, SIDES);
		const boxes = async () => Promise.all([0, 1].map((n) => page.locator('.protocol-compare-side').nth(n).boundingBox()));
		const [wideA, wideB] = await boxes();
		expect(wideA?.y).toBe(wideB?.y);
		expect((wideB?.x ?? 0) > (wideA?.x ?? 0) + (wideA?.width ?? 0) - 1).toBe(true);
		await page.setViewportSize({ width: 390, height: 900 });
		const [narrowA, narrowB] = await boxes();
		expect(narrowA?.x).toBe(narrowB?.x);
		expect((narrowB?.y ?? 0) >= (narrowA?.y ?? 0) + (narrowA?.height ?? 0)).toBe(true);
	});

	it('shows a missing note with its link, and still draws and judges the other sides', async () => {
		await mountCompareBlock(page, [
			{ name: 'Stateful login', source: STATEFUL },
			{ name: 'Nowhere', missing: 'note' },
			{ name: 'TCP', source: TCP },
		]);
		const missing = page.locator('.protocol-compare-side[data-source="Nowhere"] [data-role="compare-missing"]');
		await expect(missing.textContent()).resolves.toBe('Note not found: Nowhere');
		await expect(page.locator('.protocol-compare .protocol-player').count()).resolves.toBe(2);
		await missing.locator('a').click();
		await expect(page.evaluate(() => (window as unknown as { __opened: string[] }).__opened)).resolves.toEqual(['Nowhere']);
		// Shared by the stateful login and TCP: Client and Server (TCP's labels), no common step text.
		expect(await page.locator('[data-role="compare-participant"] option').allTextContents()).toEqual(['Client', 'Server']);
		await expect(page.locator('[data-role="compare-moment"] option').count()).resolves.toBe(0);
		await expect(page.locator(byRole(ROLE.compareNothing)).count()).resolves.toBe(1);
		await expect(verdict('Nowhere').count()).resolves.toBe(0);
	});

	it('speaks Korean, and names a note without a diagram', async () => {
		await mountCompareBlock(page, [...SIDES, { name: '빈 노트', missing: 'diagram' }], {
			language: 'ko',
			fault: { kind: 'restart', participant: 'Server', moment: 'Login Response', line: 4 },
		});
		await expect(verdict('Stateful login').textContent()).resolves.toBe('5단계에서 실패: Server에 더 이상 session 없음');
		await expect(verdict('Stateless login').textContent()).resolves.toBe('견딤');
		const missing = page.locator('.protocol-compare-side[data-source="빈 노트"] [data-role="compare-missing"]');
		await expect(missing.textContent()).resolves.toBe('protocol 블록이나 Mermaid 시퀀스 다이어그램이 없음: 빈 노트');
		await expect(missing.getAttribute('data-missing')).resolves.toBe('diagram');
	});

	it('leaves no listener behind once its cleanups ran', async () => {
		await mountCompareBlock(page, SIDES);
		const within = () => page.evaluate(() => (window as unknown as { __listenersWithin(root: Node): number }).__listenersWithin(document.querySelector('.test-compare') as Node));
		expect(await within()).toBeGreaterThan(0);
		await page.evaluate(() => {
			for (const cleanup of (window as unknown as { __compareCleanups: Array<() => void> }).__compareCleanups.splice(0)) cleanup();
		});
		await expect(within()).resolves.toBe(0);
	});
});
