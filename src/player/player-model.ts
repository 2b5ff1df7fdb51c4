import { participantName, pathOf, simulate } from '../core';
import type { AppliedRestart, Fault, Frame, ParticipantState, Protocol } from '../core';

/**
 * An injected restart as the player keeps it: right after step index `afterStep` (−1: before the first step).
 * Kept by step rather than path position so that it stays with its step when a branch choice moves the path.
 */
export interface InjectedRestart {
	participant: string;
	afterStep: number;
}

/** What the reader sees of a step's outcome at the current position (ADR 0005, "Outcomes ahead"). */
export type ShownOutcome = 'ok' | 'failed' | 'consequence' | 'dropped' | 'will-fail';

/**
 * What the player shows, as data: the chosen branches, the injected faults, the path they give, the
 * simulation and the current path position (−1 is Start). Owned by one player; no DOM.
 */
export class PlayerModel {
	readonly branches: Record<number, number> = {};
	restarts: InjectedRestart[] = [];
	/** Step indices of the messages the reader dropped. */
	drops: number[] = [];
	path: number[] = [];
	frames: Frame[] = [];
	/** What each participant holds at Start, before any injected restart there. */
	start: ParticipantState = {};
	startRestarts: AppliedRestart[] = [];
	/** Path position: −1 is Start, then 0 … path.length − 1. */
	position = -1;
	/**
	 * False until the reader first steps, plays or injects a fault: until then the drawing looks as Mermaid
	 * draws it, nothing faded and nothing marked.
	 */
	started = false;
	/**
	 * Goes up by one whenever branches or faults change (path and frames recomputed): the view redoes
	 * what depends on them only then, and on a plain step touches only what the step changes.
	 */
	revision = 0;
	/** Path position of each step index on the path. */
	private positions = new Map<number, number>();

	/** `showAhead`: reveal scripted outcomes before the reader reaches them (the "Show outcomes ahead" setting). */
	constructor(readonly protocol: Protocol, initialPosition = -1, readonly showAhead = false) {
		this.recompute();
		this.position = this.clamp(initialPosition);
		this.started = this.position >= 0;
	}

	/** The faults in the core's terms: restarts after path positions, drops by step index. */
	faults(): Fault[] {
		const faults: Fault[] = [];
		for (const { participant, afterStep } of this.restarts) {
			const after = afterStep < 0 ? -1 : this.positions.get(afterStep);
			if (after !== undefined) faults.push({ kind: 'restart', participant, after });
		}
		for (const step of this.drops) faults.push({ kind: 'drop', step });
		return faults;
	}

	/** Recomputes path and frames, keeping the current step when it is still on the path. */
	recompute(): void {
		const currentStep = this.path[this.position];
		this.path = pathOf(this.protocol, this.branches);
		this.positions = new Map(this.path.map((step, position) => [step, position]));
		const simulation = simulate(this.protocol, { branches: this.branches, faults: this.faults() });
		this.frames = simulation.frames;
		this.start = simulation.start;
		this.startRestarts = simulation.startRestarts;
		const kept = currentStep !== undefined ? this.positions.get(currentStep) : undefined;
		this.position = kept ?? this.clamp(this.position);
		this.revision += 1;
	}

	/** Clamps a path position to Start … the last step. */
	clamp(position: number): number {
		if (!Number.isFinite(position)) return -1;
		return Math.max(-1, Math.min(Math.trunc(position), this.path.length - 1));
	}

	/** Path position of a step index, or undefined when the step is off the path. */
	positionOf(step: number): number | undefined {
		return this.positions.get(step);
	}

	/** The frame at the current position (none at Start or on an empty path). */
	currentFrame(): Frame | undefined {
		return this.position >= 0 ? this.frames[this.position] : undefined;
	}

	/** What participants hold right after a path position (−1: Start, after any restart injected there). */
	stateAt(position: number): ParticipantState {
		if (position >= 0) return this.frames[position]?.state ?? {};
		if (this.startRestarts.length === 0) return this.start;
		const state: ParticipantState = { ...this.start };
		for (const restart of this.startRestarts) {
			const kept = { ...state[restart.participant] };
			for (const item of restart.removed) delete kept[item.key];
			state[restart.participant] = kept;
		}
		return state;
	}

	/** The restarts right after a path position (−1: the ones injected before the first step). */
	restartsAt(position: number): AppliedRestart[] {
		return position >= 0 ? (this.frames[position]?.restarts ?? []) : this.startRestarts;
	}

	/**
	 * What the reader is shown of the outcome at `position`: a reached step shows its outcome; a step ahead
	 * shows "will fail" only when an injected fault breaks it (or always with `showAhead`), so a scripted
	 * failure is not given away. A message the reader dropped shows as dropped wherever the reader is.
	 */
	shownOutcome(position: number): ShownOutcome {
		const frame = this.frames[position];
		if (frame === undefined || frame.outcome === 'ok' || !this.started) return 'ok';
		if (frame.outcome === 'dropped' && !frame.scripted) return 'dropped';
		if (position <= this.position) return frame.outcome;
		return !frame.scripted || this.showAhead ? 'will-fail' : 'ok';
	}

	/**
	 * The `@on-failure` text the reply at `position` shows now, if any: while it is shown as a consequence (or
	 * will be one), or — when it answers a call that failed as written — once reached (or ahead with `showAhead`).
	 */
	shownLabel(position: number): string | undefined {
		const frame = this.frames[position];
		if (frame?.label === undefined || !this.started) return undefined;
		if (frame.outcome === 'consequence') {
			const shown = this.shownOutcome(position);
			return shown === 'consequence' || shown === 'will-fail' ? frame.label : undefined;
		}
		return position <= this.position || this.showAhead ? frame.label : undefined;
	}

	/** Chooses a branch of a block and re-simulates. */
	chooseBranch(block: number, branch: number): void {
		// A choice is a first move: from now on the drawing dims what is off the path.
		this.started = true;
		this.branches[block] = branch;
		this.recompute();
	}

	/** Injects a restart of `participant` right after path position `after` (default: the current one). */
	restartAfter(participant: string, after = this.position): void {
		const afterStep = after < 0 ? -1 : this.path[after];
		if (afterStep === undefined) return;
		this.started = true;
		if (this.restarts.some((r) => r.participant === participant && r.afterStep === afterStep)) return;
		this.restarts = [...this.restarts, { participant, afterStep }];
		this.recompute();
	}

	/**
	 * Whether the reader may lose this step: a message to another participant that the note does not already
	 * lose with `@drop` (self-messages and notes travel nowhere, ADR 0005).
	 */
	canDrop(step: number | undefined): boolean {
		const written = step === undefined ? undefined : this.protocol.steps[step];
		return written?.kind === 'message' && written.from !== written.to && written.drop !== true;
	}

	/** Loses the message at the current position, or delivers it again when it was already dropped. */
	toggleDrop(step = this.path[this.position]): void {
		if (!this.canDrop(step) || step === undefined) return;
		this.started = true;
		this.drops = this.drops.includes(step) ? this.drops.filter((s) => s !== step) : [...this.drops, step];
		this.recompute();
	}

	/** Whether the reader dropped this step's message. */
	isDropped(step: number | undefined): boolean {
		return step !== undefined && this.drops.includes(step);
	}

	/** Whether any fault is injected. */
	hasFaults(): boolean {
		return this.restarts.length > 0 || this.drops.length > 0;
	}

	/** Removes every injected restart and drop and re-simulates. */
	clearFaults(): void {
		this.restarts = [];
		this.drops = [];
		this.recompute();
	}

	/** The label the diagram shows for a participant id. */
	label(participant: string): string {
		return participantName(this.protocol, participant);
	}
}
