import { isSequenceDiagram } from '../core';
import { languageFrom } from '../i18n/language';
import type { MermaidLike, PlayerHandle } from '../player';
import { mountPlayer } from '../player';
import { el } from '../player/dom';

/** Marks a code block already turned into a player, so that upgrading twice does nothing. */
const UPGRADED = 'data-protocol-player';

/**
 * Whether the page shows dark: `body.theme-dark` or `body.theme-light` (Obsidian's and Publish's classes)
 * decide when present — a page set to light stays light on a dark system — and the system's
 * `prefers-color-scheme` only when the page says neither.
 */
function pageIsDark(win: Window): boolean {
	const body = win.document.body.classList;
	if (body.contains('theme-dark')) return true;
	if (body.contains('theme-light')) return false;
	return win.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}

/**
 * One block being upgraded or upgraded: the code block it stands for, its holder, and what to run to unmount
 * it. Listed from the moment its upgrade starts, so that `destroy` also stops upgrades still drawing.
 */
interface Mounted {
	holder: HTMLElement;
	pre: HTMLElement;
	cleanups: Array<() => void>;
	/** Set by `destroy`: cleanups the player registers from then on run at once. */
	destroyed: boolean;
}

/**
 * Turns code blocks of a page into players and back. One per page, created by the standalone script;
 * it reads the page's settings (`lang`, dark theme, `data-protocol-mermaid`) each time it upgrades.
 */
export class Upgrader {
	private readonly mounted: Mounted[] = [];
	private count = 0;

	constructor(private readonly win: Window & { mermaid?: MermaidLike }) {}

	/** The code blocks under `root` to upgrade: every ```protocol block, and ```mermaid sequence diagrams unless turned off. */
	blocks(root: ParentNode): HTMLElement[] {
		const doc = this.win.document;
		const withMermaid = doc.documentElement.getAttribute('data-protocol-mermaid') !== 'off';
		const selector = withMermaid ? 'pre > code.language-protocol, pre > code.language-mermaid' : 'pre > code.language-protocol';
		return Array.from(root.querySelectorAll<HTMLElement>(selector)).filter((code) => {
			const pre = code.parentElement;
			if (pre === null || pre.hasAttribute(UPGRADED)) return false;
			return code.classList.contains('language-protocol') || isSequenceDiagram(code.textContent ?? '');
		});
	}

	/**
	 * Upgrades every block under `root` (the whole page by default); resolves to the new players' handles,
	 * without those destroyed before they finished drawing.
	 */
	async upgrade(root: ParentNode = this.win.document): Promise<PlayerHandle[]> {
		const mermaid = this.win.mermaid;
		if (mermaid === undefined) return [];
		const doc = this.win.document;
		const language = languageFrom(doc.documentElement.lang);
		const dark = pageIsDark(this.win);
		// `<html data-protocol-outcomes="ahead">`: the page's own "Show outcomes ahead".
		const showOutcomesAhead = doc.documentElement.getAttribute('data-protocol-outcomes') === 'ahead';
		const jobs = this.blocks(root).map((code) => {
			const pre = code.parentElement as HTMLElement;
			pre.setAttribute(UPGRADED, '');
			// The player paints its own background for the theme it draws with: a dark drawing on a white page
			// (system dark, page without a theme) would otherwise show light grey text on white.
			const holder = el(doc, 'div', { class: `protocol-block is-standalone ${dark ? 'is-dark' : 'is-light'}` });
			pre.before(holder);
			pre.hidden = true;
			const entry: Mounted = { holder, pre, cleanups: [], destroyed: false };
			this.mounted.push(entry);
			this.count += 1;
			return mountPlayer(holder, {
				mermaid, source: code.textContent ?? '', idPrefix: `protocol-player-${this.count}`, language, dark, showOutcomesAhead,
				// Destroyed while Mermaid was drawing: whatever the player starts is stopped at once.
				register: (cleanup) => {
					if (entry.destroyed) cleanup();
					else entry.cleanups.push(cleanup);
				},
			}).then((handle) => (entry.destroyed ? undefined : handle));
		});
		const handles = await Promise.all(jobs);
		return handles.filter((handle): handle is PlayerHandle => handle !== undefined);
	}

	/**
	 * Unmounts the players under `root` (all by default), those still drawing included: stops their timers and
	 * listeners, shows the code again, and returns how many it unmounted.
	 */
	destroy(root: ParentNode = this.win.document): number {
		let removed = 0;
		for (let i = this.mounted.length - 1; i >= 0; i--) {
			const entry = this.mounted[i];
			if (entry === undefined || !(root === entry.holder || root.contains(entry.holder))) continue;
			entry.destroyed = true;
			for (const cleanup of entry.cleanups.splice(0)) cleanup();
			entry.holder.remove();
			entry.pre.hidden = false;
			entry.pre.removeAttribute(UPGRADED);
			this.mounted.splice(i, 1);
			removed += 1;
		}
		return removed;
	}
}
