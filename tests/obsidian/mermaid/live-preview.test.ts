// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EditorMermaidPlayers } from '../../../src/obsidian/mermaid/live-preview';
import { readExampleNote } from '../../support/note-blocks';
import { FakeEditorView } from '../../fakes/obsidian/editor-view';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, withHost } from '../support/context';
import { settle } from '../support/reading-view';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { nativeMermaidSvg } from '../support/native-svg';

installObsidianDom(window);

const SEED = readExampleNote('seed/Reference copy (unchanged) - 상태유지 프로토콜.md');
const SEED_LINES = SEED.split('\n');

/** Lines (0-based) where the reference note's two mermaid fences open, counted in the note. */
const FIRST = SEED_LINES.indexOf('```mermaid');
const SECOND = SEED_LINES.indexOf('```mermaid', FIRST + 1);

afterEach(() => document.body.replaceChildren());

/** Obsidian's drawing arriving in an embed. */
function drawNative(embed: HTMLElement, id: string): void {
	const div = embed.createDiv({ cls: 'mermaid' });
	const svg = nativeMermaidSvg(id);
	div.appendChild(svg);
}

describe('mermaid sequence diagrams in live preview', () => {
	it('give each rendered embed of the reference note a player, from the editor text at its position', async () => {
		const { ctx, memory } = testPlugin();
		const player = countingPlayer();
		const view = new FakeEditorView(SEED, 'seed/Stateful.md');
		const first = view.addEmbed(FIRST);
		const players = new EditorMermaidPlayers(view.asView(), withHost(ctx, player, memory));
		const second = view.addEmbed(SECOND);
		await settle();
		drawNative(first, 'mermaid-1');
		drawNative(second, 'mermaid-2');
		await settle();

		expect(player.mounts.map((m) => m.options.source.split('\n')[1].trim())).toEqual(['Client->>Server: Login Request', 'Client->>Server: Login Request']);
		expect(player.mounts[1].options.source).toContain('alt Server Error');
		expect((first.querySelector('.mermaid') as HTMLElement).style.display).toBe('none');
		expect((second.querySelector('.mermaid') as HTMLElement).style.display).toBe('none');
		players.destroy();
	});

	it('unload a player when its embed leaves the editor, and all of them when the editor closes', async () => {
		const { app, ctx, memory } = testPlugin();
		const player = countingPlayer();
		const view = new FakeEditorView(SEED, 'seed/Stateful.md');
		const first = view.addEmbed(FIRST);
		view.addEmbed(SECOND);
		const players = new EditorMermaidPlayers(view.asView(), withHost(ctx, player, memory));
		await settle();
		expect(player.live()).toBe(2);

		// The cursor moves into the first block: CodeMirror replaces its embed by the source lines.
		first.remove();
		await settle();
		expect(player.live()).toBe(1);

		players.destroy();
		expect(player.live()).toBe(0);
		expect(app.workspace.listenerCount('css-change')).toBe(0);
	});

	it('leave a flowchart embed alone', async () => {
		const { ctx, memory } = testPlugin();
		const player = countingPlayer();
		const view = new FakeEditorView('text\n```mermaid\nflowchart LR\n  A --> B\n```', 'Flow.md');
		view.addEmbed(1);
		const players = new EditorMermaidPlayers(view.asView(), withHost(ctx, player, memory));
		await settle();
		expect(player.mounts).toHaveLength(0);
		players.destroy();
	});
});
