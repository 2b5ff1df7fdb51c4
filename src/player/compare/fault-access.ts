import type { Fault } from '../../core';
import type { LivePlayer, PlayerSnapshot } from '../api';
import type { PlayerModel } from '../player-model';

/**
 * Replaces a player's injected faults with `faults` (the core's terms: restarts after path positions, drops by
 * step index). Restarts are kept by the step they follow, as the player keeps its own, so a later branch choice
 * carries them along. Counts as the reader's first move: outcomes and marks show from now on.
 */
export function injectFaults(model: PlayerModel, faults: readonly Fault[]): void {
	const restarts: PlayerModel['restarts'] = [];
	const drops: number[] = [];
	for (const fault of faults) {
		if (fault.kind === 'drop') {
			if (!drops.includes(fault.step)) drops.push(fault.step);
			continue;
		}
		const afterStep = fault.after < 0 ? -1 : model.path[fault.after];
		if (afterStep !== undefined) restarts.push({ participant: fault.participant, afterStep });
	}
	model.restarts = restarts;
	model.drops = drops;
	model.started = true;
	model.recompute();
}

/** The handle's methods that let a host (the compare block) inject faults and read what the player simulates. */
export function faultAccess(model: PlayerModel, render: () => void): Pick<LivePlayer, 'setFaults' | 'inspect'> {
	return {
		setFaults(faults) {
			injectFaults(model, faults);
			render();
		},
		inspect(): PlayerSnapshot {
			return { protocol: model.protocol, branches: { ...model.branches }, path: model.path, frames: model.frames };
		},
	};
}
