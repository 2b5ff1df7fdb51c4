import { editorInfoField } from 'obsidian';
import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';

/** Told when an editor's text, cursor or focus changed; `docChanged` when its text did. */
export type EditorListener = (view: EditorView, docChanged: boolean) => void;

/**
 * The Markdown editors open now, as CodeMirror views, and which was focused last: the protocol preview follows
 * them. An editor extension reports every change of text, selection or focus (CodeMirror's public update), so the
 * preview hears the cursor move as well as the typing. One instance per plugin load, never a module global.
 */
export class WritingEditors {
	private readonly views = new Set<EditorView>();
	private readonly listeners = new Set<EditorListener>();
	private focused: EditorView | null = null;

	/** The extension to register with `registerEditorExtension`. */
	extension(): Extension {
		// eslint-disable-next-line @typescript-eslint/no-this-alias -- the view plugin's class needs the tracker it reports to
		const editors = this;
		return ViewPlugin.fromClass(class {
			constructor(private readonly view: EditorView) {
				editors.added(view);
			}

			update(update: ViewUpdate): void {
				editors.updated(update);
			}

			destroy(): void {
				editors.removed(this.view);
			}
		});
	}

	/** Listens to every editor; returns the function that stops listening. */
	subscribe(listener: EditorListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The editor of the note at `path`: the last focused one when it shows that note, else any that does. */
	editorOf(path: string | null): EditorView | null {
		if (path === null) return null;
		if (this.focused && pathOf(this.focused) === path) return this.focused;
		for (const view of this.views) if (pathOf(view) === path) return view;
		return null;
	}

	private added(view: EditorView): void {
		this.views.add(view);
		if (view.hasFocus) this.focused = view;
		// An editor made after the preview opened (Obsidian restoring its layout) is news too.
		for (const listener of this.listeners) listener(view, true);
	}

	private updated(update: ViewUpdate): void {
		if (update.focusChanged && update.view.hasFocus) this.focused = update.view;
		if (!update.docChanged && !update.selectionSet && !update.focusChanged) return;
		for (const listener of this.listeners) listener(update.view, update.docChanged);
	}

	private removed(view: EditorView): void {
		this.views.delete(view);
		if (this.focused === view) this.focused = null;
		for (const listener of this.listeners) listener(view, false);
	}
}

/** The path of the note an editor shows (Obsidian's `editorInfoField`), or null. */
export function pathOf(view: EditorView): string | null {
	return view.state.field(editorInfoField, false)?.file?.path ?? null;
}
