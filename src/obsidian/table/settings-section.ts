import { Setting } from 'obsidian';
import { formatLabels, parseLabels } from '../../core';
import { tableStrings } from '../../i18n/tables';
import type { PluginContext } from '../context';
import type { ProtocolNotesSettings } from '../settings/model';

/** Draws the comparison tables' settings (symbols, padding, row labels, remembered choices) at the end of `containerEl`. */
export function renderTableSettings(containerEl: HTMLElement, ctx: PluginContext): void {
	const words = tableStrings(ctx.language).settings;
	const settings = ctx.settings();
	// Settings change in place: `ctx.settings()` returns the same object the plugin saves.
	const save = (change: Partial<ProtocolNotesSettings>): Promise<void> => {
		Object.assign(ctx.settings(), change);
		return ctx.saveSettings();
	};
	const sectionEl = containerEl.createDiv({ cls: 'protocol-table-settings' });

	new Setting(sectionEl).setName(words.heading).setHeading();
	new Setting(sectionEl)
		.setName(words.trueName)
		.setDesc(words.trueDesc)
		// An empty symbol would leave the cell looking missing; the default comes back instead.
		.addText((text) => text.setValue(settings.trueSymbol).onChange((value) => save({ trueSymbol: value.trim() || '✅' })));
	new Setting(sectionEl)
		.setName(words.falseName)
		.setDesc(words.falseDesc)
		.addText((text) => text.setValue(settings.falseSymbol).onChange((value) => save({ falseSymbol: value.trim() || '❌' })));
	new Setting(sectionEl)
		.setName(words.padName)
		.setDesc(words.padDesc)
		.addToggle((toggle) => toggle.setValue(settings.padTables).onChange((value) => save({ padTables: value })));
	new Setting(sectionEl)
		.setName(words.labelsName)
		.setDesc(words.labelsDesc)
		.addTextArea((area) => area.setValue(formatLabels(settings.tableLabels)).onChange((value) => save({ tableLabels: parseLabels(value) })));

	const remembered = new Setting(sectionEl).setName(words.choicesName);
	const describe = (): void => {
		remembered.setDesc(words.choicesDesc(Object.keys(ctx.settings().tableChoices).length));
	};
	describe();
	remembered.addButton((button) =>
		button.setButtonText(words.forget).onClick(async () => {
			await save({ tableChoices: {} });
			describe();
		}),
	);
}
