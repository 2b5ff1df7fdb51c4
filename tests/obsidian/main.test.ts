// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import ProtocolNotesPlugin from '../../src/main';
import { App } from '../fakes/obsidian/app';
import type { Plugin } from '../fakes/obsidian/plugin';
import { MANIFEST } from './support/context';
import { installObsidianDom } from '../fakes/obsidian/dom';

installObsidianDom(window);

/** The plugin as Obsidian loads it: constructed with the app and manifest, then `onload`. */
async function loaded(data: unknown = null): Promise<Plugin> {
	const app = new App();
	const plugin = new ProtocolNotesPlugin(app.asApp(), MANIFEST) as unknown as Plugin;
	plugin.data = data;
	// Obsidian calls load(), which starts the asynchronous onload; its settings arrive a task later.
	plugin.load();
	await new Promise((resolve) => window.setTimeout(resolve, 0));
	return plugin;
}

describe('ProtocolNotesPlugin', () => {
	it('registers the protocol processor, the mermaid hooks, both commands and the settings tab, with no hotkeys', async () => {
		const plugin = await loaded();
		expect([...plugin.codeBlockProcessors.keys()]).toContain('protocol');
		expect(plugin.postProcessors.length).toBeGreaterThanOrEqual(1);
		expect(plugin.editorExtensions.length).toBeGreaterThanOrEqual(1);
		expect(plugin.commands.map((c) => c.id)).toEqual(expect.arrayContaining(['insert-protocol-block', 'convert-mermaid-to-protocol']));
		expect(plugin.commands.filter((c) => c.hotkeys !== undefined)).toEqual([]);
		expect(plugin.settingTabs).toHaveLength(1);
	});

	it('starts from the saved settings', async () => {
		const plugin = await loaded({ playerOnMermaid: false });
		expect((plugin as unknown as ProtocolNotesPlugin).settings.playerOnMermaid).toBe(false);
	});

	it('names its commands in Korean when Obsidian is in Korean', async () => {
		document.documentElement.lang = 'ko';
		try {
			const plugin = await loaded();
			expect(plugin.commands.find((c) => c.id === 'insert-protocol-block')?.name).toBe('프로토콜 블록 삽입');
		} finally {
			document.documentElement.lang = '';
		}
	});

	it('removes everything it registered when unloaded', async () => {
		const plugin = await loaded();
		plugin.unload();
		expect(plugin.codeBlockProcessors.size).toBe(0);
		expect(plugin.postProcessors).toHaveLength(0);
		expect(plugin.editorExtensions).toHaveLength(0);
		expect(plugin.commands).toHaveLength(0);
		expect(plugin.settingTabs).toHaveLength(0);
		expect(plugin.cleanupCount).toBe(0);
	});
});
