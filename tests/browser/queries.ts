import type { Page } from 'playwright-core';

/** The state class (`is-past`, `is-current`, `is-future`, `is-off-path`) each step's elements carry in player `n`, by step index. */
export async function stepStates(page: Page, n: number): Promise<Record<number, string>> {
	return page.evaluate((n) => {
		const root = document.querySelectorAll('.test-block, .protocol-block')[n];
		const states: Record<number, string> = {};
		for (const element of Array.from(root?.querySelectorAll('[data-step-index]') ?? [])) {
			const index = Number(element.getAttribute('data-step-index'));
			const state = ['is-past', 'is-current', 'is-future', 'is-off-path'].filter((c) => element.classList.contains(c)).join(' ');
			// Every element of a step must agree; a disagreement shows up as two states joined.
			states[index] = states[index] === undefined || states[index] === state ? state : `${states[index]}|${state}`;
		}
		return states;
	}, n);
}

/** Step indices whose elements carry `is-failed` in player `n`. */
export async function failedSteps(page: Page, n: number): Promise<number[]> {
	return page.evaluate((n) => {
		const root = document.querySelectorAll('.test-block, .protocol-block')[n];
		const failed = new Set<number>();
		for (const element of Array.from(root?.querySelectorAll('[data-step-index].is-failed') ?? [])) failed.add(Number(element.getAttribute('data-step-index')));
		return [...failed].sort((a, b) => a - b);
	}, n);
}

/** The items of a participant's state card in player `n`: key → { value, change }. */
export async function cardItems(page: Page, n: number, participant: string): Promise<Record<string, { value: string; change: string }>> {
	return page.evaluate(([n, participant]) => {
		const root = document.querySelectorAll('.test-block, .protocol-block')[n];
		const card = root?.querySelector(`[data-role="state"] [data-participant="${participant}"]`);
		const items: Record<string, { value: string; change: string }> = {};
		for (const item of Array.from(card?.querySelectorAll('[data-item]') ?? [])) {
			items[item.getAttribute('data-item') ?? ''] = {
				value: item.querySelector('.protocol-state-value')?.textContent ?? '',
				change: item.getAttribute('data-change') ?? '',
			};
		}
		return items;
	}, [n, participant] as const);
}

/** The hooks a player test page (tests/browser pages) exposes on `window`. */
interface TestPageHooks {
	__mount(sources: string[], options: object): Promise<number>;
	__reset(): void;
	__players: Array<{ handle: { goTo(position: number): void } }>;
}

/** Mounts one player per source on a test page (each in its own `.test-block`); resolves to how many were mounted. */
export function mountBlocks(page: Page, sources: string[], options: Record<string, unknown> = {}): Promise<number> {
	return page.evaluate(([s, o]) => (window as unknown as TestPageHooks).__mount(s, o), [sources, options] as const);
}

/** Removes every player of a test page, running their cleanups, so each test starts from an empty page. */
export function resetPage(page: Page): Promise<void> {
	return page.evaluate(() => (window as unknown as TestPageHooks).__reset());
}

/** Moves player `n` of a test page to a path position through its handle. */
export function goToPosition(page: Page, n: number, position: number): Promise<void> {
	return page.evaluate(([n, p]) => (window as unknown as TestPageHooks).__players[n]?.handle.goTo(p), [n, position] as const);
}
