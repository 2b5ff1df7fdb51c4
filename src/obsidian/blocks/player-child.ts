import { MarkdownRenderChild, type Component } from 'obsidian';
import { pluginStrings } from '../../i18n/plugin';
import { DATA, drawWhenNear, livePlayer, type PlayerHandle, showPlaceholder } from '../../player';
import type { PluginContext } from '../context';
import { appPlayerOptions } from '../player-options';
import { showExportMenu } from '../export/export-menu';
import { notePathOf } from '../export/note-path';
import { Redraws } from '../redraws';

/** What one block's player is drawn from. */
export interface PlayerBlockOptions {
	/** The plugin's context; players are drawn with its `host`. */
	ctx: PluginContext;
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
	/** The drawings: the one shown stays until a newer one is ready; a slow one finishing late is dropped. */
	private readonly redraws: Redraws;
	private handle: PlayerHandle | null = null;

	constructor(
		containerEl: HTMLElement,
		private readonly options: PlayerBlockOptions,
	) {
		super(containerEl);
		this.redraws = new Redraws(this, containerEl);
	}

	override onload(): void {
		this.redraws.start();
		this.register(this.options.ctx.host.memory.track(this));
		// Mermaid's colours are baked into the SVG: a light/dark switch needs a fresh drawing (of a block
		// already drawn; one still waiting draws in the theme of the moment it comes near).
		this.registerEvent(this.options.ctx.app.workspace.on('css-change', () => {
			if (this.redraws.count > 0) void this.draw();
		}));
		// A long note draws only the players near the view; the others wait, at about their height (ADR 0012).
		if (this.containerEl.childElementCount === 0) showPlaceholder(this.containerEl, this.options.source);
		drawWhenNear(this.containerEl, (cleanup) => this.register(cleanup), () => this.options.ctx.host.memory.drawLine.add(() => this.draw(), this.containerEl));
	}

	override onunload(): void {
		this.redraws.stop();
		this.handle = null;
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
		const draw = this.redraws.next();
		const { ctx, key } = this.options;
		const { memory } = ctx.host;
		const failed = pluginStrings(ctx.language).mermaidUnavailable;
		const position = this.handle?.position() ?? memory.position(key);
		// Drawn again (the theme turned): the reader's branches and faults come along, not only the step.
		const state = livePlayer(this.handle)?.readerState();
		let mermaid;
		try {
			mermaid = await ctx.host.loadMermaid();
		} catch {
			if (this.redraws.isCurrent(draw)) this.handle = null;
			this.redraws.fail(draw, failed);
			return;
		}
		if (!this.redraws.isCurrent(draw)) return;
		const container = this.containerEl;
		const pending = this.redraws.begin(draw);
		let handle: PlayerHandle;
		try {
			handle = await ctx.host.mount(container, {
				mermaid,
				source: this.options.source,
				idPrefix: memory.nextIdPrefix(),
				...appPlayerOptions(ctx, container, pending.drawing),
				...(position === undefined ? {} : { initialStep: position }),
				...(state === undefined ? {} : { initialState: state }),
				exportMenu: (event, shown) => void showExportMenu(ctx, shown, notePathOf(ctx, key), event),
			});
		} catch {
			if (this.redraws.isCurrent(draw)) this.handle = null;
			this.redraws.fail(pending, failed);
			return;
		}
		// A newer drawing started meanwhile (or the block went away): this one is not shown.
		if (!this.redraws.finish(pending, handle.root)) return;
		this.handle = handle;
		this.rememberSteps(handle, pending.drawing);
		this.options.onDrawn?.(handle);
	}

	/** Follows the player's `data-step` so that the next drawing of this block (after an edit) opens there. */
	private rememberSteps(handle: PlayerHandle, drawing: Component): void {
		const { ctx, key } = this.options;
		const { memory } = ctx.host;
		if (key === null) return;
		memory.remember(key, handle.position());
		const observer = new MutationObserver(() => memory.remember(key, handle.position()));
		observer.observe(handle.root, { attributes: true, attributeFilter: [DATA.step] });
		drawing.register(() => observer.disconnect());
	}
}
