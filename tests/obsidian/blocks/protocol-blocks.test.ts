// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { registerProtocolBlocks } from '../../../src/obsidian/blocks/register-protocol-blocks';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, withHost } from '../support/context';
import { renderReadingView, settle } from '../support/reading-view';
import { installObsidianDom } from '../../fakes/obsidian/dom';

installObsidianDom(window);

const NOTE = [
	'# Login',
	'```protocol',
	'Client->>Server: Login Request',
	'Server-->>Client: Login Response',
	'```',
	'',
	'```protocol',
	'%% @title Second',
	'A->>B: hi',
	'```',
].join('\n');

afterEach(() => {
	document.body.replaceChildren();
	document.body.className = '';
});

describe('protocol code blocks', () => {
	it('mount one player per block with the block source, language, theme and settings', async () => {
		const { plugin, ctx, memory } = testPlugin('ko', { inferState: false, autoplayMs: 800, fadedOpacity: 0.5, showOutcomesAhead: true });
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		document.body.classList.add('theme-dark');
		await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();

		expect(player.mounts).toHaveLength(2);
		const [first, second] = player.mounts;
		expect(first.options).toMatchObject({
			source: 'Client->>Server: Login Request\nServer-->>Client: Login Response',
			language: 'ko',
			dark: true,
			inferState: false,
			autoplayMs: 800,
			fadedOpacity: 0.5,
			showOutcomesAhead: true,
		});
		expect(first.options.initialStep).toBeUndefined();
		expect(second.options.source).toBe('%% @title Second\nA->>B: hi');
		expect(first.options.idPrefix).not.toBe(second.options.idPrefix);
		expect(first.container.closest('.block-language-protocol')).not.toBeNull();
	});

	it('leaves nothing registered once the note is closed', async () => {
		const { app, plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		const note = await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();
		expect(player.live()).toBe(2);
		expect(app.workspace.listenerCount('css-change')).toBe(2);

		note.renderer.unload();
		expect(player.live()).toBe(0);
		expect(app.workspace.listenerCount('css-change')).toBe(0);
		expect(note.renderer.cleanupCount).toBe(0);
	});

	it('redraws in the new theme on a theme change, at the step it was showing, leaving the old player cleaned up', async () => {
		const { app, plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();
		player.mounts[0].handle.goTo(1);

		document.body.classList.add('theme-dark');
		app.workspace.trigger('css-change');
		await settle();

		expect(player.mounts).toHaveLength(4);
		const redrawn = player.mounts.slice(2);
		expect(redrawn.map((m) => [m.options.dark, m.options.initialStep])).toEqual([
			[true, 1],
			[true, 0],
		]);
		expect(player.live()).toBe(2);
		expect(document.querySelectorAll('.protocol-player')).toHaveLength(2);
	});

	it('hands the reader\'s branches and faults to the player redrawn in the new theme', async () => {
		const { app, plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();
		const first = player.mounts[0].handle;
		if (first.kind !== 'player') throw new Error('the first block is a player');
		const state = { position: 2, started: true, branches: { 0: 1 }, restarts: [{ participant: 'Server', afterStep: 1 }], drops: [3] };
		first.readerState = () => state;

		document.body.classList.add('theme-dark');
		app.workspace.trigger('css-change');
		await settle();

		expect(player.mounts[2]?.options.initialState).toEqual(state);
	});

	it('keeps the old player in place and working until the redrawn one is ready', async () => {
		const { app, plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		let holding = false;
		registerProtocolBlocks(withHost(ctx, {
			...player,
			mount: async (container, options) => {
				if (holding) await held;
				return player.mount(container, options);
			},
		}, memory));
		const note = await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();
		const [oldFirst] = note.el.querySelectorAll('.protocol-player');

		holding = true;
		app.workspace.trigger('css-change');
		await settle();
		expect(player.live()).toBe(2);
		expect(oldFirst?.isConnected).toBe(true);

		release();
		await settle();
		expect(oldFirst?.isConnected).toBe(false);
		expect(note.el.querySelectorAll('.protocol-player')).toHaveLength(2);
		expect(player.live()).toBe(2);
	});

	it('opens an edited block at the step it was at before the edit', async () => {
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		const before = await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();
		player.mounts[1].handle.goTo(1);
		await settle();
		before.renderer.unload();

		// Obsidian runs the processor again with the edited text; the block still starts on the same line.
		await renderReadingView(plugin, NOTE.replace('A->>B: hi', 'A->>B: hi\nB->>A: hello'), 'Login.md', 'after-post-processors');
		await settle();
		expect(player.mounts.slice(2).map((m) => m.options.initialStep)).toEqual([0, 1]);
	});

	it('shows a message in the note when Obsidian\'s Mermaid does not load', async () => {
		const { plugin, ctx, memory } = testPlugin('en');
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, { ...player, loadMermaid: () => Promise.reject(new Error('offline')) }, memory));
		const note = await renderReadingView(plugin, NOTE, 'Login.md', 'after-post-processors');
		await settle();
		expect(player.mounts).toHaveLength(0);
		const errors = Array.from(note.el.querySelectorAll('.protocol-error'), (e) => e.textContent);
		expect(errors).toEqual([
			"The diagram could not be drawn: Obsidian's Mermaid did not load.",
			"The diagram could not be drawn: Obsidian's Mermaid did not load.",
		]);
	});
});
