import type { LivePlayer, PlayerSnapshot } from '../api';
import type { PlayerModel } from '../player-model';

/**
 * The handle's methods that let a host (the compare block) inject faults and read what the player simulates.
 * Setting faults is a change of the model like the reader's own: the player redraws from the model's signal.
 */
export function faultAccess(model: PlayerModel): Pick<LivePlayer, 'setFaults' | 'inspect'> {
	return {
		setFaults(faults) {
			model.setFaults(faults);
		},
		inspect(): PlayerSnapshot {
			return { protocol: model.protocol, branches: { ...model.branches }, path: model.path, frames: model.frames };
		},
	};
}
