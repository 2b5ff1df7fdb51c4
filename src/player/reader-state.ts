import { isChoosable } from '../core';
import type { InjectedRestart, PlayerModel } from './player-model';

/**
 * What a reader did with a player: where they are, the branches they chose and the faults they injected.
 * A host that draws a block again (another theme: Mermaid bakes its colours into the drawing; the protocol
 * preview after a keystroke) hands it to the new player so that nothing the reader did is lost.
 */
export interface ReaderState {
	/** Path position; −1 is Start. */
	position: number;
	/** Whether the reader has made a first move (the drawing dims and marks only after one). */
	started: boolean;
	/** Block index → chosen branch. */
	branches: Record<number, number>;
	/** Injected restarts, by the step they follow (−1: before the first). */
	restarts: InjectedRestart[];
	/** Step indices of dropped messages. */
	drops: number[];
}

/** A copy of the model's reader state (never the model's own arrays). */
export function readReaderState(model: PlayerModel): ReaderState {
	return {
		position: model.position,
		started: model.started,
		branches: { ...model.branches },
		restarts: model.restarts.map((r) => ({ ...r })),
		drops: [...model.drops],
	};
}

/**
 * Puts a reader state into a fresh model (the same block, or the block as edited) and re-simulates. What no
 * longer applies is left out, so a stale state never breaks the player: a branch of a block that no longer has
 * it, a restart of a participant renamed away or after a step that is gone, the loss of a step that is no
 * longer a message. The position is clamped to the path.
 */
export function applyReaderState(model: PlayerModel, state: ReaderState): void {
	const { blocks, steps, participants } = model.protocol;
	const branches: Record<number, number> = {};
	for (const [key, branch] of Object.entries(state.branches)) {
		const block = blocks[Number(key)];
		if (block !== undefined && isChoosable(block.kind) && Number.isInteger(branch) && branch >= 0 && branch < block.branches.length) branches[block.index] = branch;
	}
	const ids = new Set(participants.map((p) => p.id));
	const isStep = (step: number): boolean => Number.isInteger(step) && step >= -1 && step < steps.length;
	model.restore({
		branches,
		restarts: state.restarts.filter((r) => ids.has(r.participant) && isStep(r.afterStep)),
		drops: state.drops.filter((step) => step >= 0 && isStep(step) && steps[step]?.kind === 'message'),
		position: state.position,
		started: state.started,
	});
}
