import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, openPage, type Harness } from '../browser/harness';
import { goToPosition, mountBlocks, resetPage } from '../browser/queries';
import { codeBlocks, readExampleNote } from '../support/note-blocks';

// Stateless login: Server keeps `signing key` (%% @durable). 0 Login Request, 1 Verify Request,
// 2 Login Response (+Client token), 3 GET /profile (needs Client token, Server signing key), 4 Profile.
const STATELESS = codeBlocks(readExampleNote('Stateless login.md'), 'protocol')[0]?.source ?? '';

let harness: Harness;
let page: Page;
let errors: string[];

const player = () => page.locator('.test-block').nth(0).locator('.protocol-player');
const card = (participant: string) => player().locator(`[data-role="state"] > [data-participant="${participant}"]`);

beforeAll(async () => {
	harness = await openHarness();
	({ page, errors } = await openPage(harness, '/card-notes.html'));
});
afterAll(async () => {
	await harness.close();
});
beforeEach(async () => {
	await resetPage(page);
	errors.length = 0;
});

describe('durable items on the cards', () => {
	it('marks a durable item with a visible word that screen readers read too, and no other item', async () => {
		await mountBlocks(page, [STATELESS]);
		await goToPosition(page, 0, 2);
		const key = card('Server').locator('[data-item="signing key"]');
		await expect(key.getAttribute('data-durable')).resolves.toBe('');
		await expect(key.locator('.protocol-state-durable').isVisible()).resolves.toBe(true);
		// The item's accessible text carries the word itself, not only a symbol.
		await expect(key.textContent()).resolves.toBe('signing key durable');
		await expect(card('Client').locator('[data-item="token"]').getAttribute('data-durable')).resolves.toBeNull();
		await expect(player().locator('[data-item][data-durable]').count()).resolves.toBe(1);
		expect(errors).toEqual([]);
	});

	it('says it in Korean for a Korean reader', async () => {
		await mountBlocks(page, [STATELESS], { language: 'ko' });
		await expect(card('Server').locator('[data-item="signing key"] .protocol-state-durable').textContent()).resolves.toBe('영구');
	});
});

describe('the restart note', () => {
	it('says a restart lost nothing and what it keeps, though the card looks the same', async () => {
		await mountBlocks(page, [STATELESS]);
		await goToPosition(page, 0, 1);
		await player().locator('[data-action="restart"][data-participant="Server"]').click();
		const note = card('Server').locator('[data-role="restart-note"]');
		await expect(note.isVisible()).resolves.toBe(true);
		await expect(note.textContent()).resolves.toBe('Restarted after step 2: lost nothing; keeps signing key (durable)');
		// The note belongs to the moment of the restart: a step later it is gone.
		await goToPosition(page, 0, 2);
		await expect(note.isVisible()).resolves.toBe(false);
		await goToPosition(page, 0, 1);
		await expect(note.isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
	});

	it('names what a restart took, in place of the line that the card holds nothing', async () => {
		await mountBlocks(page, [STATELESS]);
		await goToPosition(page, 0, 2);
		await player().locator('[data-action="restart"][data-participant="Client"]').click();
		await expect(card('Client').locator('[data-role="restart-note"]').textContent()).resolves.toBe('Restarted after step 3: lost token');
		await expect(card('Client').locator('.protocol-state-note').isVisible()).resolves.toBe(false);
		// Past the restart, the card holds nothing and says so as before.
		await goToPosition(page, 0, 3);
		await expect(card('Client').locator('.protocol-state-note').textContent()).resolves.toBe('Restarted after step 3: holds nothing');
	});

	it('speaks Korean to a Korean reader', async () => {
		await mountBlocks(page, [STATELESS], { language: 'ko' });
		await goToPosition(page, 0, 1);
		await player().locator('[data-action="restart"][data-participant="Server"]').click();
		await expect(card('Server').locator('[data-role="restart-note"]').textContent()).resolves.toBe('2단계 뒤 재시작됨: 잃은 것 없음; signing key 유지(영구)');
	});
});
