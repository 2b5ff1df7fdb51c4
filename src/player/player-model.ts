import { participantName, pathOf, simulate } from '../core';
import type { AppliedRestart, Fault, Frame, ParticipantState, Protocol } from '../core';
import type { InjectedRestart, ModelChange, ModelListener, ModelState, PlacedRestart, RestoredChoices, ShownOutcome } from './model-types';

export type { InjectedRestart, ModelChange, ModelListener, PlacedRestart, RestoredChoices, ShownOutcome } from './model-types';

/**
 * What the player shows, as data: the chosen branches, the injected faults, the path they give, the
 * simulation and the current path position (−1 is Start). Owned by one player; no DOM. Every change goes
 * through a method, which tells the subscribers once what it changed: the views redraw from that signal.
 */
export class PlayerModel {
	/** Everything that changes, kept in one place that only this class writes. */
	private readonly now: ModelState = { branches: {}, restarts: [], drops: [], path: [], frames: [], start: {}, startRestarts: [], position: -1, started: false, revision: 0, positions: new Map() };

	private readonly listeners = new Set<ModelListener>();

	/** `showAhead`: reveal scripted outcomes before the reader reaches them (the "Show outcomes ahead" setting). */
	constructor(readonly protocol: Protocol, initialPosition = -1, readonly showAhead = false) {
		this.recompute();
		this.now.position = this.clamp(initialPosition);
		this.now.started = this.now.position >= 0;
	}

	/** Block index → chosen branch (a block not listed takes its first). */
	get branches(): Readonly<Record<number, number>> { return this.now.branches; }
	/** The injected restarts, by the step they follow, in the order injected. */
	get restarts(): readonly InjectedRestart[] { return this.now.restarts; }
	/** Step indices of the messages the reader dropped. */
	get drops(): readonly number[] { return this.now.drops; }
	/** The step indices of the chosen path, in order. */
	get path(): readonly number[] { return this.now.path; }
	/** One simulated frame per path position. */
	get frames(): readonly Frame[] { return this.now.frames; }
	/** What each participant holds at Start, before any injected restart there. */
	get start(): ParticipantState { return this.now.start; }
	/** The restarts injected before the first step. */
	get startRestarts(): readonly AppliedRestart[] { return this.now.startRestarts; }
	/** Path position: −1 is Start, then 0 … path.length − 1. */
	get position(): number { return this.now.position; }
	/** False until the reader first steps, plays or injects a fault: until then the drawing looks as Mermaid draws it. */
	get started(): boolean { return this.now.started; }
	/** Goes up by one whenever branches or faults change: a key for what is computed once per path. */
	get revision(): number { return this.now.revision; }

	/** Calls `listener` once for every change from now on; returns the function that stops it. */
	subscribe(listener: ModelListener): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Moves to a path position (clamped) as the reader's stepping does: a first move. Nothing to step, nothing moves. */
	goTo(position: number): void {
		if (this.now.path.length === 0) return;
		this.move(this.clamp(position), true);
	}

	/** One step on (stays on the last). */
	next(): void {
		this.goTo(this.now.position + 1);
	}

	/** One step back (stays at Start). */
	previous(): void {
		this.goTo(this.now.position - 1);
	}

	/** Shows marks from now on, or (false) the drawing as Mermaid draws it again, where the reader stands. */
	setStarted(started: boolean): void {
		this.move(this.now.position, started);
	}

	/** Chooses a branch of a block and re-simulates. */
	chooseBranch(block: number, branch: number): void {
		// A choice is a first move: from now on the drawing dims what is off the path.
		this.now.started = true;
		this.now.branches = { ...this.now.branches, [block]: branch };
		this.changePath();
	}

	/** Injects a restart of `participant` right after path position `after` (default: the current one). */
	restartAfter(participant: string, after = this.now.position): void {
		const afterStep = after < 0 ? -1 : this.now.path[after];
		if (afterStep === undefined) return;
		if (this.now.restarts.some((r) => r.participant === participant && r.afterStep === afterStep)) {
			// Already injected: still a first move.
			this.setStarted(true);
			return;
		}
		this.now.started = true;
		this.now.restarts = [...this.now.restarts, { participant, afterStep }];
		this.changePath();
	}

	/** Loses the message at the current position, or delivers it again when it was already dropped. */
	toggleDrop(step = this.now.path[this.now.position]): void {
		if (!this.canDrop(step) || step === undefined) return;
		this.now.started = true;
		this.now.drops = this.now.drops.includes(step) ? this.now.drops.filter((s) => s !== step) : [...this.now.drops, step];
		this.changePath();
	}

	/** Removes every injected restart and drop and re-simulates. */
	clearFaults(): void {
		this.now.restarts = [];
		this.now.drops = [];
		this.changePath();
	}

	/**
	 * Replaces the injected faults with `faults`, in the core's terms (restarts after path positions, drops by step
	 * index), as if the reader had injected them: a first move. Restarts are kept by the step they follow.
	 */
	setFaults(faults: readonly Fault[]): void {
		const restarts: InjectedRestart[] = [];
		const drops: number[] = [];
		for (const fault of faults) {
			if (fault.kind === 'drop') {
				if (!drops.includes(fault.step)) drops.push(fault.step);
				continue;
			}
			const afterStep = fault.after < 0 ? -1 : this.now.path[fault.after];
			if (afterStep !== undefined) restarts.push({ participant: fault.participant, afterStep });
		}
		this.now.restarts = restarts;
		this.now.drops = drops;
		this.now.started = true;
		this.changePath();
	}

	/** Puts back what a reader did (branches, faults, position, started) with one re-simulation and one signal. */
	restore(choices: RestoredChoices): void {
		const from = this.now.position;
		this.now.branches = { ...choices.branches };
		this.now.restarts = choices.restarts.map((r) => ({ ...r }));
		this.now.drops = [...choices.drops];
		this.recompute();
		this.now.position = this.clamp(choices.position);
		// On a step, or with a fault injected, the reader has made a first move whatever the state says.
		this.now.started = choices.started || this.now.position >= 0 || this.hasFaults();
		this.notify({ kind: 'path', from });
	}

	/** Every injected restart on the chosen path with the path position it follows, in the order injected. */
	injectedRestarts(): PlacedRestart[] {
		const placed: PlacedRestart[] = [];
		for (const { participant, afterStep } of this.now.restarts) {
			const position = afterStep < 0 ? -1 : this.now.positions.get(afterStep);
			if (position !== undefined) placed.push({ participant, afterStep, position });
		}
		return placed;
	}

	/** The faults in the core's terms: restarts after path positions, drops by step index. */
	faults(): Fault[] {
		const faults: Fault[] = this.injectedRestarts().map(({ participant, position }) => ({ kind: 'restart', participant, after: position }));
		for (const step of this.now.drops) faults.push({ kind: 'drop', step });
		return faults;
	}

	/** Clamps a path position to Start … the last step. */
	clamp(position: number): number {
		if (!Number.isFinite(position)) return -1;
		return Math.max(-1, Math.min(Math.trunc(position), this.now.path.length - 1));
	}

	/** Path position of a step index, or undefined when the step is off the path. */
	positionOf(step: number): number | undefined {
		return this.now.positions.get(step);
	}

	/** The frame at the current position (none at Start or on an empty path). */
	currentFrame(): Frame | undefined {
		return this.now.position >= 0 ? this.now.frames[this.now.position] : undefined;
	}

	/** What participants hold right after a path position (−1: Start, after any restart injected there). */
	stateAt(position: number): ParticipantState {
		if (position >= 0) return this.now.frames[position]?.state ?? {};
		if (this.now.startRestarts.length === 0) return this.now.start;
		const state: ParticipantState = { ...this.now.start };
		for (const restart of this.now.startRestarts) {
			const kept = { ...state[restart.participant] };
			for (const item of restart.removed) delete kept[item.key];
			state[restart.participant] = kept;
		}
		return state;
	}

	/** The restarts right after a path position (−1: the ones injected before the first step). */
	restartsAt(position: number): readonly AppliedRestart[] {
		return position >= 0 ? (this.now.frames[position]?.restarts ?? []) : this.now.startRestarts;
	}

	/**
	 * What the reader standing at path position `at` (default: the current one) is shown of the outcome at
	 * `position`: a reached step shows its outcome; a step ahead shows "will fail" only when an injected fault
	 * breaks it (or always with `showAhead`), so a scripted failure is not given away. A message the reader
	 * dropped shows as dropped wherever the reader is. Nothing shows before the reader's first move (a reader
	 * standing on a step has made one).
	 */
	shownOutcome(position: number, at = this.now.position): ShownOutcome {
		const frame = this.now.frames[position];
		if (frame === undefined || frame.outcome === 'ok' || !(this.now.started || at >= 0)) return 'ok';
		if (frame.outcome === 'dropped' && !frame.scripted) return 'dropped';
		if (position <= at) return frame.outcome;
		return !frame.scripted || this.showAhead ? 'will-fail' : 'ok';
	}

	/**
	 * The `@on-failure` text the reply at `position` shows to a reader at `at` (default: the current position), if
	 * any: while it is shown as a consequence (or will be one), or — when it answers a call that failed as
	 * written — once reached (or ahead with `showAhead`).
	 */
	shownLabel(position: number, at = this.now.position): string | undefined {
		const frame = this.now.frames[position];
		if (frame?.label === undefined || !(this.now.started || at >= 0)) return undefined;
		if (frame.outcome === 'consequence') {
			const shown = this.shownOutcome(position, at);
			return shown === 'consequence' || shown === 'will-fail' ? frame.label : undefined;
		}
		return position <= at || this.showAhead ? frame.label : undefined;
	}

	/**
	 * Whether the reader may lose this step: a message to another participant that the note does not already
	 * lose with `@drop` (self-messages and notes travel nowhere, ADR 0005).
	 */
	canDrop(step: number | undefined): boolean {
		const written = step === undefined ? undefined : this.protocol.steps[step];
		return written?.kind === 'message' && written.from !== written.to && written.drop !== true;
	}

	/** Whether the reader dropped this step's message. */
	isDropped(step: number | undefined): boolean {
		return step !== undefined && this.now.drops.includes(step);
	}

	/** Whether any fault is injected. */
	hasFaults(): boolean {
		return this.now.restarts.length > 0 || this.now.drops.length > 0;
	}

	/** The label the diagram shows for a participant id. */
	label(participant: string): string {
		return participantName(this.protocol, participant);
	}

	/** Sets position and `started`, telling the subscribers when either changed. */
	private move(position: number, started: boolean): void {
		const from = this.now.position;
		if (position === from && started === this.now.started) return;
		const kind = started === this.now.started ? 'position' : 'started';
		this.now.position = position;
		this.now.started = started;
		this.notify({ kind, from });
	}

	/** Re-simulates after a change of branches or faults and tells the subscribers. */
	private changePath(): void {
		const from = this.now.position;
		this.recompute();
		this.notify({ kind: 'path', from });
	}

	/** Recomputes path and frames, keeping the current step when it is still on the path. */
	private recompute(): void {
		const currentStep = this.now.path[this.now.position];
		this.now.path = pathOf(this.protocol, this.now.branches);
		this.now.positions = new Map(this.now.path.map((step, position) => [step, position]));
		const simulation = simulate(this.protocol, { branches: this.now.branches, faults: this.faults() });
		this.now.frames = simulation.frames;
		this.now.start = simulation.start;
		this.now.startRestarts = simulation.startRestarts;
		const kept = currentStep !== undefined ? this.now.positions.get(currentStep) : undefined;
		this.now.position = kept ?? this.clamp(this.now.position);
		this.now.revision += 1;
	}

	private notify(change: ModelChange): void {
		// A copy: a listener may unsubscribe while being told.
		for (const listener of [...this.listeners]) listener(change);
	}
}
