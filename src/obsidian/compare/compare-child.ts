import { MarkdownRenderChild, TFile, type TAbstractFile } from 'obsidian';
import { parseCompareSource } from '../../core';
import { pluginStrings } from '../../i18n/plugin';
import type { CompareHandle, CompareOptions, CompareSideSpec, MermaidLike } from '../../player';
import type { PluginContext } from '../context';
import { appPlayerOptions } from '../player-options';
import { resolveSides, type ResolvedSides } from './resolve-sides';
import { Redraws } from '../redraws';

/** One compare block's inputs. */
export interface CompareBlockOptions {
	/** The plugin's context; the comparison is drawn with its `host`. */
	ctx: PluginContext;
	source: string;
	/** The note the block is in: links resolve from it. */
	sourcePath: string;
	/** Milliseconds to wait after the last change to a named note before redrawing. */
	debounceMs?: number;
}

/** How long edits to a compared note settle before the block redraws: typing should not redraw on every key. */
export const COMPARE_REDRAW_MS = 500;

/**
 * One `protocol-compare` block, alive while its element is in the note. Draws on load; redraws (debounced)
 * when a named note changes, is created, renamed or deleted, and on a theme change. The previous drawing
 * stays until the new one is ready. Every event and timer is registered on this child.
 */
export class CompareBlockChild extends MarkdownRenderChild {
	/** The drawings: the one shown stays until a newer one is ready; a slow one finishing late is dropped. */
	private readonly redraws: Redraws;
	/** The comparison on screen and the sides it was drawn from, so that a changed note redraws its side only. */
	private shown: { handle: CompareHandle; sides: CompareSideSpec[] } | null = null;
	/** Whether the redraw waiting must draw everything again (a theme change), not only changed sides. */
	private whole = false;
	private watched: ResolvedSides = { sides: [], paths: new Set(), unresolved: new Set() };
	private timer: number | undefined;

	constructor(containerEl: HTMLElement, private readonly options: CompareBlockOptions) {
		super(containerEl);
		this.redraws = new Redraws(this, containerEl);
	}

	override onload(): void {
		this.redraws.start();
		const { app } = this.options.ctx;
		this.registerEvent(app.metadataCache.on('changed', (file) => this.touched(file)));
		this.registerEvent(app.metadataCache.on('deleted', (file) => this.touched(file)));
		this.registerEvent(app.vault.on('create', (file) => this.touched(file)));
		this.registerEvent(app.vault.on('rename', (file, oldPath) => this.touched(file, oldPath)));
		this.registerEvent(app.workspace.on('css-change', () => this.schedule(true)));
		this.register(() => this.cancel());
		void this.draw();
	}

	override onunload(): void {
		this.redraws.stop();
		this.shown = null;
	}

	/** Redraws soon when the file is one of the compared notes (or bears a name that did not resolve). */
	private touched(file: TAbstractFile, oldPath?: string): void {
		if (!(file instanceof TFile)) return;
		const named = this.watched.paths.has(file.path) || (oldPath !== undefined && this.watched.paths.has(oldPath))
			|| this.watched.unresolved.has(file.basename.toLowerCase()) || this.watched.unresolved.has(file.path.replace(/\.md$/, '').toLowerCase());
		if (named) this.schedule();
	}

	private schedule(whole = false): void {
		this.whole ||= whole;
		this.cancel();
		const win = this.containerEl.ownerDocument.defaultView ?? window;
		this.timer = win.setTimeout(() => {
			this.timer = undefined;
			const whole = this.whole;
			this.whole = false;
			void this.draw(whole);
		}, this.options.debounceMs ?? COMPARE_REDRAW_MS);
	}

	private cancel(): void {
		if (this.timer === undefined) return;
		(this.containerEl.ownerDocument.defaultView ?? window).clearTimeout(this.timer);
		this.timer = undefined;
	}

	/**
	 * Reads the notes and draws the comparison; the previous one stays until this one is ready. When the same notes
	 * are compared as before and `whole` is not asked for, only the sides whose diagram changed are drawn again
	 * (issue 24: typing in one note must not redraw the others). Never throws.
	 */
	async draw(whole = true): Promise<void> {
		const draw = this.redraws.next();
		const { ctx, source, sourcePath } = this.options;
		const { memory } = ctx.host;
		const parsed = parseCompareSource(source);
		let mermaid: MermaidLike;
		let resolved: ResolvedSides;
		try {
			[mermaid, resolved] = await Promise.all([ctx.host.loadMermaid(), resolveSides(ctx.app, parsed.notes, sourcePath)]);
		} catch {
			this.fail(draw);
			return;
		}
		if (!this.redraws.isCurrent(draw)) return;
		this.watched = resolved;
		if (!whole && this.shown !== null && sameNotes(this.shown.sides, resolved.sides)) {
			await this.redrawChanged(this.shown, resolved.sides, draw);
			return;
		}
		const pending = this.redraws.begin(draw);
		const options: CompareOptions = {
			mermaid,
			idPrefix: memory.nextIdPrefix(),
			...appPlayerOptions(ctx, this.containerEl, pending.drawing),
			sides: resolved.sides,
			diagnostics: parsed.diagnostics,
			openNote: (name) => void ctx.app.workspace.openLinkText(name, sourcePath),
		};
		if (parsed.fault !== undefined) options.fault = parsed.fault;
		let handle: CompareHandle;
		try {
			handle = await ctx.host.mountCompare(this.containerEl, options);
		} catch {
			this.fail(pending);
			return;
		}
		if (this.redraws.finish(pending, handle.root)) this.shown = { handle, sides: resolved.sides };
	}

	/** Draws again, one after another, the sides whose diagram is not the one shown; the others stay as they are. */
	private async redrawChanged(shown: { handle: CompareHandle; sides: CompareSideSpec[] }, sides: CompareSideSpec[], draw: number): Promise<void> {
		for (const [index, side] of sides.entries()) {
			if (sameDiagram(shown.sides[index], side)) continue;
			try {
				await shown.handle.replaceSide(index, side);
			} catch {
				this.fail(draw);
				return;
			}
			shown.sides[index] = side;
			if (!this.redraws.isCurrent(draw)) return;
		}
	}

	/** A failed draw: when it was the latest, one message replaces the comparison. */
	private fail(pending: Parameters<Redraws['fail']>[0]): void {
		const draw = typeof pending === 'number' ? pending : pending.draw;
		if (this.redraws.isCurrent(draw)) this.shown = null;
		this.redraws.fail(pending, pluginStrings(this.options.ctx.language).mermaidUnavailable);
	}
}

/** Whether two lists of sides name the same notes (and headings) in the same order. */
function sameNotes(a: readonly CompareSideSpec[], b: readonly CompareSideSpec[]): boolean {
	return a.length === b.length && a.every((side, i) => side.name === b[i]?.name && side.heading === b[i]?.heading);
}

/** Whether a side shows the same diagram (or lacks it for the same reason) as before. */
function sameDiagram(a: CompareSideSpec | undefined, b: CompareSideSpec): boolean {
	if (a === undefined) return false;
	if ('source' in a.diagram) return 'source' in b.diagram && a.diagram.source === b.diagram.source;
	return 'missing' in b.diagram && a.diagram.missing === b.diagram.missing;
}
