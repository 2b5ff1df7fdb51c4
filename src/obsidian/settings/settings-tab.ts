import { PluginSettingTab, Setting, type SettingDefinition, type SettingDefinitionItem } from 'obsidian';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import { declarationOf, SETTING_DECLARATIONS, type SettingDeclaration } from './declarations';

/**
 * The plugin's settings, drawn from `SETTING_DECLARATIONS` only: the player's options, then the comparison
 * tables' under their heading. Obsidian 1.13+ draws it from `getSettingDefinitions()`, so every setting is
 * found by the settings search; older apps call `display()`, which draws the same declarations. Either way
 * a change goes through `setControlValue`, the one place settings are saved.
 */
export class ProtocolNotesSettingTab extends PluginSettingTab {
	constructor(private readonly ctx: PluginContext) {
		super(ctx.app, ctx.plugin);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		const definitions = (group: SettingDeclaration['group']): SettingDefinition[] =>
			SETTING_DECLARATIONS.filter((declaration) => declaration.group === group).map((declaration) => this.definition(declaration));
		return [...definitions('player'), { type: 'group', heading: tableStrings(this.ctx.language).settings.heading, items: definitions('tables') }];
	}

	override getControlValue(key: string): unknown {
		const saved = (this.ctx.settings() as unknown as Record<string, unknown>)[key];
		const declaration = declarationOf(key);
		return declaration?.toControl ? declaration.toControl(saved) : saved;
	}

	/** Changes one setting in place (the context's `settings()` reads the same object) and saves once. */
	override setControlValue(key: string, value: unknown): Promise<void> {
		const declaration = declarationOf(key);
		if (!declaration) return Promise.resolve();
		(this.ctx.settings() as unknown as Record<string, unknown>)[key] = declaration.fromControl ? declaration.fromControl(value) : value;
		return this.ctx.saveSettings();
	}

	/** The tab for apps before 1.13, drawn from the same declarations as `getSettingDefinitions`. */
	override display(): void {
		const { containerEl } = this;
		containerEl.empty();
		let group: SettingDeclaration['group'] = 'player';
		for (const declaration of SETTING_DECLARATIONS) {
			if (declaration.group !== group) {
				group = declaration.group;
				new Setting(containerEl).setName(tableStrings(this.ctx.language).settings.heading).setHeading();
			}
			this.drawControl(new Setting(containerEl), declaration);
		}
	}

	/** A declaration as an Obsidian 1.13 setting definition. */
	private definition(declaration: SettingDeclaration): SettingDefinition {
		const { name, desc } = declaration.words(this.ctx.language);
		const { key, control } = declaration;
		switch (control.type) {
			case 'toggle': return { name, desc, control: { type: 'toggle', key, defaultValue: declaration.defaultValue as boolean } };
			case 'slider': return { name, desc, control: { type: 'slider', key, min: control.min, max: control.max, step: control.step, defaultValue: declaration.defaultValue as number } };
			case 'text': return { name, desc, control: { type: 'text', key, defaultValue: declaration.defaultValue as string } };
			case 'textarea': return { name, desc, control: { type: 'textarea', key } };
			case 'forget': return { name, desc, render: (setting) => this.drawControl(setting, declaration) };
		}
	}

	/** Names a setting row and adds its control, reading and saving through the control value methods. */
	private drawControl(setting: Setting, declaration: SettingDeclaration): void {
		const { name, desc } = declaration.words(this.ctx.language);
		const { key, control } = declaration;
		setting.setName(name).setDesc(desc);
		const save = (value: unknown): void => {
			this.setControlValue(key, value).catch((error: unknown) => console.error('Protocol Notes: saving settings failed', error));
		};
		switch (control.type) {
			case 'toggle':
				setting.addToggle((toggle) => toggle.setValue(this.getControlValue(key) as boolean).onChange(save));
				break;
			case 'slider':
				setting.addSlider((slider) => slider.setLimits(control.min, control.max, control.step).setValue(this.getControlValue(key) as number).onChange(save));
				break;
			case 'text':
				setting.addText((text) => text.setValue(this.getControlValue(key) as string).onChange(save));
				break;
			case 'textarea':
				setting.addTextArea((area) => area.setValue(this.getControlValue(key) as string).onChange(save));
				break;
			case 'forget': {
				const words = tableStrings(this.ctx.language).settings;
				const describe = (): void => {
					setting.setDesc(words.choicesDesc(Object.keys(this.ctx.settings().tableChoices).length));
				};
				describe();
				setting.addButton((button) =>
					button.setButtonText(words.forget).onClick(async () => {
						await this.setControlValue(key, {});
						describe();
					}),
				);
			}
		}
	}
}
