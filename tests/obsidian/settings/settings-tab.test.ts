// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { SettingDefinition, SettingDefinitionItem } from 'obsidian';
import { ProtocolNotesSettingTab } from '../../../src/obsidian/settings/settings-tab';
import { SETTING_DECLARATIONS } from '../../../src/obsidian/settings/declarations';
import { testPlugin } from '../support/context';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { Setting } from '../../fakes/obsidian/setting';

installObsidianDom(window);

/** Opens the tab as Obsidian before 1.13 does, through `display()` (deprecated from 1.13, still our fallback). */
function openOnOlderApp(tab: ProtocolNotesSettingTab): HTMLElement {
	(tab as { display(): void }).display();
	return tab.containerEl;
}

/** The `.setting-item` whose visible name is `name`. */
function settingNamed(container: HTMLElement, name: string): HTMLElement {
	const item = Array.from(container.querySelectorAll<HTMLElement>('.setting-item')).find((el) => el.querySelector('.setting-item-name')?.textContent === name);
	if (!item) throw new Error(`no setting named ${name}`);
	return item;
}

function slide(item: HTMLElement, value: number): void {
	const input = item.querySelector<HTMLInputElement>('input[type=range]')!;
	input.value = String(value);
	input.dispatchEvent(new Event('input'));
}

function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
	field.value = value;
	field.dispatchEvent(new Event('input'));
}

/** Every setting definition, the groups' items included, in order. */
function flatten(items: SettingDefinitionItem[]): SettingDefinition[] {
	return items.flatMap((item) => ('type' in item && (item.type === 'group' || item.type === 'list') ? flatten(item.items ?? []) : 'type' in item ? [] : [item]));
}

const ENGLISH_NAMES = [
	'Infer state from notes', 'Player on Mermaid sequence diagrams', 'Autoplay speed', 'Faded step opacity',
	'Show outcomes ahead', 'Symbol for true', 'Symbol for false', 'Line up table source', 'Row labels', 'Remembered choices',
];

describe('settings tab on Obsidian 1.13 (setting definitions, found by the settings search)', () => {
	it('declares every setting once, the table settings included, under their heading, none hidden from search', () => {
		const { ctx } = testPlugin();
		const items = new ProtocolNotesSettingTab(ctx).getSettingDefinitions();
		const all = flatten(items);
		expect(all.map((d) => d.name)).toEqual(ENGLISH_NAMES);
		expect(all.map((d) => ('control' in d && d.control ? d.control.key : 'render'))).toEqual([
			'inferState', 'playerOnMermaid', 'autoplayMs', 'fadedOpacity', 'showOutcomesAhead', 'trueSymbol', 'falseSymbol', 'padTables', 'tableLabels', 'render',
		]);
		expect(all.every((d) => d.searchable === undefined && typeof d.desc === 'string' && d.desc !== '')).toBe(true);
		expect(items.find((item) => 'type' in item && item.type === 'group')).toMatchObject({ heading: 'Comparison tables' });
		expect(new Set(SETTING_DECLARATIONS.map((d) => d.key)).size).toBe(SETTING_DECLARATIONS.length);
	});

	it('reads and saves each value through the control value methods, once per change', async () => {
		const { plugin, ctx, settings } = testPlugin();
		const tab = new ProtocolNotesSettingTab(ctx);
		expect(tab.getControlValue('autoplayMs')).toBe(1200);
		await tab.setControlValue('autoplayMs', 900);
		await tab.setControlValue('tableLabels', 'keeps_state: 상태 유지\nno colon here\nexample: 예시');
		await tab.setControlValue('trueSymbol', '   ');
		expect(settings).toMatchObject({ autoplayMs: 900, tableLabels: { keeps_state: '상태 유지', example: '예시' }, trueSymbol: '✅' });
		expect(tab.getControlValue('tableLabels')).toBe('keeps_state: 상태 유지\nexample: 예시');
		expect(plugin.saves).toBe(3);
		expect(plugin.data).toMatchObject({ autoplayMs: 900, trueSymbol: '✅' });
	});

	it('forgets the remembered table choices from the row it renders', async () => {
		const { ctx, settings } = testPlugin();
		settings.tableChoices = { 'a.md': { source: 'links', properties: [], orientation: 'columns' } };
		const row = flatten(new ProtocolNotesSettingTab(ctx).getSettingDefinitions()).find((d) => d.name === 'Remembered choices');
		const setting = new Setting(createDiv());
		if (!row || !('render' in row) || !row.render) throw new Error('no render for the remembered choices');
		row.render(setting as never, undefined as never);
		expect(setting.descEl.textContent).toBe('The table choice of 1 note is remembered.');
		setting.controlEl.querySelector('button')?.click();
		await Promise.resolve();
		await Promise.resolve();
		expect(settings.tableChoices).toEqual({});
		expect(setting.descEl.textContent).toBe('The table choices of 0 notes are remembered.');
	});
});

describe('settings tab on older apps (display, drawn from the same declarations)', () => {
	it('shows every setting with its current value, the tables under their heading', () => {
		const { ctx } = testPlugin('en', { inferState: false, autoplayMs: 2000, falseSymbol: 'X' });
		const el = openOnOlderApp(new ProtocolNotesSettingTab(ctx));
		expect(Array.from(el.querySelectorAll('.setting-item:not(.setting-item-heading) .setting-item-name'), (n) => n.textContent)).toEqual(ENGLISH_NAMES);
		expect(el.querySelector('.setting-item-heading .setting-item-name')?.textContent).toBe('Comparison tables');
		expect(settingNamed(el, 'Infer state from notes').querySelector('.checkbox-container')!.classList.contains('is-enabled')).toBe(false);
		expect(settingNamed(el, 'Autoplay speed').querySelector<HTMLInputElement>('input')!.value).toBe('2000');
		expect(settingNamed(el, 'Symbol for false').querySelector<HTMLInputElement>('input')!.value).toBe('X');
	});

	it('saves each change once: toggles, sliders, symbols, padding and labels', async () => {
		const { plugin, ctx, settings } = testPlugin();
		const el = openOnOlderApp(new ProtocolNotesSettingTab(ctx));
		settingNamed(el, 'Infer state from notes').querySelector<HTMLElement>('.checkbox-container')!.click();
		slide(settingNamed(el, 'Faded step opacity'), 0.2);
		settingNamed(el, 'Show outcomes ahead').querySelector<HTMLElement>('.checkbox-container')!.click();
		type(settingNamed(el, 'Symbol for true').querySelector('input')!, 'O');
		settingNamed(el, 'Line up table source').querySelector<HTMLElement>('.checkbox-container')!.click();
		type(settingNamed(el, 'Row labels').querySelector('textarea')!, 'keeps_state: 상태 유지');
		await Promise.resolve();
		expect(settings).toMatchObject({ inferState: false, fadedOpacity: 0.2, showOutcomesAhead: true, trueSymbol: 'O', padTables: false, tableLabels: { keeps_state: '상태 유지' } });
		expect(plugin.saves).toBe(6);
	});

	it('is labelled in Korean when Obsidian is in Korean', () => {
		const { ctx } = testPlugin('ko');
		const el = openOnOlderApp(new ProtocolNotesSettingTab(ctx));
		const names = Array.from(el.querySelectorAll('.setting-item-name'), (n) => n.textContent);
		expect(names.slice(0, 5)).toEqual(['노트에서 상태 추론', 'Mermaid 시퀀스 다이어그램에 플레이어 표시', '자동 재생 속도', '아직 오지 않은 단계의 불투명도', '앞으로의 결과 미리 표시']);
		expect(names).toContain('비교표');
		expect(names).toContain('행 이름');
	});
});
