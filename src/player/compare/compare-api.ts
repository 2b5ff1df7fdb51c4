import type { CompareDiagnostic, CompareFaultSpec } from '../../core';
import type { PlayerHandle, PlayerOptions } from '../api';

/** One side of a comparison as the host found it: the diagram's source, or why there is none. */
export interface CompareSideSpec {
	/** The note's name: each side's player and verdict carry it as `data-source`. */
	name: string;
	/** The heading the block named (`[[note#heading]]`), when it named one. */
	heading?: string;
	/** The diagram (first `protocol` block, else first Mermaid sequence diagram), or what is missing. */
	diagram: { source: string } | { missing: 'note' | 'diagram' };
}

/** Everything a comparison needs, passed in; the players' own options apply to every side. */
export interface CompareOptions extends Omit<PlayerOptions, 'source' | 'initialStep'> {
	sides: CompareSideSpec[];
	/** The block's `fault:` line: selected in the bar and applied at once. */
	fault?: CompareFaultSpec;
	/** Problems in the block's lines, listed above the sides. */
	diagnostics?: CompareDiagnostic[];
	/** Opens a note by name when its link is clicked (Obsidian: `openLinkText`); without it links are plain text. */
	openNote?: (name: string) => void;
}

/** A mounted comparison. */
export interface CompareHandle {
	/** The `.protocol-compare` root. */
	readonly root: HTMLElement;
	/** Each side's player, in order; undefined for a side without a diagram. */
	readonly players: ReadonlyArray<PlayerHandle | undefined>;
	/** Injects the fault on every side (or clears every side's faults with `null`) and updates the verdicts. */
	apply(fault: CompareFaultSpec | null): void;
	/** The fault applied now (by the bar, `apply` or the block's `fault:` line), or null: kept when the block is drawn again. */
	applied?(): CompareFaultSpec | null;
	/**
	 * Draws one side again from `spec` (its note changed) and leaves the others as they are: the new player
	 * replaces the old one once drawn, the old one's listeners end, the bar is rebuilt over what the sides share
	 * now, and the fault applied stays applied.
	 */
	replaceSide(index: number, spec: CompareSideSpec): Promise<void>;
}
