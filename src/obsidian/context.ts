import type { App, Plugin } from 'obsidian';
import type { Language } from '../i18n/language';
import type { PlayerHost } from './player-host';
import type { DiagramRowSource } from './table/diagram-row-source';
import type { ProtocolNotesSettings } from './settings/model';

/** What every feature of the Obsidian layer is given by `main.ts`: passed in, never reached for. */
export interface PluginContext {
	app: App;
	/** The plugin, to register commands, processors, events and cleanups on. */
	plugin: Plugin;
	/** The current settings (read each time: the settings tab may have changed them). */
	settings(): ProtocolNotesSettings;
	saveSettings(): Promise<void>;
	/** Obsidian's language, mapped to the plugin's. */
	language: Language;
	/** The comparison tables' rows computed from the notes' diagrams; without it those rows show "—". */
	diagramRows?: DiagramRowSource;
	/** What players and comparisons are drawn with, and the plugin's memory of the blocks it drew. */
	host: PlayerHost;
}
