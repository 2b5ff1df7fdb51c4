/**
 * The browser side of the integration test, bundled by esbuild with `obsidian` aliased to the typed fake:
 * the plugin's real `main.ts` loaded into a fake app, notes rendered the way reading view does it
 * (`tests/obsidian/support/reading-view.ts`), and the real player drawing with the page's real Mermaid
 * (the fake `loadMermaid()` resolves to `window.mermaid`; see `build.ts`). Exposed as `window.__obsidian`.
 */
import type * as obsidian from 'obsidian';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import ProtocolNotesPlugin from '../../../src/main';
import { Editor } from '../../fakes/obsidian/editor';
import { editorInfoField } from '../../fakes/obsidian/editor-view';
import { TFile } from '../../fakes/obsidian/files';
import { App } from '../../fakes/obsidian/app';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import type { Plugin } from '../../fakes/obsidian/plugin';
import { MANIFEST } from '../../obsidian/support/context';
import { renderReadingView, type NativeMermaidTiming, type RenderedNote } from '../../obsidian/support/reading-view';

/** What a test drives in the page. */
export interface ObsidianPage {
	/** Constructs the plugin with a fake app and loads it as Obsidian does (its `onload` is asynchronous). */
	load(): Promise<void>;
	/** Renders a note in reading view with the plugin's processors; its element carries `data-note="<path>"`. */
	open(markdown: string, path: string, timing: NativeMermaidTiming): Promise<void>;
	/** Closes a note: Obsidian unloads its renderer, and with it every child the processors added. */
	close(path: string): void;
	/** Disables the plugin: Obsidian unloads it. */
	unload(): void;
	/** Switches Obsidian's theme: `body.theme-dark` toggled, then the workspace's `css-change`. */
	setTheme(dark: boolean): void;
	/** How many callbacks listen for the workspace's `css-change`. */
	cssChangeListeners(): number;
	/** Opens a note in a real CodeMirror editor with the plugin's editor extensions, the cursor on `line` (0-based); it becomes the active note. */
	openEditor(markdown: string, path: string, line: number): void;
	/** Types at the end of a note line (0-based) of the open editor, as a keystroke does. */
	type(line: number, text: string): void;
	/** The open editor's cursor line (0-based). */
	cursorLine(): number;
	/** Runs the command *Open protocol preview* (the preview's view goes into the page, as a sidebar leaf). */
	openPreview(): void;
}

function createPage(): ObsidianPage {
	const app = new App();
	const notes = new Map<string, RenderedNote>();
	let plugin: Plugin | null = null;
	let editor: EditorView | null = null;
	const opened = (): EditorView => {
		if (editor === null) throw new Error('No note is open in an editor');
		return editor;
	};
	const loaded = (): Plugin => {
		if (plugin === null) throw new Error('The plugin is not loaded');
		return plugin;
	};
	return {
		async load() {
			plugin = new ProtocolNotesPlugin(app.asApp(), MANIFEST) as unknown as Plugin;
			plugin.load();
			// onload awaits loadData() before it registers anything, as in Obsidian.
			await new Promise((resolve) => window.setTimeout(resolve, 0));
		},
		async open(markdown, path, timing) {
			const note = await renderReadingView(loaded(), markdown, path, timing);
			note.el.dataset.note = path;
			notes.set(path, note);
		},
		close(path) {
			notes.get(path)?.renderer.unload();
		},
		unload() {
			loaded().unload();
		},
		setTheme(dark) {
			document.body.classList.toggle('theme-dark', dark);
			document.body.classList.toggle('theme-light', !dark);
			app.workspace.trigger('css-change');
		},
		cssChangeListeners: () => app.workspace.listenerCount('css-change'),
		openEditor(markdown, path, line) {
			const file = new TFile(app.vault, path, null);
			app.workspace.openInEditor({ file, editor: new Editor(markdown) });
			const doc = EditorState.create({ doc: markdown }).doc;
			const host = document.body.createDiv({ cls: 'markdown-source-view' });
			editor = new EditorView({
				state: EditorState.create({
					doc: markdown,
					selection: { anchor: doc.line(line + 1).from },
					extensions: [editorInfoField.init(() => ({ file }) as unknown as obsidian.MarkdownFileInfo), ...loaded().editorExtensions],
				}),
				parent: host,
			});
		},
		type(line, text) {
			const view = opened();
			const at = view.state.doc.line(line + 1).to;
			view.dispatch({ changes: { from: at, insert: text }, selection: { anchor: at + text.length } });
		},
		cursorLine() {
			const view = opened();
			return view.state.doc.lineAt(view.state.selection.main.head).number - 1;
		},
		openPreview() {
			loaded().commands.find((c) => c.id === 'open-protocol-preview')?.callback?.();
		},
	};
}

installObsidianDom(window);
document.body.classList.add('theme-light');
Object.assign(window, { __obsidian: createPage() });
