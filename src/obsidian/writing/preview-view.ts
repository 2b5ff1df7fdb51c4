import { Component, ItemView, type WorkspaceLeaf } from 'obsidian';
import type { EditorView } from '@codemirror/view';
import { blockDiagnostics, playableFences, type BlockDiagnostic, type Fence } from '../../core';
import { writingStrings, type WritingStrings } from '../../i18n/writing';
import { pluginStrings } from '../../i18n/plugin';
import { CLASS, livePlayer, type PlayerHandle } from '../../player';
import { blockKey } from '../block-memory';
import type { PluginContext } from '../context';
import { appPlayerOptions } from '../player-options';
import { writingOptions } from './playable-options';
import { problemLineOf, renderProblems } from './preview-problems';
import type { WritingEditors } from './writing-editors';

/** The preview's view type. */
export const PREVIEW_VIEW = 'protocol-preview';

/** How long the preview waits after the last keystroke or cursor move before it draws again. */
export const PREVIEW_QUIET_MS = 300;

/** What the preview is given by the plugin. */
export interface PreviewDeps {
	/** The plugin's context; the preview draws with its `host`. */
	ctx: PluginContext;
	editors: WritingEditors;
}

/** The block the preview shows: which note and which of its playable blocks, the source drawn, and the player. */
interface Shown {
	identity: string;
	/** The source drawn; null forces the next refresh to draw again (a theme change). */
	source: string | null;
	handle: PlayerHandle;
	drawing: Component;
	container: HTMLElement;
}

/**
 * The protocol preview (right sidebar): the player of the playable block under the cursor of the active note,
 * drawn again after a short quiet while typing, keeping the step, branches and faults that still apply; the block's
 * warnings with their note lines, each a button that puts the cursor there. Says so when the cursor is in no block.
 */
export class ProtocolPreviewView extends ItemView {
	private readonly words: WritingStrings;
	private messageEl: HTMLElement | null = null;
	private playerEl: HTMLElement | null = null;
	private problemsEl: HTMLElement | null = null;
	private timer: number | null = null;
	private shown: Shown | null = null;
	private problems: { source: string; list: BlockDiagnostic[] } | null = null;
	private editor: EditorView | null = null;
	/** The last note followed: clicking into the preview itself (to step) must not make it lose its note. */
	private lastPath: string | null = null;
	private draws = 0;
	private opened = false;

	constructor(leaf: WorkspaceLeaf, private readonly preview: PreviewDeps) {
		super(leaf);
		this.words = writingStrings(preview.ctx.language);
		this.icon = 'play';
	}

	override getViewType(): string {
		return PREVIEW_VIEW;
	}

	override getDisplayText(): string {
		return this.words.previewTitle;
	}

	protected override onOpen(): Promise<void> {
		this.opened = true;
		const root = this.contentEl;
		root.empty();
		root.addClass(CLASS.preview);
		this.messageEl = root.createDiv({ cls: CLASS.previewMessage });
		this.playerEl = root.createDiv({ cls: CLASS.previewPlayer });
		this.playerEl.createDiv({ cls: 'protocol-preview-stale', text: this.words.stale });
		this.problemsEl = root.createDiv({ cls: 'protocol-preview-problems is-empty' });
		this.registerDomEvent(this.problemsEl, 'click', (event) => {
			const line = problemLineOf(event.target);
			if (line !== undefined) this.goToLine(line);
		});
		const { editors } = this.preview;
		this.register(editors.subscribe((view) => {
			// The followed editor, the one being typed in, or any while none is followed (a note just opened).
			if (view === this.editor || view.hasFocus || this.editor === null) this.schedule(PREVIEW_QUIET_MS);
		}));
		const { workspace } = this.app;
		this.registerEvent(workspace.on('active-leaf-change', () => this.schedule(0)));
		this.registerEvent(workspace.on('file-open', () => this.schedule(0)));
		// Mermaid bakes the theme's colours into the drawing: a light/dark switch draws again.
		this.registerEvent(workspace.on('css-change', () => {
			if (this.shown) this.shown.source = null;
			this.schedule(0);
		}));
		this.register(() => this.cancel());
		this.refresh();
		return Promise.resolve();
	}

	protected override onClose(): Promise<void> {
		this.opened = false;
		this.cancel();
		this.clearPlayer();
		return Promise.resolve();
	}

	/** Looks again at the active note and its cursor, and draws what is under it (when that changed). */
	refresh(): void {
		if (!this.opened) return;
		const path = this.app.workspace.getActiveFile()?.path ?? this.lastPath;
		const editor = this.preview.editors.editorOf(path);
		this.lastPath = editor ? path : null;
		this.editor = editor;
		if (!editor || path === null) return this.showMessage(this.words.noNote);
		const doc = editor.state.doc;
		const line = doc.lineAt(editor.state.selection.main.head).number - 1;
		const options = writingOptions(this.preview.ctx);
		const fences = playableFences((n) => doc.line(n + 1).text, doc.lines, options);
		const ordinal = fences.findIndex((f) => line >= f.open && line <= f.last);
		const fence = fences[ordinal];
		if (!fence) return this.showMessage(this.words.noBlock);
		this.messageEl?.toggleClass('is-hidden', true);
		const problems = this.problemsOf(fence.source, options.inferState);
		if (this.problemsEl) renderProblems(this.problemsEl, fence, problems, this.words);
		const identity = `${path}\n${ordinal}`;
		if (this.shown?.identity === identity && this.shown.source === fence.source) return;
		if (problems.some((p) => p.severity === 'error') && this.shown?.identity === identity) {
			// Mid-edit the block may not parse: the last drawing that played stays, dimmed, until it does again.
			this.playerEl?.addClass(CLASS.stale);
			return;
		}
		void this.draw(fence, identity, path);
	}

	private async draw(fence: Fence, identity: string, path: string): Promise<void> {
		const draw = ++this.draws;
		const { ctx } = this.preview;
		const { memory } = ctx.host;
		const same = this.shown?.identity === identity ? this.shown : null;
		const position = same ? same.handle.position() : memory.position(blockKey(path, fence.open));
		const state = livePlayer(same?.handle)?.readerState();
		let mermaid;
		try {
			mermaid = await ctx.host.loadMermaid();
		} catch {
			if (this.isCurrent(draw)) this.showMessage(pluginStrings(ctx.language).mermaidUnavailable);
			return;
		}
		if (!this.isCurrent(draw) || !this.playerEl) return;
		const container = this.playerEl.createDiv({ cls: 'protocol-preview-drawing' });
		const drawing = this.addChild(new Component());
		let handle: PlayerHandle;
		try {
			handle = await ctx.host.mount(container, {
				mermaid,
				source: fence.source,
				idPrefix: memory.nextIdPrefix(),
				...appPlayerOptions(ctx, container, drawing),
				...(position === undefined ? {} : { initialStep: position }),
				...(state === undefined ? {} : { initialState: state }),
			});
		} catch {
			handle = { kind: 'error', root: container, position: () => -1, goTo: () => undefined };
		}
		if (!this.isCurrent(draw)) {
			this.removeChild(drawing);
			container.remove();
			return;
		}
		this.clearPlayer();
		this.playerEl.removeClass(CLASS.stale);
		this.shown = { identity, source: fence.source, handle, drawing, container };
	}

	private isCurrent(draw: number): boolean {
		return this.opened && draw === this.draws;
	}

	/** The block's problems, parsed again only when its source changed (a cursor move parses nothing). */
	private problemsOf(source: string, inferState: boolean): BlockDiagnostic[] {
		if (this.problems?.source !== source) this.problems = { source, list: blockDiagnostics(source, { inferState }) };
		return this.problems.list;
	}

	private showMessage(text: string): void {
		this.draws += 1;
		this.clearPlayer();
		this.problemsEl?.empty();
		this.problemsEl?.addClass('is-empty');
		this.messageEl?.setText(text);
		this.messageEl?.toggleClass('is-hidden', false);
	}

	private clearPlayer(): void {
		const shown = this.shown;
		this.shown = null;
		if (!shown) return;
		this.removeChild(shown.drawing);
		shown.container.remove();
	}

	/** Puts the editor's cursor at the start of what is written on a note line (0-based) and shows it. */
	private goToLine(line: number): void {
		const editor = this.editor;
		if (!editor) return;
		const doc = editor.state.doc;
		const target = doc.line(Math.min(doc.lines, line + 1));
		const indent = target.text.length - target.text.replace(/^[\s>]+/, '').length;
		editor.dispatch({ selection: { anchor: target.from + indent }, scrollIntoView: true });
		editor.focus();
		// On a phone the sidebar covers the note: close it so the line is seen.
		if (this.containerEl.ownerDocument.body.hasClass('is-phone')) this.app.workspace.rightSplit.collapse();
	}

	private schedule(ms: number): void {
		this.cancel();
		this.timer = window.setTimeout(() => {
			this.timer = null;
			this.refresh();
		}, ms);
	}

	private cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
	}
}
