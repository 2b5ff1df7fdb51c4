import { beforeEach, describe, expect, it } from 'vitest';
import type * as obsidian from 'obsidian';
import type { App, Command } from 'obsidian';
import { Editor } from '../../fakes/obsidian/editor';
import { Notice } from '../../fakes/obsidian/notice';
import { mermaidWordAt } from '../../../src/obsidian/commands/convert-mermaid';
import { Plugin } from '../../fakes/obsidian/plugin';
import { registerConvertMermaid } from '../../../src/obsidian/commands/convert-mermaid';
import { registerInsertProtocolBlock } from '../../../src/obsidian/commands/insert-protocol-block';
import type { PluginContext } from '../../../src/obsidian/context';
import { idleHost } from '../support/context';
import { DEFAULT_SETTINGS } from '../../../src/obsidian/settings/model';
import type { Language } from '../../../src/i18n/language';

const MANIFEST = { id: 'protocol-notes', name: 'Protocol Notes', version: '0.1.0', minAppVersion: '1.8.7', description: '', author: '' };

function commandsFor(language: Language): Command[] {
	const plugin = new Plugin({} as App, MANIFEST);
	const ctx: PluginContext = {
		app: plugin.app,
		plugin,
		settings: () => DEFAULT_SETTINGS,
		saveSettings: () => Promise.resolve(),
		language,
		host: idleHost(),
	};
	registerInsertProtocolBlock(ctx);
	registerConvertMermaid(ctx);
	return plugin.commands;
}

function command(id: string, language: Language = 'en'): Command {
	const found = commandsFor(language).find((c) => c.id === id);
	if (!found) throw new Error(`no command ${id}`);
	return found;
}

/** The fake editor stands in for the real one the command receives. */
function asEditor(editor: Editor): obsidian.Editor {
	return editor as unknown as obsidian.Editor;
}

const VIEW = {} as obsidian.MarkdownView;

describe('Convert Mermaid diagram to protocol block', () => {
	const NOTE = [
		'# Login',
		'```mermaid',
		'sequenceDiagram',
		'    Client->>Server: Login Request',
		'```',
		'',
		'```mermaid',
		'flowchart LR',
		'    A --> B',
		'```',
	].join('\n');

	it('is offered inside a mermaid sequence diagram and rewrites only its fence line, in one undo step', () => {
		const editor = new Editor(NOTE, { line: 3, ch: 4 });
		const convert = command('convert-mermaid-to-protocol').editorCheckCallback!;
		expect(convert(true, asEditor(editor), VIEW)).toBe(true);
		expect(editor.undoSteps).toBe(0);
		convert(false, asEditor(editor), VIEW);
		expect(editor.getValue()).toBe(NOTE.replace('```mermaid\nsequenceDiagram', '```protocol\nsequenceDiagram'));
		expect(editor.getLine(6)).toBe('```mermaid');
		expect(editor.undoSteps).toBe(1);
	});

	it('is offered with the cursor on the fence lines themselves', () => {
		const convert = command('convert-mermaid-to-protocol').editorCheckCallback!;
		expect(convert(true, asEditor(new Editor(NOTE, { line: 1, ch: 0 })), VIEW)).toBe(true);
		expect(convert(true, asEditor(new Editor(NOTE, { line: 4, ch: 0 })), VIEW)).toBe(true);
	});

	it('is not offered in a flowchart, outside any fence, or in a protocol block', () => {
		const convert = command('convert-mermaid-to-protocol').editorCheckCallback!;
		expect(convert(true, asEditor(new Editor(NOTE, { line: 8, ch: 0 })), VIEW)).toBe(false);
		expect(convert(true, asEditor(new Editor(NOTE, { line: 0, ch: 0 })), VIEW)).toBe(false);
		expect(convert(true, asEditor(new Editor('```protocol\nsequenceDiagram\n```', { line: 1, ch: 0 })), VIEW)).toBe(false);
	});

	it('keeps callout markers and indentation of the fence', () => {
		const editor = new Editor('> ```mermaid\n> sequenceDiagram\n> A->>B: hi\n> ```', { line: 2, ch: 3 });
		command('convert-mermaid-to-protocol').editorCheckCallback!(false, asEditor(editor), VIEW);
		expect(editor.getValue()).toBe('> ```protocol\n> sequenceDiagram\n> A->>B: hi\n> ```');
	});
});

describe('commands', () => {
	it('have ids and names without the plugin name, localised names and no hotkeys', () => {
		const en = commandsFor('en');
		const ko = commandsFor('ko');
		expect(en.map((c) => [c.id, c.name])).toEqual([
			['insert-protocol-block', 'Insert protocol block'],
			['convert-mermaid-to-protocol', 'Convert Mermaid diagram to protocol block'],
		]);
		expect(ko.map((c) => c.name)).toEqual(['프로토콜 블록 삽입', 'Mermaid 다이어그램을 프로토콜 블록으로 변환']);
		expect([...en, ...ko].every((c) => c.hotkeys === undefined)).toBe(true);
	});
});

/** An editor that refuses every change, as a read-only or broken editor might. */
class RefusingEditor extends Editor {
	override transaction(): void {
		throw new Error('the editor is read-only');
	}
}

describe('a command that fails', () => {
	beforeEach(() => Notice.reset());

	it('tells the user in a notice naming the conversion and the reason, in the note\'s language, and throws nothing', () => {
		const editor = new RefusingEditor('```mermaid\nsequenceDiagram\nA->>B: hi\n```', { line: 2, ch: 0 });
		const convert = command('convert-mermaid-to-protocol', 'ko').editorCheckCallback!;
		expect(convert(true, asEditor(editor), VIEW)).toBe(true);
		expect(() => convert(false, asEditor(editor), VIEW)).not.toThrow();
		expect(Notice.shown).toEqual(['Mermaid 다이어그램을 프로토콜 블록으로 변환 실패: the editor is read-only. 노트는 바뀌지 않았습니다.']);
		expect(editor.getLine(0)).toBe('```mermaid');
	});
});

describe('mermaidWordAt', () => {
	it('finds the word after callout markers, indentation, the fence and blanks', () => {
		expect(mermaidWordAt('```mermaid')).toBe(3);
		expect(mermaidWordAt('> > \t~~~~  Mermaid')).toBe(11);
		expect(mermaidWordAt('>>```mermaid')).toBe(5);
	});

	it('finds nothing on lines that are not a mermaid fence', () => {
		expect(mermaidWordAt('``mermaid')).toBe(-1);
		expect(mermaidWordAt('```protocol')).toBe(-1);
		expect(mermaidWordAt('x ```mermaid')).toBe(-1);
		expect(mermaidWordAt('>  '.repeat(28) + 'x')).toBe(-1);
	});
});
