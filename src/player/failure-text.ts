import type { PlayerStrings } from '../i18n/player';
import type { PlayerModel } from './player-model';

/** The localised reason a frame failed, from its structured failure (the English `failed` as a fallback). */
export function failureText(model: PlayerModel, position: number, strings: PlayerStrings): string | undefined {
	const frame = model.frames[position];
	if (frame?.failure !== undefined) return strings.failure(frame.failure, model.label(frame.failure.participant));
	return frame?.failed;
}
