/** The player model's data types and its change signal (src/player/player-model.ts). */
import type { AppliedRestart, Frame, ParticipantState } from '../core';

/**
 * An injected restart as the player keeps it: right after step index `afterStep` (−1: before the first step).
 * Kept by step rather than path position so that it stays with its step when a branch choice moves the path.
 */
export interface InjectedRestart {
	participant: string;
	afterStep: number;
}

/** An injected restart on the chosen path, with the path position it follows (−1: before the first step). */
export interface PlacedRestart extends InjectedRestart {
	position: number;
}

/** What the reader sees of a step's outcome at the current position (ADR 0005, "Outcomes ahead"). */
export type ShownOutcome = 'ok' | 'failed' | 'consequence' | 'dropped' | 'will-fail';

/**
 * What one change of the model touched, as its subscribers are told; `from` is the position before it.
 * - `position`: only the position moved; path, outcomes and `started` are as they were.
 * - `started`: the reader made a first move (or an export put the untouched look back): every mark shows or
 *   hides; the position may have moved too.
 * - `path`: branches or faults changed: path, frames and outcomes were computed again, the position kept on its
 *   step when that step is still on the path.
 */
export interface ModelChange {
	readonly kind: 'position' | 'started' | 'path';
	readonly from: number;
}

/** Called once for every change of the model. */
export type ModelListener = (change: ModelChange) => void;

/** Everything a reader did, put back at once (`PlayerModel.restore`): the caller has checked it applies. */
export interface RestoredChoices {
	branches: Readonly<Record<number, number>>;
	restarts: readonly InjectedRestart[];
	drops: readonly number[];
	position: number;
	started: boolean;
}

/** What a `PlayerModel` holds that changes: only the model writes it. */
export interface ModelState {
	branches: Record<number, number>;
	restarts: InjectedRestart[];
	drops: number[];
	path: number[];
	frames: Frame[];
	start: ParticipantState;
	startRestarts: AppliedRestart[];
	position: number;
	started: boolean;
	revision: number;
	/** Path position of each step index on the path. */
	positions: Map<number, number>;
}
