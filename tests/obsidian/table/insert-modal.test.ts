// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { InsertTableModal } from '../../../src/obsidian/table/insert-modal';
import { initialChoice } from '../../../src/obsidian/table/insert';
import type { TableChoice } from '../../../src/obsidian/settings/model';
import { COMPARISON_NOTE, expectedComparison, fixture, openNote, type Fixture } from './fixture';

beforeAll(() => installObsidianDom(window));

function openModal(f: Fixture): { modal: InsertTableModal; chosen: () => TableChoice | null } {
	const { file } = openNote(f, COMPARISON_NOTE);
	let chosen: TableChoice | null = null;
	const modal = new InsertTableModal(f.ctx.app, f.ctx, file, initialChoice(f.ctx, file), (choice) => (chosen = choice));
	modal.open();
	return { modal, chosen: () => chosen };
}

function settingControl<T extends Element>(modal: InsertTableModal, name: string, selector: string): T {
	const setting = [...modal.contentEl.querySelectorAll('.setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === name);
	const control = setting?.querySelector<T>(selector);
	if (!control) throw new Error(`No ${selector} under the setting "${name}"`);
	return control;
}

function choose(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event('change'));
}

const checkboxes = (modal: InsertTableModal): [string, boolean][] =>
	[...modal.contentEl.querySelectorAll<HTMLInputElement>('input[data-property]')].map((box) => [box.dataset.property ?? '', box.checked]);
/** The preview's text once it is built (the preview is built asynchronously, like the insert). */
const preview = async (modal: InsertTableModal): Promise<string> => {
	await modal.previewReady();
	return modal.contentEl.querySelector('.protocol-table-preview')?.textContent ?? '';
};
const notesLine = (modal: InsertTableModal): string => modal.contentEl.querySelector('.protocol-table-notes')?.firstChild?.textContent ?? '';

describe('InsertTableModal', () => {
	it('starts from the linked notes with every key listed, most common first, and the bookkeeping keys unchecked', async () => {
		const { modal } = openModal(fixture('ko'));
		expect(notesLine(modal)).toBe('노트 3개: 무상태 프로토콜 (Stateless), 상태유지 프로토콜 (Stateful), 세션과 수평 확장');
		expect(checkboxes(modal)).toEqual([
			['tags', false], ['keeps_state', true], ['example', true], ['scalability', true], ['recovery', true], ['aliases', false], ['created', true],
			// The "From the diagram" group: asked for, never assumed.
			['diagram:participants', false], ['diagram:messages', false], ['diagram:holds-state', false], ['diagram:breaks-on-restart', false], ['diagram:survives-restart', false],
		]);
		expect(await preview(modal)).toBe(expectedComparison());
	});

	it('hands over the checked properties in list order when the user inserts, and closes', async () => {
		const { modal, chosen } = openModal(fixture('ko'));
		const insert = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === '넣기');
		insert?.click();
		expect(chosen()).toEqual({ source: 'links', value: undefined, notes: undefined, properties: ['keeps_state', 'example', 'scalability', 'recovery', 'created'], orientation: 'columns' });
		expect(document.body.contains(modal.containerEl)).toBe(false);
	});

	it('updates the preview when a property is unchecked and when the layout changes', async () => {
		const { modal } = openModal(fixture('ko'));
		const created = modal.contentEl.querySelector<HTMLInputElement>('input[data-property="created"]');
		if (!created) throw new Error('no created checkbox');
		created.checked = false;
		created.dispatchEvent(new Event('change'));
		expect(await preview(modal)).toBe(expectedComparison().split('\n').slice(0, 6).join('\n'));
		choose(settingControl<HTMLSelectElement>(modal, '배치', 'select'), 'rows');
		expect((await preview(modal)).split('\n')[0]?.startsWith('| 노트')).toBe(true);
		expect(modal.currentChoice()).toMatchObject({ orientation: 'rows', properties: ['keeps_state', 'example', 'scalability', 'recovery'] });
	});

	it('offers nothing to insert while no property is checked', async () => {
		const { modal, chosen } = openModal(fixture('en'));
		for (const box of modal.contentEl.querySelectorAll<HTMLInputElement>('input[data-property]')) {
			box.checked = false;
			box.dispatchEvent(new Event('change'));
		}
		const insert = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Insert');
		expect(insert?.disabled).toBe(true);
		insert?.click();
		expect(chosen()).toBeNull();
		expect(await preview(modal)).toBe('Check at least one property.');
	});

	it('chooses notes by tag', () => {
		const { modal } = openModal(fixture('ko'));
		choose(settingControl<HTMLSelectElement>(modal, '노트', 'select'), 'tag');
		choose(settingControl<HTMLSelectElement>(modal, '태그', 'select'), 'HTTP');
		expect(notesLine(modal)).toBe('노트 2개: HTTP, 무상태 프로토콜 (Stateless)');
	});

	it('chooses notes by folder', () => {
		const { modal } = openModal(fixture('ko'));
		choose(settingControl<HTMLSelectElement>(modal, '노트', 'select'), 'folder');
		expect(notesLine(modal)).toBe('노트 1개: Reference copy (unchanged) - 상태유지 프로토콜');
	});

	it('picks notes by fuzzy search and removes them again', () => {
		const { modal } = openModal(fixture('ko'));
		choose(settingControl<HTMLSelectElement>(modal, '노트', 'select'), 'picked');
		expect(notesLine(modal)).toBe('조건에 맞는 노트가 없습니다.');
		const search = settingControl<HTMLInputElement>(modal, '노트 찾기', 'input');
		search.value = 'tcp';
		search.dispatchEvent(new Event('input'));
		const results = [...modal.contentEl.querySelectorAll<HTMLButtonElement>('.protocol-table-result button')];
		expect(results.map((b) => b.dataset.path)).toEqual(['TCP.md']);
		results[0]?.click();
		expect(notesLine(modal)).toBe('노트 1개: TCP');
		expect(modal.currentChoice().notes).toEqual(['TCP.md']);
		modal.contentEl.querySelector<HTMLButtonElement>('.protocol-table-picked button')?.click();
		expect(modal.currentChoice().notes).toEqual([]);
	});

	it('starts from the choice remembered for the note', () => {
		const f = fixture('en');
		f.settings.tableChoices[COMPARISON_NOTE] = { source: 'links', properties: ['example'], orientation: 'rows' };
		const { modal } = openModal(f);
		expect(checkboxes(modal).filter(([, checked]) => checked)).toEqual([['example', true]]);
		expect(settingControl<HTMLSelectElement>(modal, 'Layout', 'select').value).toBe('rows');
	});
});
