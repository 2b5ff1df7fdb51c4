// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ProtocolNotesSettingTab } from '../../../src/obsidian/settings/settings-tab';
import { testPlugin } from '../support/context';
import { installObsidianDom } from '../../fakes/obsidian/dom';

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

describe('settings tab', () => {
	it('saves each toggle and slider the user changes', async () => {
		const { plugin, ctx, settings } = testPlugin();
		const tab = new ProtocolNotesSettingTab(ctx);
		const el = openOnOlderApp(tab);

		settingNamed(el, 'Infer state from notes').querySelector<HTMLElement>('.checkbox-container')!.click();
		settingNamed(el, 'Player on Mermaid sequence diagrams').querySelector<HTMLElement>('.checkbox-container')!.click();
		slide(settingNamed(el, 'Autoplay speed'), 600);
		slide(settingNamed(el, 'Faded step opacity'), 0.2);
		settingNamed(el, 'Show outcomes ahead').querySelector<HTMLElement>('.checkbox-container')!.click();
		await Promise.resolve();

		expect(settings).toMatchObject({ inferState: false, playerOnMermaid: false, autoplayMs: 600, fadedOpacity: 0.2, showOutcomesAhead: true });
		expect(plugin.data).toMatchObject({ inferState: false, playerOnMermaid: false, autoplayMs: 600, fadedOpacity: 0.2, showOutcomesAhead: true });
		expect(plugin.saves).toBe(5);
	});

	it('shows the current settings when opened', () => {
		const { ctx } = testPlugin('en', { inferState: false, autoplayMs: 2000 });
		const tab = new ProtocolNotesSettingTab(ctx);
		openOnOlderApp(tab);
		const infer = settingNamed(tab.containerEl, 'Infer state from notes').querySelector('.checkbox-container')!;
		expect(infer.classList.contains('is-enabled')).toBe(false);
		expect(settingNamed(tab.containerEl, 'Player on Mermaid sequence diagrams').querySelector('.checkbox-container')!.classList.contains('is-enabled')).toBe(true);
		expect(settingNamed(tab.containerEl, 'Autoplay speed').querySelector<HTMLInputElement>('input')!.value).toBe('2000');
	});

	it('defines the same five settings for the searchable settings of Obsidian 1.13, saving through the same path', async () => {
		const { plugin, ctx, settings } = testPlugin();
		const tab = new ProtocolNotesSettingTab(ctx);
		const controls = tab.getSettingDefinitions().flatMap((d) => ('control' in d && d.control ? [[d.name, d.control.key]] : []));
		expect(controls).toEqual([
			['Infer state from notes', 'inferState'],
			['Player on Mermaid sequence diagrams', 'playerOnMermaid'],
			['Autoplay speed', 'autoplayMs'],
			['Faded step opacity', 'fadedOpacity'],
			['Show outcomes ahead', 'showOutcomesAhead'],
		]);
		expect(tab.getControlValue('autoplayMs')).toBe(1200);
		await tab.setControlValue('autoplayMs', 900);
		expect(settings.autoplayMs).toBe(900);
		expect(plugin.data).toMatchObject({ autoplayMs: 900 });
	});

	it('is labelled in Korean when Obsidian is in Korean', () => {
		const { ctx } = testPlugin('ko');
		const tab = new ProtocolNotesSettingTab(ctx);
		openOnOlderApp(tab);
		const names = Array.from(tab.containerEl.querySelectorAll('.setting-item-name'), (n) => n.textContent).slice(0, 5);
		expect(names).toEqual(['노트에서 상태 추론', 'Mermaid 시퀀스 다이어그램에 플레이어 표시', '자동 재생 속도', '아직 오지 않은 단계의 불투명도', '앞으로의 결과 미리 표시']);
	});
});
