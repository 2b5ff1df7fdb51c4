// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type * as obsidian from 'obsidian';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { Editor } from '../../fakes/obsidian/editor';
import { Menu } from '../../fakes/obsidian/menu';
import { Notice } from '../../fakes/obsidian/notice';
import { blockToExport } from '../../../src/obsidian/export/find-block';
import { registerExportCommand } from '../../../src/obsidian/export/register-export';
import { showExportMenu } from '../../../src/obsidian/export/export-menu';
import type { PlayerOptions } from '../../../src/player/api';
import { testPlugin, withHost } from '../support/context';
import { cannedExporter, HANDLE } from './canned';

beforeAll(() => installObsidianDom(window));
beforeEach(() => {
	Notice.reset();
	document.body.replaceChildren();
});

const NOTE_TEXT = [
	'# Login', // 0
	'```protocol', // 1
	'A->>B: hi', // 2
	'```', // 3
	'Some text.', // 4
	'```mermaid', // 5
	'sequenceDiagram', // 6
	'B->>A: back', // 7
	'```', // 8
	'```mermaid', // 9
	'flowchart LR', // 10
	'```', // 11
].join('\n');

const asEditor = (editor: Editor): obsidian.Editor => editor as unknown as obsidian.Editor;

describe('blockToExport', () => {
	it('takes the protocol block or sequence diagram the cursor is in', () => {
		expect(blockToExport(asEditor(new Editor(NOTE_TEXT, { line: 2, ch: 0 })))?.source).toBe('A->>B: hi');
		expect(blockToExport(asEditor(new Editor(NOTE_TEXT, { line: 7, ch: 0 })))?.source).toBe('sequenceDiagram\nB->>A: back');
	});

	it('takes the only block of a note from anywhere, and none when the choice is not clear', () => {
		expect(blockToExport(asEditor(new Editor('Intro\n```protocol\nA->>B: hi\n```\n', { line: 0, ch: 0 })))?.source).toBe('A->>B: hi');
		expect(blockToExport(asEditor(new Editor(NOTE_TEXT, { line: 4, ch: 0 })))).toBeNull();
		// A flowchart is not something the player draws.
		expect(blockToExport(asEditor(new Editor(NOTE_TEXT, { line: 10, ch: 0 })))).toBeNull();
	});
});

/** Registers the command with a mount that records what it was given and a canned exporter. */
function setUp(text: string, cursorLine: number) {
	const test = testPlugin('en');
	void test.app.vault.create('Notes/Login.md', text);
	const mounts: Array<{ container: HTMLElement; options: PlayerOptions; inPage: boolean }> = [];
	const canned = cannedExporter('Login');
	registerExportCommand(withHost(test.ctx, {
		mount: (container, options) => {
			mounts.push({ container, options, inPage: document.body.contains(container) });
			return { ...HANDLE, exportSource: () => ({ count: () => 3, svg: new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml').documentElement }) as never };
		},
		loadMermaid: () => Promise.resolve({ initialize: () => undefined, render: () => Promise.resolve({ svg: '' }) }),
	}, test.memory), canned.exporter);
	const command = test.plugin.commands.find((c) => c.id === 'export-protocol-steps');
	if (!command?.editorCallback) throw new Error('no command');
	const view = { file: test.app.vault.fileAt('Notes/Login.md') } as unknown as obsidian.MarkdownView;
	const run = (): void => void command.editorCallback?.(asEditor(new Editor(text, { line: cursorLine, ch: 0 })), view);
	return { test, mounts, canned, run, command };
}

/** Lets the export's promises settle. */
const settle = (): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, 0));

describe('Export protocol steps', () => {
	it('is named without the plugin and has no default hotkey', () => {
		const { command } = setUp(NOTE_TEXT, 2);
		expect(command.name).toBe('Export protocol steps');
		expect(command.hotkeys).toBeUndefined();
	});

	it('asks what to export, draws the block off screen, writes the files and takes the drawing away', async () => {
		const { test, mounts, canned, run } = setUp(NOTE_TEXT, 2);
		run();
		const modal = document.querySelector('.modal');
		expect(modal?.querySelector('.modal-title')?.textContent).toBe('Export protocol steps');
		expect(mounts).toHaveLength(0);
		const buttons = Array.from(modal?.querySelectorAll('button') ?? []);
		buttons.find((b) => b.textContent === 'Export')?.click();
		for (let i = 0; i < 5; i++) await settle();
		expect(mounts).toHaveLength(1);
		expect(mounts[0]?.options.source).toBe('A->>B: hi');
		expect(mounts[0]?.inPage).toBe(true);
		expect(mounts[0]?.container.classList.contains('protocol-export-stage')).toBe(true);
		expect(canned.calls.map((c) => c.format)).toEqual(['svg']);
		// A Markdown link back to the note, which every deck tool shows as its name (not `[[…]]`).
		expect(test.app.vault.contentOf('Login slides.md')).toContain('exported from [Login](Notes/Login.md)');
		expect(document.querySelector('.protocol-export-stage')).toBeNull();
	});

	it('says where to put the cursor when it is in no block and the note has several', () => {
		const { mounts, run } = setUp(NOTE_TEXT, 4);
		run();
		expect(document.querySelector('.modal')).toBeNull();
		expect(Notice.shown).toEqual(['Put the cursor in a protocol block (or a Mermaid sequence diagram) to export it.']);
		expect(mounts).toHaveLength(0);
	});
});

describe('the player\'s Export menu', () => {
	it('offers the step images with slides, the animated SVG, one HTML file and Copy step as image, at the click', () => {
		const { test } = setUp(NOTE_TEXT, 2);
		const menu = showExportMenu(test.ctx, HANDLE, 'Notes/Login.md', new MouseEvent('click', { clientX: 40, clientY: 60 })) as unknown as Menu;
		expect(menu.items.map((item) => item.title)).toEqual(['Export step images and slide note', 'Export animated SVG', 'Export as one HTML file', 'Copy step as image']);
		expect(menu.shownAt).toEqual({ x: 40, y: 60 });
	});

	it('opens the modal preset to the animation, and exports the player it belongs to', async () => {
		const { test } = setUp(NOTE_TEXT, 2);
		const canned = cannedExporter('Login');
		const menu = showExportMenu(test.ctx, HANDLE, 'Notes/Login.md', new MouseEvent('click'), { exporter: canned.exporter }) as unknown as Menu;
		menu.items[1]?.click();
		const select = document.querySelector<HTMLSelectElement>('.modal select');
		expect(select?.value).toBe('animated');
		Array.from(document.querySelectorAll('.modal button')).find((b) => b.textContent === 'Export')?.dispatchEvent(new MouseEvent('click'));
		for (let i = 0; i < 5; i++) await settle();
		expect(canned.calls.map((c) => [c.format, c.intervalMs])).toEqual([['animated-svg', test.settings.autoplayMs]]);
		// Attachments go to the vault's top folder by default.
		expect(test.app.vault.contentOf('Login animated.svg')).toBe('<svg>animated</svg>');
	});

	it('opens the modal preset to one HTML file and writes the player\'s HTML next to the note', async () => {
		const { test } = setUp(NOTE_TEXT, 2);
		const asked: unknown[] = [];
		const html = (handle: unknown): Promise<string> => Promise.resolve(void asked.push(handle)).then(() => '<!doctype html><title>Login</title>');
		const menu = showExportMenu(test.ctx, HANDLE, 'Notes/Login.md', new MouseEvent('click'), { run: { html } }) as unknown as Menu;
		menu.items[2]?.click();
		expect(document.querySelector<HTMLSelectElement>('.modal select')?.value).toBe('html');
		Array.from(document.querySelectorAll('.modal button')).find((b) => b.textContent === 'Export')?.dispatchEvent(new MouseEvent('click'));
		for (let i = 0; i < 5; i++) await settle();
		expect(asked).toEqual([HANDLE]);
		// No @title on the canned handle: named after the note.
		expect(test.app.vault.contentOf('Login.html')).toBe('<!doctype html><title>Login</title>');
		expect(Notice.shown[Notice.shown.length - 1]).toBe('Wrote the HTML file to Login.html.');
	});

	it('copies the step as an image and says so, or why it could not', async () => {
		const { test } = setUp(NOTE_TEXT, 2);
		const copied: unknown[] = [];
		const ok = showExportMenu(test.ctx, HANDLE, 'Notes/Login.md', new MouseEvent('click'), { copyStep: (handle) => Promise.resolve(void copied.push(handle)) }) as unknown as Menu;
		ok.items[3]?.click();
		await settle();
		expect(copied).toEqual([HANDLE]);
		const failing = showExportMenu(test.ctx, HANDLE, 'Notes/Login.md', new MouseEvent('click'), { copyStep: () => Promise.reject(new Error('clipboard denied')) }) as unknown as Menu;
		failing.items[3]?.click();
		await settle();
		expect(Notice.shown).toEqual(['Copied the step as an image.', 'Could not copy the step as an image: clipboard denied']);
	});
});
