import type { StepSnapshot } from '../../core';
import type { ReaderState } from '../reader-state';
import type { Language } from '../../i18n/language';

/**
 * What an export reads from a mounted player: the live drawing, and a way to put it at each exported
 * position and learn what the state panel shows there. Export position 0 is the Start position (before
 * the first step), then one position per step of the chosen path. Exports only read through this, so
 * the player's own model can change without touching them.
 */
export interface ExportSource {
	/** The `.protocol-player` root: theme colours and fonts are read from it. */
	readonly root: HTMLElement;
	/** The live drawing, with the player's classes on it. */
	readonly svg: SVGSVGElement;
	readonly language: Language;
	/** The block's `@title`, if any. */
	readonly title: string | undefined;
	/** The `@kind` badge's words, if any. */
	readonly kind: string | undefined;
	/** How many positions an export shows: Start and every step of the path. */
	count(): number;
	/**
	 * Puts the live drawing at export position `index` (classes only; nothing moves) and returns what the
	 * panel shows there.
	 */
	show(index: number): StepSnapshot;
	/** Puts the player back where it was before `show` was first called. */
	restore(): void;
	/** The chosen branches and injected faults, one line each, in words. */
	choices(): string[];
	/** The export position the player shows now (for "Copy step as image"). */
	currentIndex(): number;
	/** Aborted when the player is destroyed: an export then stops (issue 19). */
	readonly destroyed?: AbortSignal;
	/** The block's source as written, and whether it is drawn dark (for the one-file HTML export). */
	readonly blockSource?: string;
	readonly dark?: boolean;
	/** Mermaid's drawing of the block drawn afresh, as SVG text without the player's marks (for the HTML export). */
	drawing?(): Promise<string>;
	/** The reader's branches and injected faults, at Start: the HTML file opens with them. */
	openingState?(): ReaderState;
}
