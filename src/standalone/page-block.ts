import { parseCompareSource } from '../core';
import { type CompareHandle, type CompareSideSpec, el, type HtmlBuilder, livePlayer, type MermaidLike, mountCompare, mountPlayer, type PlayerHandle, type PlayerOptions, type RegisterCleanup, showPlaceholder } from '../player';
import { notesBase, resolvePageSides, type NoteFetcher } from './compare-sides';
import { togglePageExportMenu } from './export-menu';
import { pageSettings, type PageSettings } from './page-settings';

/** What a block of the page is: a player (```protocol or a Mermaid sequence diagram) or a comparison. */
export type PageBlockKind = 'player' | 'compare';

/** What every block of a page shares, from the script's one `Upgrader`. */
export interface PageBlockEnv {
	win: Window & { mermaid?: MermaidLike };
	/** A fresh id prefix, unique on the page. */
	nextId(): string;
	fetchNote: NoteFetcher;
	/** Makes the HTML export (the script's own text and the page's styles); absent: that item rejects. */
	buildHtml?: HtmlBuilder;
}

/**
 * One upgraded code block of a page: the holder shown in place of its `<pre>` (hidden, kept), and the
 * player or comparison drawn in it. Draws on demand (`ensureDrawn`, from drawing when near or at once), and
 * again in the page's new theme (`draw`), keeping what the reader did: position, branch choices and
 * faults of a player, the applied fault of a comparison.
 */
export class PageBlock {
	readonly holder: HTMLElement;
	/** The player shown, once drawn (a comparison's players are in `compare`). */
	player: PlayerHandle | undefined;
	compare: CompareHandle | undefined;
	destroyed = false;
	private started = false;
	private draws = 0;
	/** Cleanups for the block's life (its near-the-view observer, print listener). */
	private readonly life: Array<() => void> = [];
	/** Cleanups of the drawing shown now. */
	private drawing: Array<() => void> = [];
	private sides: CompareSideSpec[] | undefined;
	private resolveDrawn: () => void = () => undefined;
	private readonly drawn: Promise<void>;

	/** `dark`: whether the page shows dark now (read from the page by default). */
	constructor(readonly kind: PageBlockKind, readonly pre: HTMLElement, private readonly code: HTMLElement, private readonly env: PageBlockEnv, dark = pageSettings(env.win).dark) {
		const doc = pre.ownerDocument;
		// The player paints its own background for the theme it draws with: a dark drawing on a white page
		// (system dark, page without a theme) would otherwise show light grey text on white.
		this.holder = el(doc, 'div', { class: `protocol-block is-standalone ${dark ? 'is-dark' : 'is-light'}`, 'data-kind': kind });
		this.drawn = new Promise((resolve) => (this.resolveDrawn = resolve));
		pre.before(this.holder);
		pre.hidden = true;
		// Until drawn, a box of about the player's height keeps the page from jumping (ADR 0012).
		showPlaceholder(this.holder, kind === 'player' ? this.source : '');
	}

	/** The code block's text. */
	get source(): string {
		return this.code.textContent ?? '';
	}

	/** Registers a cleanup for the block's life: run at once when the block is already destroyed. */
	readonly register: RegisterCleanup = (cleanup) => {
		if (this.destroyed) cleanup();
		else this.life.push(cleanup);
	};

	/** Whether the block has started drawing (lazily or at once). */
	get isStarted(): boolean {
		return this.started;
	}

	/**
	 * Draws the block if it has not started yet; resolves once it shows its first drawing (or is destroyed).
	 * `settings`: the page's settings, when the caller has just read them.
	 */
	ensureDrawn(settings?: PageSettings): Promise<void> {
		if (!this.started) void this.draw(settings);
		return this.drawn;
	}

	/** Every player the block shows: its own, or each side's of a comparison. */
	handles(): PlayerHandle[] {
		if (this.player !== undefined) return [this.player];
		return (this.compare?.players ?? []).filter((handle): handle is PlayerHandle => handle !== undefined);
	}

	/**
	 * Draws (or draws again, in the page's theme of now) the block. The previous drawing stays, working, until
	 * the new one is ready; a draw overtaken by a newer one, or by `destroy`, is dropped with its listeners.
	 */
	async draw(settings: PageSettings = pageSettings(this.env.win)): Promise<void> {
		this.started = true;
		const draw = ++this.draws;
		const mermaid = this.env.win.mermaid;
		if (mermaid === undefined || this.destroyed) return this.resolveDrawn();
		this.holder.classList.toggle('is-dark', settings.dark);
		this.holder.classList.toggle('is-light', !settings.dark);
		const cleanups: Array<() => void> = [];
		const register: RegisterCleanup = (cleanup) => {
			if (this.destroyed) cleanup();
			else cleanups.push(cleanup);
		};
		const options: Omit<PlayerOptions, 'source'> = {
			mermaid, idPrefix: this.env.nextId(), language: settings.language, dark: settings.dark, showOutcomesAhead: settings.showOutcomesAhead, register,
		};
		if (settings.exportMenu) {
			options.exportMenu = (event, handle) => void togglePageExportMenu(event, handle, { language: settings.language, register, intervalMs: settings.intervalMs, buildHtml: this.env.buildHtml });
		}
		try {
			if (this.kind === 'player') await this.drawPlayer(draw, options, cleanups);
			else await this.drawCompare(draw, options, cleanups);
		} catch {
			// mountPlayer and mountCompare show their own errors and never reject; nothing else here throws.
			for (const cleanup of cleanups.splice(0)) cleanup();
		}
		if (this.destroyed || draw === this.draws) this.resolveDrawn();
	}

	private async drawPlayer(draw: number, options: Omit<PlayerOptions, 'source'>, cleanups: Array<() => void>): Promise<void> {
		const state = livePlayer(this.player)?.readerState();
		const stale = Array.from(this.holder.childNodes);
		const handle = await mountPlayer(this.holder, { ...options, source: this.source, ...(state === undefined ? {} : { initialState: state }) });
		if (!this.keep(draw, handle.root, stale, cleanups)) return;
		this.player = handle;
	}

	private async drawCompare(draw: number, options: Omit<PlayerOptions, 'source'>, cleanups: Array<() => void>): Promise<void> {
		const parsed = parseCompareSource(this.source, { pageBlocks: true });
		this.sides ??= await resolvePageSides(this.pre.ownerDocument, parsed.notes, notesBase(this.code), this.env.fetchNote);
		if (draw !== this.draws || this.destroyed) return;
		// Drawn again (a theme change): the fault applied now, not the block's `fault:` line, which may have been cleared.
		const fault = this.compare === undefined ? parsed.fault : this.compare.applied?.() ?? undefined;
		const stale = Array.from(this.holder.childNodes);
		const handle = await mountCompare(this.holder, { ...options, sides: this.sides, diagnostics: parsed.diagnostics, ...(fault === undefined ? {} : { fault }) });
		if (!this.keep(draw, handle.root, stale, cleanups)) return;
		this.compare = handle;
	}

	/** Shows a finished drawing in place of the previous one; false (and the drawing undone) when it is no longer wanted. */
	private keep(draw: number, root: HTMLElement, stale: ChildNode[], cleanups: Array<() => void>): boolean {
		if (this.destroyed || draw !== this.draws) {
			for (const cleanup of cleanups.splice(0)) cleanup();
			root.remove();
			return false;
		}
		for (const cleanup of this.drawing.splice(0)) cleanup();
		for (const node of stale) node.remove();
		this.drawing = cleanups;
		return true;
	}

	/** Stops everything the block started, removes its holder and shows the code again. */
	destroy(): void {
		this.destroyed = true;
		for (const cleanup of [...this.life.splice(0), ...this.drawing.splice(0)]) cleanup();
		this.holder.remove();
		this.pre.hidden = false;
		this.player = undefined;
		this.compare = undefined;
		this.resolveDrawn();
	}
}
