import { Component, MarkdownRenderChild } from 'obsidian';
import { pluginStrings } from '../../i18n/plugin';
import type { PlayerHandle } from '../../player/api';
import type { BlockMemory } from '../block-memory';
import type { PluginContext } from '../context';
import { appPlayerOptions } from '../player-options';
import { drawWhenNear } from '../../player/lazy/draw-when-near';
import { showPlaceholder } from '../../player/lazy/placeholder';
import type { PlayerDeps } from './player-deps';
import { showExportMenu } from '../export/export-menu';
import { notePathOf } from '../export/note-path';

/** What one block's player is drawn from. */
export interface PlayerBlockOptions {
	ctx: PluginContext;
	deps: PlayerDeps;
	memory: BlockMemory;
	/** The sequence diagram, with any directive comments. */
	source: string;
	/** Where the block's step is remembered (note path and section line), or `null` when unknown. */
	key: string | null;
	/** Told after every draw, with the player (or its `.protocol-error`). */
	onDrawn?: (handle: PlayerHandle) => void;
}

/**
 * One block's player, alive as long as its element is in the note (Obsidian unloads it when the block is
 * edited or the note closes). Draws when it comes near the view (at once where that cannot be watched)
 * and again on theme change, keeping the current step.
 */
export class PlayerBlockChild extends MarkdownRenderChild {
	/** The cleanups of the player shown: unloaded when a newer drawing replaces it, so redraws leave nothing behind. */
	private drawing: Component | null = null;
	private handle: PlayerHandle | null = null;
	private alive = false;
	/** Counts draws so that a slow draw finishing after a newer one started is dropped. */
	private draws = 0;

	constructor(
		containerEl: HTMLElement,
		private readonly options: PlayerBlockOptions,
	) {
		super(containerEl);
	}

	override onload(): void {
		this.alive = true;
		this.register(this.options.memory.track(this));
		// Mermaid's colours are baked into the SVG: a light/dark switch needs a fresh drawing (of a block
		// already drawn; one still waiting draws in the theme of the moment it comes near).
		this.registerEvent(this.options.ctx.app.workspace.on('css-change', () => {
			if (this.draws > 0) void this.draw();
		}));
		// A long note draws only the players near the view; the others wait, at about their height (ADR 0012).
		if (this.containerEl.childElementCount === 0) showPlaceholder(this.containerEl, this.options.source);
		drawWhenNear(this.containerEl, (cleanup) => this.register(cleanup), () => this.options.memory.drawLine.add(() => this.draw(), this.containerEl));
	}

	override onunload(): void {
		this.alive = false;
		this.handle = null;
		this.drawing = null;
	}

	/** The player shown now, once drawn. */
	get player(): PlayerHandle | null {
		return this.handle;
	}

	/**
	 * Draws (or redraws) the player at the remembered step. The previous player stays in place, working,
	 * until the new one is ready, so a theme change never collapses the block. Never throws: failures
	 * become a message.
	 */
	async draw(): Promise<void> {
		const draw = ++this.draws;
		const { ctx, deps, memory, key } = this.options;
		const position = this.handle?.position() ?? memory.position(key);
		let mermaid;
		try {
			mermaid = await deps.loadMermaid();
		} catch {
			if (this.isCurrent(draw)) this.showFailure();
			return;
		}
		if (!this.isCurrent(draw)) return;
		const container = this.containerEl;
		const stale = Array.from(container.childNodes);
		const drawing = this.addChild(new Component());
		let handle: PlayerHandle;
		try {
			handle = await deps.mount(container, {
				mermaid,
				source: this.options.source,
				idPrefix: memory.nextIdPrefix(),
				...appPlayerOptions(ctx, container, drawing),
				...(position === undefined ? {} : { initialStep: position }),
				exportMenu: (event, shown) => void showExportMenu(ctx, shown, notePathOf(ctx, key), event),
			});
		} catch {
			this.removeChild(drawing);
			if (this.isCurrent(draw)) this.showFailure();
			return;
		}
		if (!this.isCurrent(draw)) {
			// A newer drawing started meanwhile (or the block went away): this one is not shown.
			this.removeChild(drawing);
			handle.root.remove();
			return;
		}
		this.swapIn(drawing, stale);
		this.handle = handle;
		this.rememberSteps(handle, drawing);
		this.options.onDrawn?.(handle);
	}

	private isCurrent(draw: number): boolean {
		return this.alive && draw === this.draws;
	}

	/** Unloads the previous player's listeners and timers and removes what it showed. */
	private swapIn(drawing: Component | null, stale: ChildNode[]): void {
		if (this.drawing) this.removeChild(this.drawing);
		for (const node of stale) node.remove();
		this.drawing = drawing;
		this.handle = null;
	}

	/** Follows the player's `data-step` so that the next drawing of this block (after an edit) opens there. */
	private rememberSteps(handle: PlayerHandle, drawing: Component): void {
		const { memory, key } = this.options;
		if (key === null) return;
		memory.remember(key, handle.position());
		const observer = new MutationObserver(() => memory.remember(key, handle.position()));
		observer.observe(handle.root, { attributes: true, attributeFilter: ['data-step'] });
		drawing.register(() => observer.disconnect());
	}

	private showFailure(): void {
		this.swapIn(null, Array.from(this.containerEl.childNodes));
		this.containerEl.createDiv({ cls: 'protocol-error', text: pluginStrings(this.options.ctx.language).mermaidUnavailable });
	}
}
