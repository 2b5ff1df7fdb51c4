import { loadMermaid, Plugin } from 'obsidian';
import { type MermaidLike, mountCompare, mountPlayer } from './player';
import { appLanguage } from './obsidian/app-language';
import { BlockMemory } from './obsidian/block-memory';
import type { PluginContext } from './obsidian/context';
import type { PlayerHost } from './obsidian/player-host';
import { DiagramRowSource } from './obsidian/table/diagram-row-source';
import { registerCompare } from './obsidian/compare/register-compare';
import { registerCapture } from './obsidian/capture/register-capture';
import { registerPlayers } from './obsidian/register-players';
import { settingsFrom } from './obsidian/settings/load';
import type { ProtocolNotesSettings } from './obsidian/settings/model';
import { ProtocolNotesSettingTab } from './obsidian/settings/settings-tab';
import { registerTableFeatures } from './obsidian/table/register';
import { registerWriting } from './obsidian/writing/register-writing';

/**
 * Protocol Notes: steppable protocol diagrams and comparison tables. `onload` only reads the settings and
 * registers features; Mermaid is loaded (Obsidian's own) the first time a block is drawn.
 */
export default class ProtocolNotesPlugin extends Plugin {
	/** The settings in force; the settings tab changes this object in place. */
	override settings: ProtocolNotesSettings = settingsFrom(undefined);

	override async onload(): Promise<void> {
		this.settings = settingsFrom(await this.loadData());
		const host: PlayerHost = { mount: mountPlayer, mountCompare, loadMermaid: () => loadMermaid() as Promise<MermaidLike>, memory: new BlockMemory() };
		const ctx: PluginContext = {
			app: this.app,
			plugin: this,
			settings: () => this.settings,
			saveSettings: () => this.saveData(this.settings),
			language: appLanguage(),
			diagramRows: new DiagramRowSource(this.app, () => this.settings.inferState),
			host,
		};
		registerPlayers(ctx);
		registerCompare(ctx);
		registerTableFeatures(ctx);
		registerCapture(ctx);
		registerWriting(ctx);
		this.addSettingTab(new ProtocolNotesSettingTab(ctx));
	}
}
