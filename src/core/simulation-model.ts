/**
 * What the simulator makes of a protocol (ADR 0005): the state each participant holds, each step's outcome and
 * why it failed, the faults a reader can inject, and the fault map. Plain data, like the model it reads.
 */

import type { StateItem } from './state-item';

/** Participant id → item key → value (`true` when the item has no value). */
export type ParticipantState = Record<string, Record<string, string | true>>;

/** Why a step failed, in data, so that the player can say it in the user's language (the core has no words). */
export interface Failure {
	participant: string;
	/** The item the participant did not hold. */
	item: string;
	/** The value the need names (`@needs S: state = ESTABLISHED`), when it names one. */
	value?: string;
	/**
	 * Why it was missing: lost in a restart (injected or scripted) right after the given path position
	 * (−1: before the first step), removed by a directive, never given because the step that would have given it
	 * did not happen (failed, dropped — `lost` — or a consequence), never held, or held with another value
	 * (`held`; `missed`: the latest step that would have set it and did not happen).
	 */
	cause:
		| { kind: 'restart'; atPosition: number; scripted: boolean }
		| { kind: 'removed'; atPosition: number }
		| { kind: 'not-given'; atPosition: number; lost?: true }
		| { kind: 'never' }
		| { kind: 'value'; held: string | true; missed?: { atPosition: number; lost?: true } };
}

/** A change a step made to one participant's item. */
export interface ItemChange {
	participant: string;
	key: string;
	change: 'added' | 'changed' | 'removed';
}

/**
 * What became of a step: it happened as written (`ok`), a need was unmet (`failed`), the message was lost
 * (`dropped`), or an injected fault broke the call it sits in or answers (`consequence`, ADR 0005). Only `ok`
 * applies every effect; a lost message still applies its sender's own.
 */
export type StepOutcome = 'ok' | 'failed' | 'consequence' | 'dropped';

/** A restart that happened: who, whether a `%% @restart` wrote it, and exactly what it took (values as held then). */
export interface AppliedRestart {
	participant: string;
	/** True for `%% @restart`, false for an injected fault. */
	scripted: boolean;
	/** The items the participant held at that moment and lost (durable ones stay), in the order it held them. */
	removed: StateItem[];
}

/** The state after one step of the path. */
export interface Frame {
	/** Step index (as in `Protocol.steps`). */
	step: number;
	/** State after the step (and the restarts right after it). Read-only: records are shared between frames. */
	state: ParticipantState;
	/** What this step (and the restarts right after it) added, changed or removed. */
	changes: ItemChange[];
	outcome: StepOutcome;
	/** For `failed`: the first unmet need, as data. */
	failure?: Failure;
	/** For `consequence`: the path position of the failed or lost step that broke the call (ADR 0005). */
	consequenceOf?: number;
	/** For `consequence`: the step sits inside the broken call rather than answering it. */
	inside?: true;
	/**
	 * The reply's `%% @on-failure TEXT`, when written and the reply is a consequence or answers a call in which
	 * something did not happen as written (a scripted failure or drop: the reply stands, reading this text).
	 */
	label?: string;
	/** Restarts right after this step (scripted ones first, in the order written, then injected ones). */
	restarts: AppliedRestart[];
	/**
	 * True when the step has this outcome with no injected fault at all (the no-fault run agrees), so the
	 * player may keep a scripted outcome hidden until the reader reaches it; false when an injected fault caused it.
	 */
	scripted: boolean;
}

/**
 * An injected fault: a restart of a participant right after path position `after` (−1: before the first step),
 * or the loss of a message (`step` is its step index, as in `Protocol.steps`).
 */
export type Fault = { kind: 'restart'; participant: string; after: number } | { kind: 'drop'; step: number };

/** Options for `simulate`. */
export interface SimulateOptions {
	/** Block index → chosen branch index. Unlisted blocks take their default. */
	branches?: Record<number, number>;
	/** Injected faults. Restarts outside the path's positions, and drops of steps off the path or of notes, do nothing. */
	faults?: Fault[];
}

/** The result of `simulate`: the Start (path position −1) and one frame per step on the path. */
export interface Simulation {
	/** What each participant holds before the first message: durable items plus the `%% @state` lines above it. */
	start: ParticipantState;
	/** Injected restarts before the first step (`after: -1`), applied right after Start. */
	startRestarts: AppliedRestart[];
	frames: Frame[];
}

/** A step a fault breaks: its outcome with the fault is `failed` or `consequence`, and differs from the no-fault run. */
export interface BrokenStep {
	/** Path position. */
	position: number;
	/** Step index. */
	step: number;
	outcome: 'failed' | 'consequence';
	/** For `failed`: the first unmet need. */
	failure?: Failure;
	/** For `consequence`: the path position of the failed or lost step that broke the call. */
	consequenceOf?: number;
	/** For `consequence`: the step sits inside the broken call rather than answering it. */
	inside?: true;
}

/** Options for `faultMap`. */
export interface FaultMapOptions {
	/** Block index → chosen branch index, as for `simulate`. */
	branches?: Record<number, number>;
}

/** A step that fails or is lost without any injected fault (a scripted `@restart`, `@drop` or unmet need). */
export interface BaselineFailure {
	/** Path position. */
	position: number;
	/** Step index. */
	step: number;
	outcome: 'failed' | 'dropped';
	/** For `failed`: the first unmet need. */
	failure?: Failure;
}

/**
 * What one fault breaks, in numbers: the map keeps no list of broken steps, since a restart that takes what every
 * later step needs breaks them all (n²/2 steps over a map of n gaps). `breaksOf(map, cell)` lists them for
 * the one cell a reader points at.
 */
export interface FaultTally {
	/** How many steps the fault breaks. */
	count: number;
	/** How many of those `failed` (the others are `consequence`s). */
	failed: number;
	/** The path position of the first step it breaks, undefined when it breaks none. */
	first: number | undefined;
}

/** A restart of `participant` right after path position `after` (−1: before the first step), and what it breaks. */
export interface RestartCell extends FaultTally {
	participant: string;
	after: number;
}

/** The loss of the message at path `position` (step index `step`), and what it breaks. */
export interface DropCell extends FaultTally {
	position: number;
	step: number;
}

/**
 * For every single fault on the path, what it breaks: each cell's tally equals `simulate` with that one fault
 * (its unscripted `failed` and `consequence` frames), and `breaksOf(map, cell)` lists those steps.
 */
export interface FaultMap {
	/** Number of steps on the path. */
	positions: number;
	/** What fails or is lost with no injected fault, in path order: every cell is measured against this run. */
	baseline: BaselineFailure[];
	/** Every participant (in declaration order) × every `after` from −1 to `positions − 1`, participant-major. */
	restarts: RestartCell[];
	/** Every message to another participant on the path not lost by `@drop`, in path order (notes and self-messages cannot be lost). */
	drops: DropCell[];
}
