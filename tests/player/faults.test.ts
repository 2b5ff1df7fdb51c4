import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { cardItems, failedSteps, goToPosition, mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';
import { ACTION, byAction, byRole, ROLE } from '../support/dom';

// Stateful login: 0 Login Request, 1 Verify Request, 2 Store session (+Server session, last login),
// 3 Login Response (+Client cookie), 4 GET /profile (needs Client cookie, Server session), 5 Profile.
const STATEFUL = codeBlocks(readExampleNote('Stateful login.md'), 'protocol').map((b) => b.source);
// TCP (C as Client, S as Server): Start C state = CLOSED, S state = LISTEN; 0 SYN (S: SYN_RCVD, connection = seq x),
// 1 SYN-ACK, 2 ACK (needs C: state = ESTABLISHED; S: ESTABLISHED), 3 data (needs S connection, state = ESTABLISHED), 4 ACK.
const TCP = codeBlocks(readExampleNote('TCP.md'), 'protocol').map((b) => b.source);
/** A reply that says what it would say when its request fails: 0 Login, 1 Store session, 2 GET /profile, 3 Profile. */
const ON_FAILURE = [
	'sequenceDiagram',
	'    participant Client',
	'    participant Server',
	'    Client->>Server: Login',
	'    Server->>Server: Store session',
	'    %% @state Server += session',
	'    Client->>Server: GET /profile',
	'    %% @needs Server: session',
	'    Server-->>Client: Profile',
	'    %% @on-failure 401 Unauthorized',
].join('\n');

let harness: Harness;
let page: Page;
let errors: string[];

const mount = (sources: string[], options: Record<string, unknown> = {}): Promise<number> => mountBlocks(page, sources, options);
const player = (n: number) => page.locator('.test-block').nth(n).locator('.protocol-player');
const goTo = (n: number, position: number): Promise<void> => goToPosition(page, n, position);

/** Step indices whose elements carry `cls` in the first player. */
async function stepsWith(cls: string): Promise<number[]> {
	return page.evaluate((cls) => {
		const found = new Set<number>();
		for (const element of Array.from(document.querySelectorAll(`.test-block [data-step-index].${cls}`))) found.add(Number(element.getAttribute('data-step-index')));
		return [...found].sort((a, b) => a - b);
	}, cls);
}

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/faults.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('restart', () => {
	it('strikes through exactly what the server held at that moment, with those values', async () => {
		await mount([TCP[0]]);
		await goTo(0, 2);
		await player(0).locator('[data-action="restart"][data-participant="S"]').click();
		expect(await cardItems(page, 0, 'S')).toEqual({
			state: { value: 'ESTABLISHED', change: 'removed' },
			connection: { value: 'seq x', change: 'removed' },
		});
		await goTo(0, 3);
		await expect(player(0).locator(byRole(ROLE.failure)).textContent()).resolves.toBe('Server no longer holds connection: restarted after step 3');
	});

	it('restarts a participant at Start, before the first step', async () => {
		await mount([TCP[0]]);
		const root = player(0);
		await root.locator('[data-action="restart"][data-participant="S"]').click();
		await expect(root.getAttribute('data-step')).resolves.toBe('-1');
		expect(await cardItems(page, 0, 'S')).toEqual({ state: { value: 'LISTEN', change: 'removed' } });
		// Issue 18: the card says what the restart took, instead of only that it holds nothing.
		await expect(root.locator('[data-role="state"] > [data-participant="S"] [data-role="restart-note"]').textContent()).resolves.toBe('Restarted before step 1: lost state');
		await expect(root.locator('.protocol-fault-restart').textContent()).resolves.toBe('Server restarted before step 1');
		// SYN gives the server its state again: nothing breaks.
		expect(await stepsWith('is-will-fail')).toEqual([]);
		// The badge sits on Server's lifeline above the first message: below the boxes, above SYN's text.
		const place = await root.locator('svg').evaluate((svg) => {
			const box = (selector: string) => (svg.querySelector(selector) as SVGGraphicsElement).getBBox();
			const badge = box('.protocol-restart-marker circle');
			return { badgeBottom: badge.y + badge.height, badgeTop: badge.y, textTop: box('.messageText[data-step-index="0"]').y };
		});
		expect(place.badgeBottom).toBeLessThanOrEqual(place.textTop + 1);
		await expect(root.locator('svg .protocol-restart-marker').getAttribute('data-restart-position')).resolves.toBe('-1');
	});
});

describe('drop', () => {
	it('loses a message: what it gives its receiver does not happen, a later need fails naming it, the reply after that is a consequence', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 3);
		const drop = root.locator(byAction(ACTION.drop));
		await expect(drop.getAttribute('data-step')).resolves.toBe('3');
		await drop.click();
		await expect(drop.getAttribute('aria-pressed')).resolves.toBe('true');
		expect(await stepsWith('is-dropped')).toEqual([3]);
		expect(await cardItems(page, 0, 'Client')).toEqual({});
		await expect(root.locator('.protocol-fault-drop').textContent()).resolves.toBe('Step 4 lost: Server → Client: Login Response (Set-Cookie: sid)');
		// Standing on it, the lost message has its failure line too, as an exported image of this step says it.
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('lost on the way: Client never gets it');
		await expect(root.locator('.protocol-fault-outcome.is-current .protocol-outcome-step').textContent()).resolves.toBe('Step 4 lost:');
		expect(await stepsWith('is-will-fail')).toEqual([4, 5]);
		await goTo(0, 4);
		// Stepped past, it is listed once again, among the faults.
		await expect(root.locator('.protocol-fault-outcome.is-dropped:not([hidden])').count()).resolves.toBe(0);
		expect(await failedSteps(page, 0)).toEqual([4]);
		// Issue 17, finding 1: the request fails on its own need, naming the lost response.
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('Client does not hold cookie: step 4 was lost');
		await goTo(0, 5);
		expect(await stepsWith('is-consequence')).toEqual([5]);
		expect(await failedSteps(page, 0)).toEqual([4]);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('no answer as written: step 5 failed');
		await expect(root.locator(byRole(ROLE.caption)).getAttribute('class')).resolves.toContain('is-consequence');
		await expect(root.locator(byRole(ROLE.caption)).getAttribute('class')).resolves.not.toContain('is-failed');
		// A consequence is not red: the fallback warning colour of styles.css, not the failure red.
		const arrow = root.locator('svg [data-step-index="5"].messageLine1');
		await expect(arrow.evaluate((e) => getComputedStyle(e).stroke)).resolves.toBe('rgb(178, 107, 0)');
		expect(errors).toEqual([]);
	});

	it('loses a request: what its receiver does inside the call did not happen, and its answer never comes (issue 17, finding 2)', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 0);
		await root.locator(byAction(ACTION.drop)).click();
		expect(await stepsWith('is-will-fail')).toEqual([1, 2, 3, 4, 5]);
		await goTo(0, 1);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('not done as written: step 1 was lost');
		expect(await cardItems(page, 0, 'Server')).toEqual({});
		await goTo(0, 3);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('no answer as written: step 1 was lost');
	});

	it('lists drops and restarts together, and Clear faults clears both', async () => {
		await mount([STATEFUL[0]]);
		const root = player(0);
		await goTo(0, 1);
		await root.locator('[data-action="restart"][data-participant="Client"]').click();
		await goTo(0, 3);
		await root.locator(byAction(ACTION.drop)).click();
		await expect(root.locator('.protocol-fault-list > li:not([hidden]):is(.protocol-fault-restart, .protocol-fault-drop)').allTextContents())
			.resolves.toEqual(['Client restarted after step 2', 'Step 4 lost: Server → Client: Login Response (Set-Cookie: sid)']);
		await root.locator(byAction(ACTION.clearFaults)).click();
		expect(await stepsWith('is-dropped')).toEqual([]);
		expect(await stepsWith('is-will-fail')).toEqual([]);
		await expect(root.locator('.protocol-fault-restart, .protocol-fault-drop').count()).resolves.toBe(0);
		await expect(root.locator(byAction(ACTION.drop)).getAttribute('aria-pressed')).resolves.toBe('false');
	});

	it('offers no drop on a note, a message to oneself or at Start', async () => {
		// Stateful login's second block: 0 Login Request, 1 Store session (to oneself), 2 Login Response, 3 deploy (a note).
		await mount([STATEFUL[1]]);
		const root = player(0);
		await goTo(0, -1);
		await expect(root.locator(byAction(ACTION.drop)).isDisabled()).resolves.toBe(true);
		await goTo(0, 3);
		await expect(root.locator(byAction(ACTION.drop)).isDisabled()).resolves.toBe(true);
		await goTo(0, 1);
		await expect(root.locator(byAction(ACTION.drop)).isDisabled()).resolves.toBe(true);
		await goTo(0, 2);
		await expect(root.locator(byAction(ACTION.drop)).isDisabled()).resolves.toBe(false);
	});

	it('gives the reasons in Korean for a Korean reader', async () => {
		await mount([STATEFUL[0]], { language: 'ko' });
		const root = player(0);
		await goTo(0, 3);
		await root.locator(byAction(ACTION.drop)).click();
		await goTo(0, 4);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('Client에 cookie 없음: 4단계 유실');
		await goTo(0, 5);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('쓰인 대로의 응답 없음: 5단계 실패');
	});
});

describe('a scripted drop', () => {
	it('shows the lost message once the reader reaches it, with the drop control pressed and disabled', async () => {
		// 0 hello (scripted: lost), 1 hi. Issue 17: without injected faults what the author wrote after a lost
		// message stands as written, so "hi" is no consequence.
		await mount(['sequenceDiagram\n    A->>B: hello\n    %% @drop\n    B-->>A: hi']);
		const root = player(0);
		await root.locator(byAction(ACTION.next)).click();
		await root.locator(byAction(ACTION.first)).click();
		expect(await stepsWith('is-dropped')).toEqual([]);
		expect(await stepsWith('is-will-fail')).toEqual([]);
		await goTo(0, 0);
		expect(await stepsWith('is-dropped')).toEqual([0]);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('lost on the way: B never gets it');
		await expect(root.locator('.protocol-fault-outcome:not([hidden]) .protocol-outcome-step').allTextContents()).resolves.toEqual(['Step 1 lost:']);
		const drop = root.locator(byAction(ACTION.drop));
		await expect(drop.getAttribute('aria-pressed')).resolves.toBe('true');
		await expect(drop.isDisabled()).resolves.toBe(true);
		await expect(drop.getAttribute('aria-label')).resolves.toBe('The note loses this message (@drop)');
		await goTo(0, 1);
		expect(await stepsWith('is-consequence')).toEqual([]);
		await expect(drop.getAttribute('aria-pressed')).resolves.toBe('false');
		await expect(drop.isDisabled()).resolves.toBe(false);
		// The reader did not inject it: there is nothing to clear.
		await expect(root.locator(byAction(ACTION.clearFaults)).count()).resolves.toBe(0);
	});
});

describe('@on-failure', () => {
	it('shows the reply as its failure text while the request fails, and as written once the faults are cleared', async () => {
		await mount([ON_FAILURE]);
		const root = player(0);
		const reply = root.locator('svg .messageText[data-step-index="3"]');
		await expect(reply.textContent()).resolves.toBe('Profile');
		await goTo(0, 1);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		await expect(reply.textContent()).resolves.toBe('401 Unauthorized');
		await goTo(0, 3);
		expect(await stepsWith('is-consequence')).toEqual([3]);
		await expect(root.locator(byRole(ROLE.failure)).textContent()).resolves.toBe('no answer as written: step 3 failed');
		// Issue 17, finding 7: the caption reads what the arrow reads.
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Server → Client: 401 Unauthorized');
		await root.locator(byAction(ACTION.clearFaults)).click();
		await expect(reply.textContent()).resolves.toBe('Profile');
		await expect(root.locator(byRole(ROLE.caption)).textContent()).resolves.toBe('Server → Client: Profile');
		expect(await stepsWith('is-consequence')).toEqual([]);
	});

	it.each(['10.9', '11.4'] as const)('swaps and restores the label with Mermaid %s too', async (version) => {
		const { page: other, errors: otherErrors } = await openPage(harness, `/faults-${version}.html`, { mermaid: version });
		await mountBlocks(other, [ON_FAILURE]);
		const root = other.locator('.test-block .protocol-player');
		await goToPosition(other, 0, 1);
		await root.locator('[data-action="restart"][data-participant="Server"]').click();
		const reply = root.locator('svg .messageText[data-step-index="3"]');
		await expect(reply.textContent()).resolves.toBe('401 Unauthorized');
		await expect(reply.evaluate((e) => e.classList.contains('is-will-fail'))).resolves.toBe(true);
		await root.locator(byAction(ACTION.clearFaults)).click();
		await expect(reply.textContent()).resolves.toBe('Profile');
		expect(otherErrors).toEqual([]);
		await other.close();
	});
});
