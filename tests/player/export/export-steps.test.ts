import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MERMAID_VERSIONS, openHarness, openPage, type Harness, type MermaidVersion } from '../../browser/harness';
import { goToPosition, mountBlocks, resetPage } from '../../browser/queries';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';
import { exportTexts, looksIn, seekAnimations, showSvg, type ExportPage } from './page-export';

// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (Server += session, last login),
// 3 Login Response (Client += cookie), 4 GET /profile (needs Client: cookie, Server: session), 5 Profile.
// Export position 0 is the player's Start (path position −1); export position k is path position k − 1, so an
// export has 7 images.
const LOGIN = codeBlocks(readExampleNote('Stateful login.md'), 'protocol')[0]?.source ?? '';
// 0 Login (Server += session = alice), 1 OK (Client += cookie = sid, then a scripted restart of Server),
// 2 GET /profile (needs Server: session: fails), 3 Profile (the reply to 2: as written, reading its @on-failure text once reached).
const FALLBACK = [
	'sequenceDiagram',
	'participant Client',
	'participant Server',
	'Client->>Server: Login',
	'%% @state Server += session = alice',
	'Server-->>Client: OK',
	'%% @state Client += cookie = sid',
	'%% @restart Server',
	'Client->>Server: GET /profile',
	'%% @needs Server: session',
	'Server-->>Client: Profile',
	'%% @on-failure 401 Please log in again',
].join('\n');
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

/** Loses "Login Response" (path position 3) on player 0, as a user would. */
async function dropLoginResponse(page: Page): Promise<void> {
	await goToPosition(page, 0, 3);
	await page.locator('.test-block [data-action="drop"]').click();
}

/** Checks that every exported image looks like player 0 at the same position (image K: path position K − 1, Start first). */
async function expectImagesLikePlayer(page: Page, svgs: readonly string[]): Promise<void> {
	for (let image = 0; image < svgs.length; image++) {
		await goToPosition(page, 0, image - 1);
		const live = await looksIn(page, '.test-block .protocol-player');
		expect(await showSvg(page, svgs[image] ?? '')).toBe(true);
		const exported = await looksIn(page, '#shown');
		expect(Object.keys(exported).length).toBeGreaterThanOrEqual(8);
		expect(exported).toEqual(live);
	}
}

/** The texts of the shown image's elements with a `data-role`. */
function shownTexts(page: Page, role: string): Promise<string[]> {
	return page.locator(`#shown [data-role="${role}"]`).allTextContents();
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

	it('draws each step as the player shows it, Start first: the same elements highlighted, faded and failed', async () => {
		await mountBlocks(page, [LOGIN]);
		await restartServerAfterLoginResponse(page);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(7);
		await expectImagesLikePlayer(page, svgs);
		// The last image shown is Profile; GET /profile (step index 4) failed once the server restarted:
		// red in the player's failure colour (#d93f3f).
		const failing = await looksIn(page, '#shown');
		expect(failing['4:line:line']).toMatchObject({ failed: true, stroke: 'rgb(217, 63, 63)' });
	});

	it('draws the reply to a request that failed as written as the player does: as written, reading its @on-failure text once reached', async () => {
		await mountBlocks(page, [FALLBACK]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(5);
		await expectImagesLikePlayer(page, svgs);
		// Image 4 is Profile (step 3). Issue 17: with no injected fault it is no consequence — it stands as written,
		// reading the text the author wrote for a failed request, in the arrow and the caption alike.
		await showSvg(page, svgs[4] ?? '');
		const reply = await looksIn(page, '#shown');
		expect(reply['3:line:line']?.outcome).toBe('');
		expect(reply['3:text:text']?.text).toBe('401 Please log in again');
		await expect(shownTexts(page, 'caption')).resolves.toEqual(['4 / 4 · Server → Client: 401 Please log in again']);
		await expect(shownTexts(page, 'failure')).resolves.toEqual([]);
		// Before it is reached the scripted outcome is not given away: the reply reads as written.
		await showSvg(page, svgs[3] ?? '');
		const before = await looksIn(page, '#shown');
		expect(before['3:text:text']?.text).toBe('Profile');
		expect(before['3:line:line']?.outcome).toBe('');
		await expect(shownTexts(page, 'failure')).resolves.toEqual(['Step 3 fails: Server no longer holds session: restarted after step 2']);
		// The scripted restart after OK (image 2): said in the caption, the session struck through with the value it had.
		await showSvg(page, svgs[2] ?? '');
		await expect(shownTexts(page, 'note')).resolves.toEqual(['Server restarted after step 2']);
		await expect(page.locator('#shown [data-participant="Server"] [data-item="session"]').textContent()).resolves.toBe('− session = alice');
	});

	it('draws a lost message as the player does, and the reply it leaves unanswered', async () => {
		await mountBlocks(page, [LOGIN]);
		await dropLoginResponse(page);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(7);
		await expectImagesLikePlayer(page, svgs);
		// Image 4 is Login Response (step index 3), lost: red, its text struck through.
		await showSvg(page, svgs[4] ?? '');
		const lost = await looksIn(page, '#shown');
		expect(lost['3:line:line']).toMatchObject({ outcome: 'is-dropped', stroke: 'rgb(217, 63, 63)' });
		expect(lost['3:text:text']?.decoration).toBe('line-through');
		await expect(shownTexts(page, 'failure')).resolves.toEqual(['Step 4 lost: lost on the way: Client never gets it']);
		// Issue 17: GET /profile fails on its own need, the cookie the lost response carried; its answer is the consequence.
		await showSvg(page, svgs[5] ?? '');
		await expect(shownTexts(page, 'failure')).resolves.toEqual(['Step 5 fails: Client does not hold cookie: step 4 was lost']);
		await showSvg(page, svgs[6] ?? '');
		await expect(shownTexts(page, 'failure')).resolves.toEqual(['Step 6: no answer as written: step 5 failed']);
		// A consequence is amber (the default --protocol-consequence, #b26b00); Profile is a dotted reply and keeps Mermaid's dash.
		expect((await looksIn(page, '#shown'))['5:line:line']).toMatchObject({ outcome: 'is-consequence', stroke: 'rgb(178, 107, 0)' });
		await expect(page.locator('#shown [data-role="failure"]').getAttribute('fill')).resolves.toBe('rgb(178, 107, 0)');
		// The panel lists the injected fault in the fault list's words (wrapped lines joined again).
		const panel = await page.locator('#shown [data-role="state"] > text').allTextContents();
		expect(panel.join(' ')).toContain('Branches and faults Step 4 lost: Server → Client: Login Response (Set-Cookie: sid)');
	});

	it('shows the player\'s Start first: "0 / N · Start", every step still ahead, what each participant holds before step 1', async () => {
		await mountBlocks(page, [LOGIN]);
		const [start] = await exportTexts(page, 0, { format: 'svg' });
		expect(await showSvg(page, start ?? '')).toBe(true);
		const looks = Object.values(await looksIn(page, '#shown'));
		expect(looks.length).toBeGreaterThanOrEqual(12);
		for (const look of looks) expect(look).toMatchObject({ state: 'is-future', opacity: '0.65' });
		await expect(shownTexts(page, 'caption')).resolves.toEqual(['0 / 6 · Start']);
		// Every participant has a card; neither holds anything yet.
		const cards = await page.locator('#shown .protocol-export-card').evaluateAll((cards) => cards.map((card) => card.textContent));
		expect(cards).toEqual(['ClientHolds nothing at this step', 'ServerHolds nothing at this step']);
	});

	it('draws a card for every participant, one that never holds anything saying so too', async () => {
		await mountBlocks(page, [['sequenceDiagram', 'participant Client', 'participant LB', 'participant Server', 'Client->>LB: Login', 'LB->>Server: Login', '%% @state Server += session'].join('\n')]);
		const svgs = await exportTexts(page, 0, { format: 'svg' });
		expect(svgs).toHaveLength(3);
		const cards = async (): Promise<Array<string | null>> => page.locator('#shown .protocol-export-card').evaluateAll((cards) => cards.map((card) => card.textContent));
		// Client and LB hold nothing anywhere on the path; Server holds nothing until step 2 adds its session.
		await showSvg(page, svgs[1] ?? '');
		await expect(cards()).resolves.toEqual(['ClientHolds nothing', 'LBHolds nothing', 'ServerHolds nothing at this step']);
		await showSvg(page, svgs[2] ?? '');
		await expect(cards()).resolves.toEqual(['ClientHolds nothing', 'LBHolds nothing', 'Server+ session']);
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
		await expect(shownTexts(page, 'failure')).resolves.toEqual(['Step 5 fails: Server no longer holds session: restarted after step 4']);
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
		await expect(page.locator('#shown [data-participant="서버"] [data-item="세션"]').textContent()).resolves.toBe('+ 세션 = 홍길동');
		await showSvg(page, svgs[0] ?? '');
		await expect(page.locator('#shown [data-role="caption"]').allTextContents()).resolves.toEqual(['0 / 2 · 시작']);
	});

	it('leaves a player the reader has not started as Mermaid draws it', async () => {
		await mountBlocks(page, [LOGIN]);
		await exportTexts(page, 0, { format: 'svg' });
		const player = page.locator('.test-block .protocol-player');
		await expect(player.getAttribute('data-step')).resolves.toBe('-1');
		await expect(player.getAttribute('data-started')).resolves.toBe('false');
		await expect(page.locator('.test-block [data-step-index].is-future').count()).resolves.toBe(0);
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

	it('animates a reply\'s @on-failure text: the words as written until the reply is reached', async () => {
		await mountBlocks(page, [FALLBACK]);
		const [animated] = await exportTexts(page, 0, { format: 'animated-svg', intervalMs: 1000 });
		expect(await showSvg(page, animated ?? '')).toBe(true);
		// Five positions of 1 s: Start and steps 1–4; Profile (step index 3), answering the failed request, is reached at position 4.
		for (const [time, words] of [[500, 'Profile'], [3500, 'Profile'], [4500, '401 Please log in again'], [5000 + 2500, 'Profile']] as const) {
			expect(await seekAnimations(page, time)).toBeGreaterThan(0);
			await expect(visibleLabels(page, 3)).resolves.toEqual([words]);
		}
	});
});

/** The words of step `index`'s labels that are visible in the shown image. */
function visibleLabels(page: Page, index: number): Promise<string[]> {
	return page.evaluate((index) => Array.from(document.querySelectorAll(`#shown .messageText[data-step-index="${index}"]`))
		.filter((e) => getComputedStyle(e).visibility === 'visible')
		.map((e) => e.textContent ?? ''), index);
}

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
