import type * as obsidian from 'obsidian';
import { BlockMemory } from '../../../src/obsidian/block-memory';
import type { PluginContext } from '../../../src/obsidian/context';
import type { MountCompare, PlayerHost } from '../../../src/obsidian/player-host';
import type { MermaidLike } from '../../../src/player';
import { DEFAULT_SETTINGS, type ProtocolNotesSettings } from '../../../src/obsidian/settings/model';
import type { Language } from '../../../src/i18n/language';
import { App } from '../../fakes/obsidian/app';
import { Plugin } from '../../fakes/obsidian/plugin';

/** A loaded fake plugin with a context around it, as `main.ts` builds one. */
export interface TestPlugin {
	app: App;
	plugin: Plugin;
	settings: ProtocolNotesSettings;
	memory: BlockMemory;
	ctx: PluginContext;
}

/** The manifest the fake plugin is loaded with. */
export const MANIFEST: obsidian.PluginManifest = {
	id: 'protocol-notes',
	name: 'Protocol Notes',
	version: '0.1.0',
	minAppVersion: '1.5.0',
	description: 'Steppable protocol diagrams.',
	author: 'Protocol Notes team',
};

/** Builds a loaded fake plugin and its context; settings start from the defaults plus `change`. */
export function testPlugin(language: Language = 'en', change: Partial<ProtocolNotesSettings> = {}): TestPlugin {
	const app = new App();
	const plugin = new Plugin(app.asApp(), MANIFEST);
	plugin.load();
	const settings = { ...structuredClone(DEFAULT_SETTINGS), ...change };
	const memory = new BlockMemory();
	const ctx: PluginContext = {
		app: app.asApp(),
		plugin: plugin,
		settings: () => settings,
		saveSettings: () => plugin.saveData(settings),
		language,
		host: idleHost(memory),
	};
	return { app, plugin, settings, memory, ctx };
}

/** A host that draws nothing, for features that never draw a player: any attempt rejects, saying so. */
export function idleHost(memory: BlockMemory = new BlockMemory()): PlayerHost {
	const refuse = (): Promise<never> => Promise.reject(new Error('this test draws no player'));
	return { mount: refuse, mountCompare: refuse, loadMermaid: refuse, memory };
}

/** `ctx` drawing with `players` (a counting `mount`, a `loadMermaid`, a `mountCompare`) and remembering in `memory`. */
export function withHost(ctx: PluginContext, players: Partial<PlayerHost>, memory: BlockMemory): PluginContext {
	return { ...ctx, host: { ...ctx.host, ...players, memory } };
}

/** A counting comparison (`mount` = its `mountCompare`) as the host's. */
export function compareHost(deps: { mount: MountCompare; loadMermaid: () => Promise<MermaidLike> }): Partial<PlayerHost> {
	return { mountCompare: deps.mount, loadMermaid: deps.loadMermaid };
}
