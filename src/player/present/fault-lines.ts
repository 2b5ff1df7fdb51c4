/**
 * The words for the faults the reader injected (issue 18, src/player/present): one line per restart and per
 * lost message, as the fault list shows them, the restart badges' tooltips say them and the export lists
 * them. No DOM here.
 */
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel } from '../player-model';
import { stepCaption } from './caption';

/** An injected fault on the chosen path, in words, with where it happens. */
export type FaultLine =
	/** A restart of `participant` right after path position `position` (−1: before the first step). */
	| { kind: 'restart'; participant: string; position: number; text: string }
	/** The loss of the message of step index `step`, at path position `position`. */
	| { kind: 'drop'; step: number; position: number; text: string };

/**
 * The injected faults on the chosen path, one line each: the restarts in the order injected, then the lost
 * messages ("Server restarted after step 2", "Step 4 lost: Server → Client: Login Response"). A fault whose
 * step is off the path has no line.
 */
export function faultLines(model: PlayerModel, strings: PlayerStrings): FaultLine[] {
	const lines: FaultLine[] = model.injectedRestarts().map(({ participant, position }) => ({
		kind: 'restart', participant, position, text: strings.restartedAt(model.label(participant), position),
	}));
	for (const step of model.drops) {
		const position = model.positionOf(step);
		const written = model.protocol.steps[step];
		// The fault list quotes the message as written, not as a reply's failure label would read.
		if (position !== undefined && written !== undefined) lines.push({ kind: 'drop', step, position, text: strings.droppedAt(position + 1, stepCaption(written, (p) => model.label(p), strings)) });
	}
	return lines;
}

/** The restarts right after a path position, scripted and injected (−1: before the first step), one line each. */
export function restartLines(model: PlayerModel, position: number, strings: PlayerStrings): string[] {
	return model.restartsAt(position).map((restart) => strings.restartedAt(model.label(restart.participant), position));
}
