// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { renderTableSettings } from '../../../src/obsidian/table/settings-section';
import { fixture } from './fixture';

beforeAll(() => installObsidianDom(window));

function control<T extends Element>(root: HTMLElement, name: string, selector: string): T {
	const setting = [...root.querySelectorAll('.setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === name);
	const found = setting?.querySelector<T>(selector);
	if (!found) throw new Error(`No ${selector} under "${name}"`);
	return found;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	input.value = value;
	input.dispatchEvent(new Event('input'));
}

describe('renderTableSettings', () => {
	it('shows the section under its heading with the current values', () => {
		const f = fixture('en');
		f.settings.tableLabels = { keeps_state: 'Keeps state' };
		const root = createDiv();
		renderTableSettings(root, f.ctx);
		expect(root.querySelector('.setting-item-heading .setting-item-name')?.textContent).toBe('Comparison tables');
		expect(control<HTMLInputElement>(root, 'Symbol for true', 'input').value).toBe('✅');
		expect(control<HTMLTextAreaElement>(root, 'Row labels', 'textarea').value).toBe('keeps_state: Keeps state');
	});

	it('saves symbols, padding and labels as they are changed', () => {
		const f = fixture('ko');
		const root = createDiv();
		renderTableSettings(root, f.ctx);
		type(control<HTMLInputElement>(root, '참(true) 기호', 'input'), 'O');
		type(control<HTMLInputElement>(root, '거짓(false) 기호', 'input'), '  ');
		control<HTMLElement>(root, '표 원문 줄 맞추기', '.checkbox-container').click();
		type(control<HTMLTextAreaElement>(root, '행 이름', 'textarea'), 'keeps_state: 상태 유지\nno colon here\nexample: 예시');
		expect(f.settings).toMatchObject({ trueSymbol: 'O', falseSymbol: '❌', padTables: false, tableLabels: { keeps_state: '상태 유지', example: '예시' } });
		expect(f.saves()).toBe(4);
	});

	it('forgets the remembered table choices', async () => {
		const f = fixture('en');
		f.settings.tableChoices = { 'a.md': { source: 'links', properties: [], orientation: 'columns' } };
		const root = createDiv();
		renderTableSettings(root, f.ctx);
		const setting = [...root.querySelectorAll('.setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === 'Remembered choices');
		expect(setting?.querySelector('.setting-item-description')?.textContent).toBe('The table choice of 1 note is remembered.');
		setting?.querySelector('button')?.click();
		await Promise.resolve();
		await Promise.resolve();
		expect(f.settings.tableChoices).toEqual({});
		expect(setting?.querySelector('.setting-item-description')?.textContent).toBe('The table choices of 0 notes are remembered.');
	});
});
