// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as obsidian from 'obsidian';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { editorInfoField } from '../../fakes/obsidian/editor-view';
import { Editor } from '../../fakes/obsidian/editor';
import { TFile } from '../../fakes/obsidian/files';
import type { WorkspaceLeaf } from '../../fakes/obsidian/views';
import { registerWriting } from '../../../src/obsidian/writing/register-writing';
import { PREVIEW_VIEW } from '../../../src/obsidian/writing/preview-view';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, type TestPlugin, withHost } from '../support/context';

installObsidianDom(window);

const NOTE = [
	'# Login', // 0
	'', // 1
	'```protocol', // 2
	'sequenceDiagram', // 3
	'    Client->>Server: Login', // 4
	'    %% @state Server += session', // 5
	'    Server-->>Client: OK', // 6
	'    %% @needs Sever: session', // 7: a typo in a participant
	'```', // 8
	'', // 9
	'Prose after the block.', // 10
].join('\n');

interface Setup extends TestPlugin {
	player: ReturnType<typeof countingPlayer>;
	view: EditorView;
	leaf: WorkspaceLeaf;
	root: HTMLElement;
}

let setups: Setup[] = [];

/** The plugin with its writing helpers, a note open in a real CodeMirror editor (cursor on `line`), and the preview opened by its command. */
async function openPreview(line: number, text = NOTE, path = 'Login.md'): Promise<Setup> {
	const plugin = testPlugin();
	const player = countingPlayer();
	registerWriting(withHost(plugin.ctx, player, plugin.memory));
	const file = new TFile(plugin.app.vault, path, null);
	plugin.app.workspace.openInEditor({ file, editor: new Editor(text) });
	const state = EditorState.create({
		doc: text,
		selection: { anchor: EditorState.create({ doc: text }).doc.line(line + 1).from },
		extensions: [editorInfoField.init(() => ({ file }) as unknown as obsidian.MarkdownFileInfo), ...plugin.plugin.editorExtensions],
	});
	const view = new EditorView({ state, parent: document.body });
	const command = plugin.plugin.commands.find((c) => c.id === 'open-protocol-preview');
	expect(command?.name).toBe('Open protocol preview');
	command?.callback?.();
	await vi.advanceTimersByTimeAsync(0);
	const leaf = plugin.app.workspace.getLeavesOfType(PREVIEW_VIEW)[0];
	if (!leaf?.view) throw new Error('the command opened no preview');
	const setup = { ...plugin, player, view, leaf, root: (leaf.view as unknown as { contentEl: HTMLElement }).contentEl };
	setups.push(setup);
	return setup;
}

/** Types `text` at the end of a note line (0-based), as a keystroke does. */
function type(view: EditorView, line: number, text: string): void {
	const at = view.state.doc.line(line + 1).to;
	view.dispatch({ changes: { from: at, insert: text }, selection: { anchor: at + text.length } });
}

const message = (root: HTMLElement) => root.querySelector('.protocol-preview-message:not(.is-hidden)')?.textContent ?? null;
const problems = (root: HTMLElement) => Array.from(root.querySelectorAll('.protocol-preview-problem')).map((b) => b.textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(async () => {
	for (const setup of setups) {
		await setup.leaf.detach();
		setup.view.destroy();
		setup.plugin.unload();
	}
	setups = [];
	vi.useRealTimers();
	document.body.replaceChildren();
});

describe('the protocol preview', () => {
	it('opens in the right sidebar and draws the block under the cursor, with its warnings on their note lines', async () => {
		const { leaf, player, root } = await openPreview(4);
		expect(leaf.side).toBe('right');
		expect(leaf.revealed).toBe(true);
		expect(player.mounts).toHaveLength(1);
		expect(player.mounts[0]?.options.source.split('\n')[1]).toBe('    Client->>Server: Login');
		expect(message(root)).toBeNull();
		// Note line 7 (0-based) is line 8 as the editor numbers it.
		expect(problems(root)).toEqual([expect.stringMatching(/^Line 8unknown participant `Sever`/)]);
	});

	it('says so when the cursor is in no block', async () => {
		const { root, player } = await openPreview(10);
		expect(player.mounts).toHaveLength(0);
		expect(message(root)).toBe('Put the cursor in a protocol block or a Mermaid sequence diagram to see it play here.');
	});

	it('draws again within a second of an edit, at the step the reader was on', async () => {
		const { view, player } = await openPreview(4);
		player.mounts[0]?.handle.goTo(1);
		type(view, 6, ' (cookie)');
		// Still typing: nothing drawn yet.
		await vi.advanceTimersByTimeAsync(100);
		expect(player.mounts).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(900);
		expect(player.mounts).toHaveLength(2);
		expect(player.mounts[1]?.options.source).toContain('Server-->>Client: OK (cookie)');
		expect(player.mounts[1]?.options.initialStep).toBe(1);
		// The previous drawing is gone and its cleanups ran: one player alive.
		expect(player.live()).toBe(1);
	});

	it('hands the reader\'s branches and faults to the next drawing of the same block', async () => {
		const { view, player } = await openPreview(4);
		const first = player.mounts[0]?.handle;
		if (first?.kind !== 'player') throw new Error('drawn');
		const state = { position: 1, started: true, branches: {}, restarts: [{ participant: 'Server', afterStep: 0 }], drops: [] };
		first.readerState = () => state;
		type(view, 6, '!');
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.mounts[1]?.options.initialState).toEqual({ position: 1, started: true, branches: {}, restarts: [{ participant: 'Server', afterStep: 0 }], drops: [] });
	});

	it('keeps the last drawing, dimmed, while the block does not parse, and lists the error', async () => {
		const { view, player, root } = await openPreview(4);
		// A stray `end` on a new line 7 (0-based): the block does not parse.
		type(view, 6, '\n    end');
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.mounts).toHaveLength(1);
		expect(player.live()).toBe(1);
		expect(root.querySelector('.protocol-preview-player')?.classList.contains('is-stale')).toBe(true);
		expect(root.querySelector('.protocol-preview-problems-heading')?.textContent).toBe('This block does not play yet');
		expect(problems(root)[0]?.startsWith('Line 8')).toBe(true);
	});

	it('follows the active note', async () => {
		const setup = await openPreview(4);
		const other = 'Other.md';
		const text = '```protocol\nsequenceDiagram\n    A->>B: other\n```';
		const file = new TFile(setup.app.vault, other, null);
		const view = new EditorView({
			state: EditorState.create({ doc: text, selection: { anchor: 20 }, extensions: [editorInfoField.init(() => ({ file }) as unknown as obsidian.MarkdownFileInfo), ...setup.plugin.editorExtensions] }),
			parent: document.body,
		});
		setup.app.workspace.openInEditor({ file, editor: new Editor(text) });
		setup.app.workspace.trigger('active-leaf-change', null);
		await vi.advanceTimersByTimeAsync(1000);
		expect(setup.player.mounts.map((m) => m.options.source.split('\n')[1])).toEqual(['    Client->>Server: Login', '    A->>B: other']);
		expect(setup.player.live()).toBe(1);
		view.destroy();
	});

	it('keeps its note while the preview itself is the active leaf (the reader steps in it)', async () => {
		const { app, player, root } = await openPreview(4);
		app.workspace.openInEditor(null);
		app.workspace.trigger('active-leaf-change', null);
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.mounts).toHaveLength(1);
		expect(player.live()).toBe(1);
		expect(message(root)).toBeNull();
	});

	it('says so when no note is open', async () => {
		const { app, view, player, root } = await openPreview(4);
		view.destroy();
		app.workspace.openInEditor(null);
		app.workspace.trigger('active-leaf-change', null);
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.live()).toBe(0);
		expect(message(root)).toBe('Open a note to see its protocol blocks here.');
	});

	it('finds the note once its editor exists, when the preview opened first (Obsidian restoring its layout)', async () => {
		const plugin = testPlugin();
		const player = countingPlayer();
		registerWriting(withHost(plugin.ctx, player, plugin.memory));
		const file = new TFile(plugin.app.vault, 'Login.md', null);
		plugin.app.workspace.openInEditor({ file, editor: new Editor(NOTE) });
		plugin.plugin.commands.find((c) => c.id === 'open-protocol-preview')?.callback?.();
		await vi.advanceTimersByTimeAsync(0);
		const leaf = plugin.app.workspace.getLeavesOfType(PREVIEW_VIEW)[0];
		if (!leaf?.view) throw new Error('the command opened no preview');
		const root = (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
		expect(message(root)).toBe('Open a note to see its protocol blocks here.');
		const view = new EditorView({
			state: EditorState.create({ doc: NOTE, selection: { anchor: EditorState.create({ doc: NOTE }).doc.line(5).from }, extensions: [editorInfoField.init(() => ({ file }) as unknown as obsidian.MarkdownFileInfo), ...plugin.plugin.editorExtensions] }),
			parent: document.body,
		});
		setups.push({ ...plugin, player, view, leaf, root });
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.mounts).toHaveLength(1);
		expect(message(root)).toBeNull();
	});

	it('waits for a quiet moment: a burst of keystrokes draws once', async () => {
		const { view, player } = await openPreview(4);
		for (const char of 'abcdef') {
			type(view, 6, char);
			await vi.advanceTimersByTimeAsync(100);
		}
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.mounts).toHaveLength(2);
		expect(player.mounts[1]?.options.source).toContain('OKabcdef');
	});

	it('does not draw again when only the cursor moves inside the block', async () => {
		const { view, player } = await openPreview(4);
		view.dispatch({ selection: { anchor: view.state.doc.line(7).from } });
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.mounts).toHaveLength(1);
	});

	it('puts the cursor on a warning\'s line when it is clicked', async () => {
		const { view, root } = await openPreview(4);
		root.querySelector<HTMLElement>('.protocol-preview-problem')?.click();
		const head = view.state.selection.main.head;
		expect(view.state.doc.lineAt(head).number).toBe(8);
		// At what is written, past the indentation.
		expect(head - view.state.doc.line(8).from).toBe(4);
	});

	it('leaves nothing behind when closed: no player, no timer', async () => {
		const { view, leaf, player } = await openPreview(4);
		type(view, 6, '!');
		await leaf.detach();
		await vi.advanceTimersByTimeAsync(1000);
		expect(player.live()).toBe(0);
		expect(player.mounts).toHaveLength(1);
		expect(vi.getTimerCount()).toBe(0);
	});
});
