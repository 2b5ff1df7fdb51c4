// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as obsidian from 'obsidian';
import { Editor } from '../../fakes/obsidian/editor';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { Notice } from '../../fakes/obsidian/notice';
import { FuzzySuggestModal } from '../../fakes/obsidian/suggest-modal';
import { registerInsertProtocolBlock } from '../../../src/obsidian/commands/insert-protocol-block';
import { testPlugin } from '../support/context';
import type { Language } from '../../../src/i18n/language';

installObsidianDom(window);

afterEach(() => document.body.replaceChildren());

/** Runs the command in `editor` and returns the chooser it opened. */
function openChooser(editor: Editor, language: Language = 'en'): FuzzySuggestModal<unknown> {
	const { plugin, ctx } = testPlugin(language);
	registerInsertProtocolBlock(ctx);
	const command = plugin.commands.find((c) => c.id === 'insert-protocol-block');
	FuzzySuggestModal.lastOpened = null;
	command?.editorCallback?.(editor.asEditor(), {} as obsidian.MarkdownView);
	const modal = FuzzySuggestModal.lastOpened;
	if (!modal) throw new Error('the command opened no chooser');
	return modal;
}

const SESSION_LOGIN_START = ['```protocol', '%% @title Session login (stateful)', '%% @kind stateful', 'sequenceDiagram'];

describe('Insert protocol block', () => {
	it('offers the six templates, each with a line on what it shows, and changes nothing until one is chosen', () => {
		const editor = new Editor('');
		const chooser = openChooser(editor);
		expect(chooser.getItems().map((t) => chooser.getItemText(t))).toEqual([
			'Empty', 'Session login (stateful)', 'Token login (stateless)', 'TCP handshake',
			'OAuth 2.0 authorization code with PKCE', 'Replicated store with a restart',
		]);
		expect(chooser.suggestions()[1]).toBe('Session login (stateful)The server keeps the session: restart it and the next request fails.');
		expect(editor.undoSteps).toBe(0);
	});

	it('writes the chosen template into an empty note in one undo step, cursor after it', () => {
		const editor = new Editor('');
		openChooser(editor).choose('Session login (stateful)');
		const lines = editor.getValue().split('\n');
		expect(lines.slice(0, 4)).toEqual(SESSION_LOGIN_START);
		// The block, its closing fence, then the empty line the cursor lands on.
		expect(lines[lines.length - 2]).toBe('```');
		expect(lines[lines.length - 1]).toBe('');
		expect(editor.undoSteps).toBe(1);
		expect(editor.getCursor()).toEqual({ line: lines.length - 1, ch: 0 });
	});

	it('writes over the selection in a callout, every line quoted, in one undo step', () => {
		const editor = new Editor('> [!note] Login\n> \n> After', { line: 1, ch: 2 });
		openChooser(editor).choose('Empty');
		expect(editor.getValue()).toBe([
			'> [!note] Login',
			'> ```protocol',
			'> %% @title Empty',
			'> sequenceDiagram',
			'>     participant Client',
			'>     participant Server',
			'>     Client->>Server: Request',
			'>     Server-->>Client: Response',
			'> ```',
			'>',
			'> After',
		].join('\n'));
		expect(editor.undoSteps).toBe(1);
	});

	it('titles the templates and the block in Korean when Obsidian is in Korean', () => {
		const editor = new Editor('');
		openChooser(editor, 'ko').choose('TCP 핸드셰이크');
		expect(editor.getLine(1)).toBe('%% @title TCP 핸드셰이크');
	});
});

/** An editor that refuses every change, as a read-only or broken editor might. */
class RefusingEditor extends Editor {
	override transaction(): void {
		throw new Error('the editor is read-only');
	}
}

describe('Insert protocol block in an editor that refuses the change', () => {
	beforeEach(() => Notice.reset());

	it('tells the user in a notice naming the command and the reason, and throws nothing', () => {
		const editor = new RefusingEditor('', { line: 0, ch: 0 });
		const chooser = openChooser(editor);
		expect(() => chooser.choose('Empty')).not.toThrow();
		expect(Notice.shown).toEqual(['Insert protocol block failed: the editor is read-only. The note was not changed.']);
		expect(editor.getValue()).toBe('');
	});
});
