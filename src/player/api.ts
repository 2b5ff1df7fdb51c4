import type { Fault, Frame, Protocol } from '../core';
import type { Language } from '../i18n/language';
import type { ExportSource } from './export/export-source';
import type { ReaderState } from './reader-state';
import type { RenderQueue } from './render-queue';

/**
 * The part of Mermaid the player uses. Obsidian's `loadMermaid()` and the npm package (10.9, 11.x, 12.x)
 * all satisfy it.
 */
export interface MermaidLike {
	render(id: string, text: string): Promise<{ svg: string; bindFunctions?: (element: Element) => void }>;
}

/** Registers a cleanup to run when the player's host goes away (Obsidian: `MarkdownRenderChild.register`). */
export type RegisterCleanup = (cleanup: () => void) => void;

/** Everything a player needs, passed in: the player reaches for nothing global. */
export interface PlayerOptions {
	/** The Mermaid to draw with (the app's own inside Obsidian). */
	mermaid: MermaidLike;
	/** The block's source: a Mermaid sequence diagram with optional directive comments. */
	source: string;
	/** A prefix unique to this block, so that several players in a page never collide. */
	idPrefix: string;
	language: Language;
	/** Draw with Mermaid's dark theme. */
	dark: boolean;
	/** Infer state from "store"-like self-messages followed by a note. Default true. */
	inferState?: boolean;
	/** Milliseconds between steps in autoplay at normal speed. Default 1200. */
	autoplayMs?: number;
	/** Opacity of future steps, 0–1. Default 0.65: dimmed text keeps 3:1 against the background. */
	fadedOpacity?: number;
	/** Path position to open at (kept across redraws when it still exists); default −1, Start. */
	initialStep?: number;
	/**
	 * What the reader did in an earlier drawing of this block (`PlayerHandle.readerState`): position, branch
	 * choices and injected faults, restored on opening. Wins over `initialStep`.
	 */
	initialState?: ReaderState;
	/**
	 * Mark the steps a scripted fault breaks before the reader reaches them ("Show outcomes ahead").
	 * Default false: a scripted failure is revealed when reached; injected faults are always marked ahead.
	 */
	showOutcomesAhead?: boolean;
	/** Where every listener, timer and observer the player starts is handed for cleanup. */
	register: RegisterCleanup;
	/**
	 * Serialises renders on this Mermaid (older Mermaid breaks on concurrent renders). Optional: by default
	 * every player drawing with the same Mermaid object shares one queue (`renderQueueFor`).
	 */
	renderQueue?: RenderQueue;
	/**
	 * Shows a small Export button in the controls that calls this with the click, for the host to open its
	 * export menu (issue 12). No button without it.
	 */
	exportMenu?: (event: MouseEvent, handle: PlayerHandle) => void;
}

/** What every mounted block offers, whether it shows a player or an error. */
interface MountedBlock {
	/** The block's root element. */
	readonly root: HTMLElement;
	/** Current path position, 0-based; −1 is Start, before the first step (always −1 on an error). */
	position(): number;
	/** Moves to a path position (clamped to −1 … last); does nothing on an error. */
	goTo(position: number): void;
}

/** A block drawn as a steppable player: `root` is the `.protocol-player`. */
export interface LivePlayer extends MountedBlock {
	readonly kind: 'player';
	/** What an export reads from this player (issue 12). */
	exportSource(): ExportSource;
	/**
	 * Replaces the injected faults and re-simulates, as if the reader had injected them (the compare block's
	 * shared fault bar uses it).
	 */
	setFaults(faults: readonly Fault[]): void;
	/** What the player simulates now (for a host that judges the outcome). */
	inspect(): PlayerSnapshot;
	/** What the reader did (position, branches, faults), for drawing the block again (`initialState`). */
	readerState(): ReaderState;
}

/** A block that did not parse or that Mermaid could not draw: `root` is the `.protocol-error` message. */
export interface ErrorBlock extends MountedBlock {
	readonly kind: 'error';
}

/** A mounted block: a player, or the error shown in its place. Narrow on `kind` before using a player's methods. */
export type PlayerHandle = LivePlayer | ErrorBlock;

/** The player of a handle, or undefined when the handle (or nothing) stands for an error block. */
export function livePlayer(handle: PlayerHandle | undefined | null): LivePlayer | undefined {
	return handle?.kind === 'player' ? handle : undefined;
}

/** A player's simulation as it stands: read-only views of its model. */
export interface PlayerSnapshot {
	protocol: Protocol;
	/** Block index → chosen branch. */
	branches: Record<number, number>;
	/** Step indices on the path, in order. */
	path: readonly number[];
	/** One frame per path position. */
	frames: readonly Frame[];
}
