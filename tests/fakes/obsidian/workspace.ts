import type * as obsidian from 'obsidian';
import type { Editor } from './editor';
import type { TFile } from './files';
import { WorkspaceLeaf, type ViewCreator } from './views';

type Callback = (...data: unknown[]) => unknown;

/** An `EventRef` as Obsidian makes them: it knows its `Events`, so `Component.registerEvent` can detach it. */
interface FakeEventRef extends obsidian.EventRef {
	e: Events;
	name: string;
	fn: Callback;
}

/** Fake of Obsidian's `Events`: named callbacks, detachable by reference. */
export class Events implements obsidian.Events {
	private readonly handlers = new Map<string, FakeEventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): obsidian.EventRef {
		const ref: FakeEventRef = { e: this, name, fn: ctx === undefined ? callback : callback.bind(ctx) };
		this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
		return ref;
	}

	off(name: string, callback: Callback): void {
		this.handlers.set(name, (this.handlers.get(name) ?? []).filter((ref) => ref.fn !== callback));
	}

	offref(ref: obsidian.EventRef): void {
		const { name } = ref as FakeEventRef;
		this.handlers.set(name, (this.handlers.get(name) ?? []).filter((known) => known !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of this.handlers.get(name) ?? []) ref.fn(...data);
	}

	tryTrigger(evt: obsidian.EventRef, args: unknown[]): void {
		(evt as FakeEventRef).fn(...args);
	}

	/** How many callbacks listen for `name` (a test's check that a cleanup detached them). */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}

/** What the fake workspace shows in its active editor: a note and the editor over its text. */
export interface ActiveNote {
	file: TFile;
	editor: Editor;
}

/**
 * Fake of Obsidian's `Workspace`: events (`file-menu`, ...), the active editor, and the links opened.
 * Tests open a note with `openInEditor`.
 */
export class Workspace extends Events implements Pick<obsidian.Workspace, 'getActiveFile' | 'openLinkText'> {
	activeEditor: obsidian.MarkdownFileInfo | null = null;
	/** Link texts opened through `openLinkText`, oldest first. */
	readonly opened: string[] = [];
	/** The view creators plugins registered, by view type (`Plugin.registerView`). */
	readonly viewCreators = new Map<string, ViewCreator>();
	/** The leaves opened so far, in the right sidebar or the main area. */
	readonly leaves: WorkspaceLeaf[] = [];
	private readonly app: obsidian.App;

	constructor(app: obsidian.App) {
		super();
		this.app = app;
	}

	/** Makes `editor` over `file` the active editor, as when the user opens the note. */
	openInEditor(note: ActiveNote | null): void {
		this.activeEditor = note ? { app: this.app, file: note.file, editor: note.editor as unknown as obsidian.Editor, hoverPopover: null } : null;
	}

	getActiveFile(): obsidian.TFile | null {
		return this.activeEditor?.file ?? null;
	}

	/** A new leaf in the right sidebar (`split` is ignored: the fake has one sidebar). */
	getRightLeaf(_split: boolean): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, this.viewCreators, 'right');
		if (leaf.containerEl) activeDocument.body.appendChild(leaf.containerEl);
		this.leaves.push(leaf);
		return leaf;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view?.getViewType() === viewType);
	}

	revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		leaf.revealed = true;
		return Promise.resolve();
	}

	openLinkText(linktext: string): Promise<void> {
		this.opened.push(linktext);
		return Promise.resolve();
	}
}
