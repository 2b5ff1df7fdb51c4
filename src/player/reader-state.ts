import type { InjectedRestart, PlayerModel } from './player-model';

/**
 * What a reader did with a player: where they are, the branches they chose and the faults they injected.
 * A host that draws a block again (another theme: Mermaid bakes its colours into the drawing) hands it to
 * the new player so that nothing the reader did is lost.
 */
export interface ReaderState {
	/** Path position; −1 is Start. */
	position: number;
	/** Whether the reader has made a first move (the drawing dims and marks only after one). */
	started: boolean;
	/** Block index → chosen branch. */
	branches: Record<number, number>;
	/** Injected restarts, by the step they follow. */
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
 * Puts a reader state into a fresh model and re-simulates. Whatever does not exist in this protocol (a
 * block, branch or step index beyond it: the source changed) is left out, so a stale state never breaks
 * the player.
 */
export function applyReaderState(model: PlayerModel, state: ReaderState): void {
	const { blocks, steps } = model.protocol;
	for (const [key, branch] of Object.entries(state.branches)) {
		const block = blocks[Number(key)];
		if (block !== undefined && Number.isInteger(branch) && branch >= 0 && branch < block.branches.length) model.branches[Number(key)] = branch;
	}
	const isStep = (step: number): boolean => Number.isInteger(step) && step >= -1 && step < steps.length;
	model.restarts = state.restarts.filter((r) => isStep(r.afterStep)).map((r) => ({ ...r }));
	model.drops = state.drops.filter((step) => step >= 0 && isStep(step) && steps[step]?.kind === 'message');
	model.recompute();
	model.position = model.clamp(state.position);
	model.started = state.started || model.position >= 0 || model.hasFaults();
}
