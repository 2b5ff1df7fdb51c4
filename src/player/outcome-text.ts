import type { PlayerStrings } from '../i18n/player';
import type { PlayerModel } from './player-model';

/**
 * The localised reason for the outcome at a path position (failed, consequence or dropped), from the
 * frame's data; undefined when the step happened as written. The core has no words: this is where they come in.
 */
export function outcomeReason(model: PlayerModel, position: number, strings: PlayerStrings): string | undefined {
	const frame = model.frames[position];
	if (frame === undefined) return undefined;
	switch (frame.outcome) {
		case 'ok':
			return undefined;
		case 'failed':
			return frame.failure !== undefined ? strings.failure(frame.failure, model.label(frame.failure.participant)) : undefined;
		case 'consequence': {
			const answered = frame.consequenceOf ?? -1;
			return strings.consequence(answered + 1, model.frames[answered]?.outcome === 'dropped', frame.inside === true);
		}
		case 'dropped': {
			const step = model.protocol.steps[frame.step];
			return strings.dropped(model.label(step?.to ?? ''));
		}
	}
}
