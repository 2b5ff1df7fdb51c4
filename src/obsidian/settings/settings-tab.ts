import { PluginSettingTab, Setting, type SettingDefinitionItem } from 'obsidian';
import { pluginStrings } from '../../i18n/plugin';
import type { PluginContext } from '../context';
import { renderTableSettings } from '../table/settings-section';
import type { ProtocolNotesSettings } from './model';

/** Autoplay speed choices, in milliseconds between steps. */
const AUTOPLAY = { min: 300, max: 3000, step: 100 };

/**
 * The plugin's settings: the player's options, then the comparison tables' section. Obsidian 1.13+ draws it
 * from `getSettingDefinitions()` (so the settings are found by search); older apps call `display()`.
 */
export class ProtocolNotesSettingTab extends PluginSettingTab {
	constructor(private readonly ctx: PluginContext) {
		super(ctx.app, ctx.plugin);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const words = pluginStrings(this.ctx.language).settings;
		return [
			{ name: words.inferStateName, desc: words.inferStateDesc, control: { type: 'toggle', key: 'inferState' } },
			{ name: words.playerOnMermaidName, desc: words.playerOnMermaidDesc, control: { type: 'toggle', key: 'playerOnMermaid' } },
			{ name: words.autoplayName, desc: words.autoplayDesc, control: { type: 'slider', key: 'autoplayMs', ...AUTOPLAY } },
			{ name: words.fadedOpacityName, desc: words.fadedOpacityDesc, control: { type: 'slider', key: 'fadedOpacity', min: 0, max: 1, step: 0.05 } },
			{ name: words.showOutcomesAheadName, desc: words.showOutcomesAheadDesc, control: { type: 'toggle', key: 'showOutcomesAhead' } },
			// The table section draws its own settings into the row it is given.
			{ name: '', searchable: false, render: (setting) => renderTableSettings(setting.settingEl, this.ctx) },
		];
	}

	override getControlValue(key: string): unknown {
		return (this.ctx.settings() as unknown as Record<string, unknown>)[key];
	}

	override setControlValue(key: string, value: unknown): Promise<void> {
		return this.save({ [key]: value });
	}

	override display(): void {
		const { containerEl, ctx } = this;
		const words = pluginStrings(ctx.language).settings;
		const settings = ctx.settings();
		containerEl.empty();

		new Setting(containerEl)
			.setName(words.inferStateName)
			.setDesc(words.inferStateDesc)
			.addToggle((toggle) => toggle.setValue(settings.inferState).onChange((value) => this.save({ inferState: value })));
		new Setting(containerEl)
			.setName(words.playerOnMermaidName)
			.setDesc(words.playerOnMermaidDesc)
			.addToggle((toggle) => toggle.setValue(settings.playerOnMermaid).onChange((value) => this.save({ playerOnMermaid: value })));
		new Setting(containerEl)
			.setName(words.autoplayName)
			.setDesc(words.autoplayDesc)
			.addSlider((slider) =>
				slider
					.setLimits(AUTOPLAY.min, AUTOPLAY.max, AUTOPLAY.step)
					.setValue(settings.autoplayMs)
					.onChange((value) => this.save({ autoplayMs: value })),
			);
		new Setting(containerEl)
			.setName(words.fadedOpacityName)
			.setDesc(words.fadedOpacityDesc)
			.addSlider((slider) =>
				slider
					.setLimits(0, 1, 0.05)
					.setValue(settings.fadedOpacity)
					.onChange((value) => this.save({ fadedOpacity: value })),
			);
		new Setting(containerEl)
			.setName(words.showOutcomesAheadName)
			.setDesc(words.showOutcomesAheadDesc)
			.addToggle((toggle) => toggle.setValue(settings.showOutcomesAhead).onChange((value) => this.save({ showOutcomesAhead: value })));

		renderTableSettings(containerEl, ctx);
	}

	/** Changes settings in place (the context's `settings()` reads the same object) and saves them. */
	private save(change: Partial<ProtocolNotesSettings>): Promise<void> {
		Object.assign(this.ctx.settings(), change);
		return this.ctx.saveSettings();
	}
}
