import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../../browser/harness';
import { goToPosition, mountBlocks, resetPage } from '../../browser/queries';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';
import { exportTexts, looksIn, seekAnimations, showSvg, type ExportPage } from './page-export';

// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (Server += session, last login),
// 3 Login Response (Client += cookie), 4 GET /profile (needs Client: cookie, Server: session), 5 Profile.
// Export position 0 is Start; export position k is path position k − 1, so an export has 7 images.
const LOGIN = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';
const KOREAN = ['participant 클라이언트', 'participant 서버', '클라이언트->>서버: 로그인 요청', '%% @state 서버 += 세션 = 홍길동', '서버-->>클라이언트: 로그인 응답'].join('\n');

const versions = Object.keys(MERMAID_VERSIONS) as MermaidVersion[];
let harness: Harness;

beforeAll(async () => {
	harness = await openHarness();
});
afterAll(async () => {
	await harness.close();
});

/** Restarts Server right after "Login Response" (path position 3) on player 0, as a user would. */
async function restartServerAfterLoginResponse(page: Page): Promise<void> {
	await goToPosition(page, 0, 3);
	await page.locator('.test-block [data-action="restart"][data-participant="Server"]').click();
}

describe.each(versions)('exportSteps with Mermaid %s', (version) => {
	let page: Page;
	let errors: string[];

	beforeAll(async () => {
		({ page, errors } = await openPage(harness, `/export-${version}.html`, { mermaid: version }));
	});
	afterAll(async () => {
		await page.close();
	});
	beforeEach(async () => {
		await resetPage(page);
		errors.length = 0;
	});

	it('makes one standalone SVG per step, Start first: valid XML, no script, no page CSS, no CSS variables', async () => {
		await mountBlocks(page, [LOGIN]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(7);
		for (const svg of svgs) {
			expect(await showSvg(page, svg)).toBe(true);
			expect(svg).not.toMatch(/<script|\son[a-z]+=|javascript:|<link|@import|var\(--|foreignObject/i);
			expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		}
		expect(errors).toEqual([]);
	});

	it('draws each step as the player shows it: the same elements highlighted, faded and failed', async () => {
		await mountBlocks(page, [LOGIN]);
		await restartServerAfterLoginResponse(page);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(7);
		for (let position = 0; position < 6; position++) {
			await goToPosition(page, 0, position);
			const live = await looksIn(page, '.test-block .protocol-player');
			expect(await showSvg(page, svgs[position + 1] ?? '')).toBe(true);
			const exported = await looksIn(page, '#shown');
			expect(Object.keys(exported).length).toBeGreaterThanOrEqual(12);
			expect(exported).toEqual(live);
		}
		// GET /profile (step 4) fails once the server restarted: red in the player's failure colour (#d93f3f).
		const failing = await looksIn(page, '#shown');
		expect(failing['4:line:line']).toMatchObject({ failed: true, stroke: 'rgb(217, 63, 63)' });
	});

	it('shows the Start position with every step still ahead, faded as future steps are', async () => {
		await mountBlocks(page, [LOGIN]);
		const [start] = await exportTexts(page, 0, { format: 'svg' });
		expect(await showSvg(page, start ?? '')).toBe(true);
		const looks = Object.values(await looksIn(page, '#shown'));
		expect(looks.length).toBeGreaterThanOrEqual(12);
		for (const look of looks) expect(look).toMatchObject({ state: 'is-future', opacity: '0.35' });
		const caption = await page.locator('#shown [data-role="caption"]').allTextContents();
		expect(caption.join(' ')).toBe('Start · Before the first step');
	});

	it('draws the state panel, caption and failure beside the drawing', async () => {
		await mountBlocks(page, [LOGIN]);
		await restartServerAfterLoginResponse(page);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		// Export 4 = Login Response, where the restart happens: the server's items are struck through.
		await showSvg(page, svgs[4] ?? '');
		await expect(page.locator('#shown [data-role="caption"]').allTextContents()).resolves.toEqual(['4 / 6 · Server → Client: Login Response (Set-Cookie: sid)']);
		await expect(page.locator('#shown [data-role="note"]').allTextContents()).resolves.toEqual(['Server restarted after step 4']);
		await expect(page.locator('#shown [data-participant="Client"] [data-item="cookie"]').getAttribute('data-change')).resolves.toBe('added');
		await expect(page.locator('#shown [data-participant="Server"] [data-item="session"]').getAttribute('data-change')).resolves.toBe('removed');
		// Export 5 = GET /profile, failing.
		await showSvg(page, svgs[5] ?? '');
		const failure = await page.locator('#shown [data-role="failure"]').allTextContents();
		expect(failure.join(' ')).toContain('restarted after step 4');
		// The panel sits to the right of the drawing, not over it.
		const [drawing, panel] = await page.evaluate(() => [
			document.querySelector('#shown svg svg')?.getBoundingClientRect().right ?? 0,
			document.querySelector('#shown [data-role="state"]')?.getBoundingClientRect().left ?? 0,
		]);
		expect(panel).toBeGreaterThan(drawing);
	});

	it('keeps Korean text intact and speaks the page language', async () => {
		await mountBlocks(page, [KOREAN], { language: 'ko' });
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(3);
		expect(await showSvg(page, svgs[1] ?? '')).toBe(true);
		await expect(page.locator('#shown [data-role="caption"]').allTextContents()).resolves.toEqual(['1 / 2 · 클라이언트 → 서버: 로그인 요청']);
		await expect(page.locator('#shown [data-participant="서버"] [data-item="세션"]').textContent()).resolves.toBe('+ 세션: 홍길동');
		await showSvg(page, svgs[0] ?? '');
		await expect(page.locator('#shown [data-role="caption"]').allTextContents()).resolves.toEqual(['시작 · 첫 단계 전']);
	});

	it('puts the player back where it was, and a cancelled export rejects without moving it', async () => {
		await mountBlocks(page, [LOGIN]);
		await goToPosition(page, 0, 2);
		await exportTexts(page, 0, { format: 'svg' });
		await expect(page.locator('.test-block .protocol-player').getAttribute('data-step')).resolves.toBe('2');
		const outcome = await page.evaluate(async () => {
			const w = window as unknown as ExportPage;
			const controller = new AbortController();
			controller.abort();
			try {
				await w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, { format: 'svg', signal: controller.signal });
				return 'finished';
			} catch (error) {
				return (error as DOMException).name;
			}
		});
		expect(outcome).toBe('AbortError');
		await expect(page.locator('.test-block .protocol-player').getAttribute('data-step')).resolves.toBe('2');
	});

	it('animates one SVG that shows step K at time K × interval, looping', async () => {
		await mountBlocks(page, [LOGIN]);
		await restartServerAfterLoginResponse(page);
		const statics = await exportTexts(page, 0, { format: 'svg' });
		const [animated] = await exportTexts(page, 0, { format: 'animated-svg', intervalMs: 1000 });
		expect(animated).not.toMatch(/<script|var\(--/i);
		const wanted: Array<Record<string, { opacity: string; stroke: string; fill: string }>> = [];
		for (const text of statics) {
			await showSvg(page, text);
			const looks = await looksIn(page, '#shown');
			wanted.push(Object.fromEntries(Object.entries(looks).map(([key, look]) => [key, { opacity: look.opacity, stroke: look.stroke, fill: look.fill }])));
		}
		expect(await showSvg(page, animated ?? '')).toBe(true);
		// Half-way through each interval, and once more after the loop came round (7 steps × 1 s).
		for (const time of [500, 1500, 2500, 3500, 4500, 5500, 6500, 7000 + 4500]) {
			const k = Math.floor(time / 1000) % 7;
			expect(await seekAnimations(page, time)).toBeGreaterThan(0);
			const looks = await looksIn(page, '#shown');
			const shown = Object.fromEntries(Object.entries(looks).map(([key, look]) => [key, { opacity: look.opacity, stroke: look.stroke, fill: look.fill }]));
			expect(shown).toEqual(wanted[k]);
			const visible = await page.evaluate(() => Array.from(document.querySelectorAll('#shown .pn-frame')).filter((e) => getComputedStyle(e).visibility === 'visible').map((e) => e.getAttribute('data-export-position')));
			expect(visible).toEqual([String(k), String(k)]);
		}
	});
});

/** A linear diagram of `count` messages between two participants. */
function longDiagram(count: number): string {
	return ['sequenceDiagram', ...Array.from({ length: count }, (_, i) => (i % 2 === 0 ? `A->>B: request ${i + 1}` : `B-->>A: reply ${i + 1}`))].join('\n');
}

describe('exportSteps on a long diagram and in a dark page (Mermaid 12)', () => {
	let page: Page;

	beforeAll(async () => {
		({ page } = await openPage(harness, '/export-long.html', { mermaid: '12' }));
	});
	afterAll(async () => {
		await page.close();
	});
	beforeEach(async () => {
		await resetPage(page);
	});

	it('reports progress on a long export and stops when cancelled from it, leaving the player where it was', async () => {
		await mountBlocks(page, [longDiagram(120)]);
		await goToPosition(page, 0, 7);
		const outcome = await page.evaluate(async () => {
			const w = window as unknown as ExportPage;
			const controller = new AbortController();
			const reports: number[][] = [];
			try {
				await w.ProtocolPlayer.exportSteps(w.__players[0]?.handle, {
					format: 'svg',
					signal: controller.signal,
					onProgress: (done: number, total: number) => {
						reports.push([done, total]);
						controller.abort();
					},
				});
				return { name: 'finished', reports };
			} catch (error) {
				return { name: (error as DOMException).name, reports };
			}
		});
		// 120 steps and Start: 121 positions; a report comes at the 50th position at the latest. Cancelled at
		// the first report, so exactly one came.
		expect(outcome.name).toBe('AbortError');
		expect(outcome.reports).toHaveLength(1);
		expect(outcome.reports[0]?.[1]).toBe(121);
		expect(outcome.reports[0]?.[0]).toBeLessThanOrEqual(50);
		await expect(page.locator('.test-block .protocol-player').getAttribute('data-step')).resolves.toBe('7');
	});

	it('draws in the page\'s colours: a dark page gives a dark image with light text', async () => {
		const dark = await page.addStyleTag({ content: 'body { background: rgb(30, 30, 30); color: rgb(221, 221, 221); }' });
		try {
			await mountBlocks(page, [LOGIN], { dark: true });
			const [start] = await exportTexts(page, 0, { format: 'svg' });
			expect(await showSvg(page, start ?? '')).toBe(true);
			const colours = await page.evaluate(() => ({
				background: document.querySelector('#shown .protocol-export-background')?.getAttribute('fill'),
				caption: getComputedStyle(document.querySelector('#shown [data-role="caption"]') as Element).fill,
			}));
			expect(colours).toEqual({ background: 'rgb(30, 30, 30)', caption: 'rgb(221, 221, 221)' });
		} finally {
			await dark.evaluate((sheet: Element) => {
				sheet.remove();
			});
		}
	});
});
