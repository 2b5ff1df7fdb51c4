import type * as obsidian from 'obsidian';
import { Component } from './component';

/** A view creator as `Plugin.registerView` takes it. */
export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/**
 * Fake of Obsidian's `View`: a component with the container Obsidian gives it (a header and a content element),
 * opened by its leaf (`onOpen`) and closed with it (`onClose`, then unload).
 */
export abstract class View extends Component {
	app: obsidian.App;
	icon = '';
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: obsidian.Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
		this.containerEl.createDiv({ cls: 'view-header' });
	}

	protected onOpen(): Promise<void> {
		return Promise.resolve();
	}

	protected onClose(): Promise<void> {
		return Promise.resolve();
	}

	abstract getViewType(): string;
	abstract getDisplayText(): string;

	getIcon(): string {
		return this.icon;
	}

	/** What the leaf does when it shows this view. */
	async open(): Promise<void> {
		this.load();
		await this.onOpen();
	}

	/** What the leaf does when it closes this view. */
	async close(): Promise<void> {
		await this.onClose();
		this.unload();
	}
}

/** Fake of Obsidian's `ItemView`: a view with a content element under its header. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
	}

	addAction(): HTMLElement {
		return createDiv();
	}
}

/** Fake of Obsidian's `WorkspaceLeaf`: shows one view at a time, made by the creator registered for its type. */
export class WorkspaceLeaf {
	view: View | null = null;
	/** Whether `revealLeaf` brought it into sight. */
	revealed = false;
	/** The leaf's element, in the page when there is one (a view lays out and draws as in Obsidian's sidebar). */
	readonly containerEl: HTMLElement | null = typeof document === 'undefined' ? null : createDiv({ cls: 'workspace-leaf' });

	constructor(
		readonly app: obsidian.App,
		private readonly creators: ReadonlyMap<string, ViewCreator>,
		/** Which side of the workspace it is in. */
		readonly side: 'main' | 'right',
	) {}

	async setViewState(state: obsidian.ViewState): Promise<void> {
		const create = this.creators.get(state.type);
		if (!create) throw new Error(`no view registered for ${state.type}`);
		await this.detachView();
		this.view = create(this);
		this.containerEl?.appendChild(this.view.containerEl);
		await this.view.open();
	}

	getViewState(): obsidian.ViewState {
		return { type: this.view?.getViewType() ?? 'empty' };
	}

	/** Closes the leaf and its view. */
	async detach(): Promise<void> {
		await this.detachView();
		this.containerEl?.remove();
	}

	private async detachView(): Promise<void> {
		const view = this.view;
		this.view = null;
		if (!view) return;
		await view.close();
		view.containerEl.remove();
	}
}
