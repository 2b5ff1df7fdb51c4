import type { ParticipantState, Protocol } from '../model';
import { StateTracker } from '../simulate/state-tracker';

/**
 * What every participant holds before the first step: the durable items, then the effects written before
 * the first step (`Protocol.initial`), as `simulate` starts from. The Start slide of an export shows it.
 */
export function startState(protocol: Protocol): ParticipantState {
	const tracker = new StateTracker(protocol.durable);
	for (const effect of protocol.initial) {
		if (effect.kind === 'add') tracker.add(effect.participant, effect.items);
		else if (effect.kind === 'remove') tracker.remove(effect.participant, effect.keys, null);
		else tracker.restart(effect.participant, null, true);
	}
	return tracker.finishStep().state;
}
