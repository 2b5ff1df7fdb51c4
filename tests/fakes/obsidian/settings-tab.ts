import type * as obsidian from 'obsidian';

/**
 * Fake of Obsidian's `PluginSettingTab`: a detached container the tab draws into with `display()`, as the
 * settings window does when the tab is opened.
 */
export abstract class PluginSettingTab implements obsidian.PluginSettingTab {
	app: obsidian.App;
	plugin: obsidian.Plugin;
	icon = 'settings';
	private container: HTMLElement | null = null;
	settingItems: obsidian.SettingDefinitionItem[] = [];

	constructor(app: obsidian.App, plugin: obsidian.Plugin) {
		this.app = app;
		this.plugin = plugin;
	}
	/** Made when first drawn into, as the settings window does, so a tab can be built where there is no DOM. */
	get containerEl(): HTMLElement {
		this.container ??= createDiv({ cls: 'vertical-tab-content' });
		return this.container;
	}
	getSettingDefinitions(): obsidian.SettingDefinitionItem[] {
		return [];
	}
	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}
	getControlValue(key: string): unknown {
		return this.pluginSettings()?.[key];
	}
	setControlValue(key: string, value: unknown): Promise<void> {
		const settings = this.pluginSettings();
		if (!settings) return Promise.resolve();
		settings[key] = value;
		return this.plugin.saveData(settings);
	}
	private pluginSettings(): Record<string, unknown> | undefined {
		return (this.plugin as unknown as { settings?: Record<string, unknown> }).settings;
	}
	refreshDomState(): void {}
	display(): void {}
	hide(): void {
		this.containerEl.replaceChildren();
	}
}
