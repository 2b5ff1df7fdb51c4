/**
 * The words for what became of a step (issue 18, src/player/present): the reason a step failed, answered
 * wrongly or was lost, the fault list's heading for it, and the failure line of the current step. The core has
 * no words: this is where they come in. No DOM here.
 */
import type { SnapshotOutcome } from '../../core';
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel, ShownOutcome } from '../player-model';

/** The current step's failure line: how it shows (`failed`, `consequence`, `dropped`), "Step 5 fails:" and why. */
export type FailureLine = SnapshotOutcome;

/**
 * The localised reason for the outcome at a path position (failed, consequence or dropped), from the
 * frame's data; undefined when the step happened as written.
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

/** The fault list's heading for the step at a path position as it shows: "Step 5 fails:", "Step 6 will fail:". */
export function outcomeHeading(position: number, shown: Exclude<ShownOutcome, 'ok'>, strings: PlayerStrings): string {
	return strings.outcomeRow(position + 1, shown);
}

/**
 * Whether the fault list lists the outcome at `position` to a reader standing at `at`: every outcome shown there,
 * except that a message the reader dropped is listed among the faults and, as an outcome, only while it is the
 * current step (where its failure line says why it had no effect).
 */
export function listsOutcome(model: PlayerModel, position: number, at: number): boolean {
	const shown = model.shownOutcome(position, at);
	return shown !== 'ok' && !(shown === 'dropped' && position !== at && model.isDropped(model.path[position]));
}

/**
 * The failure line of the step at a path position, for a reader standing there: its outcome, heading and reason
 * when it did not happen as written (and a reason can be given); undefined at Start and for a step as written.
 */
export function failureLine(model: PlayerModel, position: number, strings: PlayerStrings): FailureLine | undefined {
	if (position < 0) return undefined;
	const shown = model.shownOutcome(position, position);
	// Standing on it, a step shows its own outcome, never "will fail".
	if (shown === 'ok' || shown === 'will-fail') return undefined;
	const reason = outcomeReason(model, position, strings);
	return reason === undefined ? undefined : { kind: shown, heading: outcomeHeading(position, shown, strings), reason };
}
