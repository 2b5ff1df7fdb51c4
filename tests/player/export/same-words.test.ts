import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../../browser/harness';
import { resetPage } from '../../browser/queries';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';

// Every protocol block of the example vault's notes (issue 18: the export said `code_verifier: v` where the
// player says `code_verifier = v`, and missed what the cards say about restarts).
const VAULT = join(import.meta.dirname, '..', '..', '..', 'example-vault');
const BLOCKS = readdirSync(VAULT).filter((name) => name.endsWith('.md'))
	.flatMap((name) => codeBlocks(readExampleNote(name), 'protocol').map((block, i) => ({ what: `${name} #${i + 1}`, source: block.source })));

let harness: Harness;
let page: Page;
let errors: string[];

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/same-words.html'));
});
afterAll(async () => {
	await harness.close();
});

/** One card as read: its items (key, value, change, durable mark) and its notes. */
interface ReadCard {
	items: string[];
	restartNote: string | null;
	note: string | null;
}

/**
 * Mounts a block, optionally restarts its first participant after the first step, and at every export
 * position reads what the player's DOM shows and what the export's snapshot says: counter, caption, cards.
 */
function readBoth(source: string, withFault: boolean): Promise<Array<{ index: number; player: unknown; exported: unknown }>> {
	return page.evaluate(async ([source, withFault]) => {
		type Snapshot = { counter: string; caption: string; cards: Array<{ rows: Array<{ key: string; value: string | true; change?: string; durable?: string }>; note?: string; restartNote?: string }> };
		type Handle = { root: HTMLElement; setFaults(faults: object[]): void; exportSource(): { count(): number; show(i: number): Snapshot; restore(): void } };
		const hooks = window as unknown as { __mount(s: string[], o: object): Promise<number>; __players: Array<{ handle: Handle }> };
		await hooks.__mount([source], {});
		const handle = hooks.__players[0].handle;
		const first = handle.root.querySelector('[data-role="state"] > [data-participant]')?.getAttribute('data-participant');
		if (withFault && first !== null && first !== undefined) handle.setFaults([{ kind: 'restart', participant: first, after: 0 }]);
		const exportSource = handle.exportSource();
		const text = (element: Element | null): string | null => (element === null || (element as HTMLElement).hidden ? null : element.textContent);
		const found: Array<{ index: number; player: unknown; exported: unknown }> = [];
		for (let index = 0; index < exportSource.count(); index++) {
			const snapshot = exportSource.show(index);
			const compact = Array.from(handle.root.querySelectorAll('[data-role="state"] > [data-participant]')).map((card) => card.classList.contains('is-empty'));
			const player = {
				counter: handle.root.querySelector('[data-role="counter"]')?.textContent ?? '',
				caption: handle.root.querySelector('[data-role="caption"]')?.textContent ?? '',
				cards: Array.from(handle.root.querySelectorAll('[data-role="state"] > [data-participant]')).map((card): ReadCard | 'compact' => card.classList.contains('is-empty') ? 'compact' : {
					items: Array.from(card.querySelectorAll('[data-item]')).map((item) => [
						item.querySelector('.protocol-state-key')?.textContent ?? '',
						item.querySelector('.protocol-state-value')?.textContent ?? '(none)',
						item.getAttribute('data-change') ?? '',
						item.querySelector('.protocol-state-durable')?.textContent ?? '',
					].join('|')),
					restartNote: text(card.querySelector('[data-role="restart-note"]')),
					note: text(card.querySelector('.protocol-state-note')),
				}),
			};
			const exported = {
				counter: snapshot.counter,
				caption: snapshot.caption,
				cards: snapshot.cards.map((card, i): ReadCard | 'compact' => compact[i] === true ? 'compact' : {
					items: card.rows.map((row) => [row.key, row.value === true ? '(none)' : row.value, row.change ?? '', row.durable ?? ''].join('|')),
					restartNote: card.restartNote ?? null,
					note: card.note ?? null,
				}),
			};
			found.push({ index, player, exported });
		}
		exportSource.restore();
		return found;
	}, [source, withFault] as const);
}

describe('the export says what the player says', () => {
	it('reads the example vault', () => {
		expect(BLOCKS.length).toBeGreaterThanOrEqual(8);
	});

	for (const block of BLOCKS) {
		for (const withFault of [false, true]) {
			it(`${block.what}${withFault ? ', its first participant restarted after step 1' : ''}: counter, caption and cards at every position`, async () => {
				await resetPage(page);
				errors.length = 0;
				const positions = await readBoth(block.source, withFault);
				expect(positions.length).toBeGreaterThan(1);
				for (const { index, player, exported } of positions) expect(exported, `export position ${index}`).toEqual(player);
				expect(errors).toEqual([]);
			});
		}
	}
});
