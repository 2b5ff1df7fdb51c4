import { formatLabels, parseLabels } from '../../core';
import type { Language } from '../../i18n/language';
import { pluginStrings } from '../../i18n/plugin';
import { tableStrings } from '../../i18n/tables';
import type { ProtocolNotesSettings } from './types';

/** The control a setting is changed with; the same for Obsidian 1.13's setting definitions and the older tab. */
export type SettingControlSpec =
	| { type: 'toggle' }
	| { type: 'slider'; min: number; max: number; step: number }
	| { type: 'text' }
	| { type: 'textarea' }
	/** A button that empties the setting (the remembered table choices). */
	| { type: 'forget' };

/** One setting, declared once: its key, default, words, control and how the control's value maps to the saved one. */
export interface SettingDeclaration {
	key: keyof ProtocolNotesSettings;
	/** The section it is shown in: the player's settings first, then the comparison tables' under their heading. */
	group: 'player' | 'tables';
	defaultValue: unknown;
	words(language: Language): { name: string; desc: string };
	control: SettingControlSpec;
	/** The saved value as the control shows it (labels as lines of text); the value itself when absent. */
	toControl?(saved: unknown): unknown;
	/** The control's value as saved (an emptied symbol falls back to the default); the value itself when absent. */
	fromControl?(shown: unknown): unknown;
}

/** A symbol field: an empty symbol would leave the cell looking missing, so the default comes back instead. */
function symbolOr(fallback: string): (shown: unknown) => unknown {
	return (shown) => (typeof shown === 'string' && shown.trim() !== '' ? shown.trim() : fallback);
}

/**
 * Every setting of the plugin, in the order shown: the one source of the keys, defaults, names,
 * descriptions and controls. `DEFAULT_SETTINGS`, the loader's checks, Obsidian 1.13's searchable setting
 * definitions and the tab drawn on older apps are all made from this list.
 */
export const SETTING_DECLARATIONS: readonly SettingDeclaration[] = [
	{
		key: 'inferState', group: 'player', defaultValue: true, control: { type: 'toggle' },
		words: (language) => ({ name: pluginStrings(language).settings.inferStateName, desc: pluginStrings(language).settings.inferStateDesc }),
	},
	{
		key: 'playerOnMermaid', group: 'player', defaultValue: true, control: { type: 'toggle' },
		words: (language) => ({ name: pluginStrings(language).settings.playerOnMermaidName, desc: pluginStrings(language).settings.playerOnMermaidDesc }),
	},
	{
		key: 'autoplayMs', group: 'player', defaultValue: 1200, control: { type: 'slider', min: 300, max: 3000, step: 100 },
		words: (language) => ({ name: pluginStrings(language).settings.autoplayName, desc: pluginStrings(language).settings.autoplayDesc }),
	},
	{
		key: 'fadedOpacity', group: 'player', defaultValue: 0.65, control: { type: 'slider', min: 0, max: 1, step: 0.05 },
		words: (language) => ({ name: pluginStrings(language).settings.fadedOpacityName, desc: pluginStrings(language).settings.fadedOpacityDesc }),
	},
	{
		key: 'showOutcomesAhead', group: 'player', defaultValue: false, control: { type: 'toggle' },
		words: (language) => ({ name: pluginStrings(language).settings.showOutcomesAheadName, desc: pluginStrings(language).settings.showOutcomesAheadDesc }),
	},
	{
		key: 'trueSymbol', group: 'tables', defaultValue: '✅', control: { type: 'text' }, fromControl: symbolOr('✅'),
		words: (language) => ({ name: tableStrings(language).settings.trueName, desc: tableStrings(language).settings.trueDesc }),
	},
	{
		key: 'falseSymbol', group: 'tables', defaultValue: '❌', control: { type: 'text' }, fromControl: symbolOr('❌'),
		words: (language) => ({ name: tableStrings(language).settings.falseName, desc: tableStrings(language).settings.falseDesc }),
	},
	{
		key: 'padTables', group: 'tables', defaultValue: true, control: { type: 'toggle' },
		words: (language) => ({ name: tableStrings(language).settings.padName, desc: tableStrings(language).settings.padDesc }),
	},
	{
		key: 'tableLabels', group: 'tables', defaultValue: {}, control: { type: 'textarea' },
		toControl: (saved) => formatLabels(saved as Record<string, string>),
		fromControl: (shown) => parseLabels(typeof shown === 'string' ? shown : ''),
		words: (language) => ({ name: tableStrings(language).settings.labelsName, desc: tableStrings(language).settings.labelsDesc }),
	},
	{
		key: 'tableChoices', group: 'tables', defaultValue: {}, control: { type: 'forget' },
		words: (language) => ({ name: tableStrings(language).settings.choicesName, desc: tableStrings(language).settings.choicesSearch }),
	},
];

/** The declaration of `key`, if it is a setting. */
export function declarationOf(key: string): SettingDeclaration | undefined {
	return SETTING_DECLARATIONS.find((declaration) => declaration.key === key);
}
