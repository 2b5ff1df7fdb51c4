// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { registerMermaidReadingView } from '../../../src/obsidian/mermaid/reading-view';
import { readExampleNote } from '../../support/note-blocks';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, withHost } from '../support/context';
import { renderReadingView, settle, type NativeMermaidTiming } from '../support/reading-view';
import { installObsidianDom } from '../../fakes/obsidian/dom';

installObsidianDom(window);

const SEED = readExampleNote('seed/Reference copy (unchanged) - 상태유지 프로토콜.md');

const MIXED = ['```mermaid', 'flowchart LR', '    A --> B', '```', '', '```mermaid', '%% login', 'sequenceDiagram', '    A->>B: INVALID', '```'].join('\n');

afterEach(() => document.body.replaceChildren());

function visible(el: Element): boolean {
	return (el as HTMLElement).style.display !== 'none';
}

describe('mermaid sequence diagrams in reading view', () => {
	for (const timing of ['before-post-processors', 'after-post-processors'] as NativeMermaidTiming[]) {
		it(`give the reference note's two diagrams a player each, hiding Obsidian's drawing (drawn ${timing})`, async () => {
			const { plugin, ctx, memory } = testPlugin();
			const player = countingPlayer();
			registerMermaidReadingView(withHost(ctx, player, memory));
			const note = await renderReadingView(plugin, SEED, 'seed/Stateful.md', timing);
			await settle();

			expect(player.mounts).toHaveLength(2);
			expect(player.mounts[0].options.source.split('\n')[0]).toBe('sequenceDiagram');
			expect(player.mounts[1].options.source).toContain('alt Server Error');
			const natives = Array.from(note.el.querySelectorAll('.mermaid'));
			expect(natives).toHaveLength(2);
			expect(natives.every((n) => n.querySelector('svg[id^="mermaid-"]') && !visible(n))).toBe(true);
			expect(Array.from(note.el.querySelectorAll('.protocol-mermaid-player')).every(visible)).toBe(true);
		});
	}

	it('leave a flowchart alone, and show Obsidian\'s drawing again when the player rejects a diagram', async () => {
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerMermaidReadingView(withHost(ctx, player, memory));
		const note = await renderReadingView(plugin, MIXED, 'Mixed.md', 'after-post-processors');
		await settle();

		expect(player.mounts).toHaveLength(1);
		expect(player.mounts[0].options.source).toBe('%% login\nsequenceDiagram\n    A->>B: INVALID');
		const [flowchart, sequence] = note.sections.map((s) => s.el);
		expect(flowchart.querySelector('.protocol-mermaid-player')).toBeNull();
		expect(visible(sequence.querySelector('.mermaid')!)).toBe(true);
		expect(visible(sequence.querySelector('.protocol-mermaid-player')!)).toBe(false);
	});

	it('are left to Obsidian when the setting is off', async () => {
		const { plugin, ctx, memory } = testPlugin('en', { playerOnMermaid: false });
		const player = countingPlayer();
		registerMermaidReadingView(withHost(ctx, player, memory));
		const note = await renderReadingView(plugin, SEED, 'seed/Stateful.md', 'after-post-processors');
		await settle();
		expect(player.mounts).toHaveLength(0);
		expect(note.el.querySelectorAll('.protocol-mermaid-player')).toHaveLength(0);
	});

	it('leave no player, listener or observer behind once the note is closed', async () => {
		const { app, plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerMermaidReadingView(withHost(ctx, player, memory));
		const note = await renderReadingView(plugin, SEED, 'seed/Stateful.md', 'after-post-processors');
		await settle();
		expect(player.live()).toBe(2);

		note.renderer.unload();
		expect(player.live()).toBe(0);
		expect(app.workspace.listenerCount('css-change')).toBe(0);
		expect(note.renderer.cleanupCount).toBe(0);
	});

	it('stop being added once the plugin is unloaded', async () => {
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerMermaidReadingView(withHost(ctx, player, memory));
		plugin.unload();
		await renderReadingView(plugin, SEED, 'seed/Stateful.md', 'after-post-processors');
		await settle();
		expect(player.mounts).toHaveLength(0);
	});
});
