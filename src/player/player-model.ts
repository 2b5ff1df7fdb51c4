import { participantName, pathOf, simulate, type Frame, type Protocol, type Restart } from '../core';

/**
 * What the player shows, as data: the chosen branches, the injected restarts, the path they give, the
 * frames of the simulation and the current path position. Owned by one player; no DOM.
 */
export class PlayerModel {
	readonly branches: Record<number, number> = {};
	restarts: Restart[] = [];
	path: number[] = [];
	frames: Frame[] = [];
	position = 0;
	/**
	 * Goes up by one whenever branches or restarts change (path and frames recomputed): the view redoes
	 * what depends on them only then, and on a plain step touches only what the step changes.
	 */
	revision = 0;
	/** Path position of each step index on the path. */
	private positions = new Map<number, number>();

	constructor(readonly protocol: Protocol, initialPosition = 0) {
		this.recompute();
		this.position = this.clamp(initialPosition);
	}

	/** Recomputes path and frames, keeping the current step when it is still on the path. */
	recompute(): void {
		const currentStep = this.path[this.position];
		this.path = pathOf(this.protocol, this.branches);
		this.frames = simulate(this.protocol, { branches: this.branches, restarts: this.restarts });
		this.positions = new Map(this.path.map((step, position) => [step, position]));
		const kept = currentStep !== undefined ? this.positions.get(currentStep) : undefined;
		this.position = kept ?? this.clamp(this.position);
		this.revision += 1;
	}

	/** Clamps a path position to the path. */
	clamp(position: number): number {
		if (!Number.isFinite(position)) return 0;
		return Math.max(0, Math.min(Math.trunc(position), this.path.length - 1));
	}

	/** Path position of a step index, or undefined when the step is off the path. */
	positionOf(step: number): number | undefined {
		return this.positions.get(step);
	}

	/** The frame at the current position, if the path has any step. */
	currentFrame(): Frame | undefined {
		return this.frames[this.position];
	}

	/** Chooses a branch of a block and re-simulates. */
	chooseBranch(block: number, branch: number): void {
		this.branches[block] = branch;
		this.recompute();
	}

	/** Injects a restart of `participant` right after the current step and re-simulates. */
	restartAtCurrent(participant: string): void {
		const atStep = this.path[this.position];
		if (atStep === undefined) return;
		if (this.restarts.some((r) => r.participant === participant && r.atStep === atStep)) return;
		this.restarts = [...this.restarts, { participant, atStep }];
		this.recompute();
	}

	/** Removes every injected restart and re-simulates. */
	clearFaults(): void {
		this.restarts = [];
		this.recompute();
	}

	/** Participants that hold anything at some point of the path, in the order the diagram declares them. */
	participantsWithState(): string[] {
		const holding = new Set<string>();
		for (const frame of this.frames) {
			for (const [participant, items] of Object.entries(frame.state)) {
				if (Object.keys(items).length > 0) holding.add(participant);
			}
			for (const change of frame.changes) holding.add(change.participant);
		}
		const ordered = this.protocol.participants.map((p) => p.id).filter((id) => holding.has(id));
		for (const id of holding) if (!ordered.includes(id)) ordered.push(id);
		return ordered;
	}

	/** The label the diagram shows for a participant id. */
	label(participant: string): string {
		return participantName(this.protocol, participant);
	}
}
