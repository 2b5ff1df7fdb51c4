import type { PlayerStrings } from '../i18n/player';
import type { PlayerModel } from './player-model';

/** The keys of the items a participant keeps through every restart (`%% @durable`). */
export function durableKeys(model: PlayerModel, participant: string): ReadonlySet<string> {
	return new Set((model.protocol.durable[participant] ?? []).map((item) => item.key));
}

/**
 * The note a participant's card shows at a path position where it restarts: what the restart took ("lost
 * nothing" when it held nothing to lose) and the durable items it keeps; undefined where it does not restart.
 */
export function restartNoteAt(model: PlayerModel, position: number, participant: string, strings: PlayerStrings): string | undefined {
	const restart = model.restartsAt(position).find((applied) => applied.participant === participant);
	if (restart === undefined) return undefined;
	const held = model.stateAt(position)[participant] ?? {};
	const kept = [...durableKeys(model, participant)].filter((key) => Object.prototype.hasOwnProperty.call(held, key));
	return strings.restartNote(position, restart.removed.map((item) => item.key), kept);
}
