import { isSequenceDiagram } from '../core';
import { DrawLine, drawWhenNear, type HtmlBuilder, type MermaidLike, type PlayerHandle } from '../player';
import { cachedFetcher, type NoteFetcher } from './compare-sides';
import { PageBlock, type PageBlockKind } from './page-block';
import { pageSettings, type PageSettings } from './page-settings';
import { watchPageTheme } from './page-theme';

/** Marks a code block already turned into a player, so that upgrading twice does nothing. */
const UPGRADED = 'data-protocol-player';

/** How `upgrade` draws. */
export interface UpgradeOptions {
	/**
	 * Draw each block when it comes near the view (and every block before printing), as the script does on
	 * load; `upgrade` then resolves at once, without handles. Default false: draw now and resolve to them.
	 */
	lazy?: boolean;
}

/** Whether `node` is `root` or inside it. */
function within(root: ParentNode, node: Node): boolean {
	return root === node || (root as Node).contains(node);
}

/**
 * Turns code blocks of a page into players and comparisons, and back. One per page, created by the
 * standalone script; it reads the page's settings (`lang`, theme, `data-protocol-*`) each time it draws,
 * and draws every block again when the page's theme turns.
 */
export class Upgrader {
	private readonly blocks: PageBlock[] = [];
	private readonly line = new DrawLine();
	private readonly fetchNote: NoteFetcher;
	private count = 0;
	private stopWatching: (() => void) | undefined;

	constructor(private readonly win: Window & { mermaid?: MermaidLike }, private readonly buildHtml?: HtmlBuilder) {
		this.fetchNote = cachedFetcher(win);
	}

	/** The code blocks under `root` to upgrade, and what each becomes (`settings`: the page's, read now by default). */
	find(root: ParentNode, settings: PageSettings = pageSettings(this.win)): Array<{ code: HTMLElement; kind: PageBlockKind }> {
		const withMermaid = settings.mermaidBlocks;
		const selector = ['pre > code.language-protocol', 'pre > code.language-protocol-compare', ...(withMermaid ? ['pre > code.language-mermaid'] : [])].join(', ');
		const found: Array<{ code: HTMLElement; kind: PageBlockKind }> = [];
		for (const code of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
			const pre = code.parentElement;
			if (pre === null || pre.hasAttribute(UPGRADED)) continue;
			if (code.classList.contains('language-protocol-compare')) found.push({ code, kind: 'compare' });
			else if (code.classList.contains('language-protocol') || isSequenceDiagram(code.textContent ?? '')) found.push({ code, kind: 'player' });
		}
		return found;
	}

	/**
	 * Upgrades every block under `root` (the whole page by default). At once: resolves to the new players'
	 * handles (a comparison's sides included), without those destroyed before they finished drawing. Lazily:
	 * places the blocks, draws each as it comes near, and resolves at once to `[]`.
	 */
	async upgrade(root: ParentNode = this.win.document, options: UpgradeOptions = {}): Promise<PlayerHandle[]> {
		if (this.win.mermaid === undefined) return [];
		this.forgetDetached();
		// Read once for this call: each read asks the system's colour scheme (`matchMedia`).
		const settings = pageSettings(this.win);
		const lazy = options.lazy === true && settings.lazy;
		const added = this.find(root, settings).map(({ code, kind }) => {
			const pre = code.parentElement as HTMLElement;
			pre.setAttribute(UPGRADED, '');
			const block = new PageBlock(kind, pre, code, { win: this.win, fetchNote: this.fetchNote, buildHtml: this.buildHtml, nextId: () => `protocol-player-${++this.count}` }, settings.dark);
			this.blocks.push(block);
			return block;
		});
		if (added.length > 0) this.stopWatching ??= watchPageTheme(this.win, () => this.redrawAll(), settings.dark);
		if (lazy) {
			for (const block of added) drawWhenNear(block.holder, block.register, () => this.line.add(() => block.ensureDrawn(), block.holder));
			return [];
		}
		// Drawn now, with the settings just read; a lazy block reads them when it draws.
		await Promise.all(added.map((block) => block.ensureDrawn(settings)));
		return added.filter((block) => !block.destroyed).flatMap((block) => block.handles());
	}

	/** Draws every block under `root` still waiting to come near the view; resolves to all players there. */
	async drawAll(root: ParentNode = this.win.document): Promise<PlayerHandle[]> {
		const under = this.blocks.filter((block) => within(root, block.holder));
		await Promise.all(under.map((block) => block.ensureDrawn()));
		return this.players(root);
	}

	/**
	 * The player an element belongs to: the player's root or anything in it, its holder, or the `<pre>` /
	 * `<code>` it replaced; in a comparison, the side's player that holds the element. Undefined when the
	 * element is no player's, or its block has not been drawn yet.
	 */
	playerOf(element: Node): PlayerHandle | undefined {
		const block = this.blocks.find((b) => within(b.holder, element) || within(b.pre, element));
		if (block === undefined) return undefined;
		if (block.player !== undefined) return block.player;
		return block.handles().find((handle) => within(handle.root, element));
	}

	/** The players drawn under `root` (the whole page by default), in page order. */
	players(root: ParentNode = this.win.document): PlayerHandle[] {
		return this.blocks.filter((block) => within(root, block.holder)).flatMap((block) => block.handles());
	}

	/**
	 * Unmounts the players under `root` (all by default), those still drawing or waiting included: stops
	 * their timers, observers and listeners, shows the code again, and returns how many it unmounted.
	 */
	destroy(root: ParentNode = this.win.document): number {
		let removed = 0;
		for (let i = this.blocks.length - 1; i >= 0; i--) {
			const block = this.blocks[i];
			if (block === undefined || !within(root, block.holder)) continue;
			block.destroy();
			block.pre.removeAttribute(UPGRADED);
			this.blocks.splice(i, 1);
			removed += 1;
		}
		if (this.blocks.length === 0) {
			this.stopWatching?.();
			this.stopWatching = undefined;
		}
		return removed;
	}

	/**
	 * Lets go of blocks whose holder left the page (a site that swaps its content as the reader navigates,
	 * as Publish does): their observers, listeners and timers stop, and nothing keeps them in memory.
	 */
	private forgetDetached(): void {
		for (let i = this.blocks.length - 1; i >= 0; i--) {
			const block = this.blocks[i];
			if (block === undefined || block.holder.isConnected) continue;
			block.destroy();
			// Put back as it was: the same content shown again is upgraded again.
			block.pre.removeAttribute(UPGRADED);
			this.blocks.splice(i, 1);
		}
	}

	/** The page's theme turned: every block drawn so far draws again (one after another); waiting ones draw in the new theme when near. */
	private redrawAll(): void {
		const dark = pageSettings(this.win).dark;
		for (const block of this.blocks) {
			block.holder.classList.toggle('is-dark', dark);
			block.holder.classList.toggle('is-light', !dark);
			if (block.isStarted) this.line.add(() => block.draw(), block.holder);
		}
	}
}
