/**
 * The presenter of a position (issue 18): everything the player says at a path position, as plain data and
 * words — the counter, the caption and how it is marked, the failure line, what the live region announces, the
 * injected faults, the restarts there and every card. The DOM views and the exports draw from it, so they cannot
 * say things differently; every word comes from src/i18n. No DOM here (lint forbids it).
 */
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel, ShownOutcome } from '../player-model';
import { shownStepCaption } from './caption';
import { cardsAt, type PositionCard } from './cards';
import { faultLines, restartLines, type FaultLine } from './fault-lines';
import { failureLine, type FailureLine } from './outcomes';

/** What the controls say at a position: cheap enough for every step of the player. */
export interface PresentedStep {
	/** The path position presented, clamped to Start … the last step. */
	position: number;
	/** "3 / 8"; "0 / 8" at Start; empty when there is nothing to step. */
	counter: string;
	/** The step in words as its arrow reads there; "Start" at Start; why nothing steps on an empty path. */
	caption: string;
	/** How the step shows to a reader standing on it (`ok` at Start): the caption is marked for `failed`, `dropped`, `consequence`. */
	outcome: ShownOutcome;
	/** Why the step did not happen as written, when it did not and a reason can be given. */
	failure?: FailureLine;
	/** What the live region says: the step, its number and, when there is one, the failure's reason. */
	announcement: string;
}

/** Everything said at a position. */
export interface PresentedPosition extends PresentedStep {
	/** The injected faults, one line each, as the fault list says them (restarts, then lost messages). */
	faultLines: FaultLine[];
	/** The restarts right after this position (scripted and injected), one line each. */
	restartLines: string[];
	/** Every participant's card, in the diagram's order. */
	cards: PositionCard[];
}

/**
 * The counter, caption, failure line and announcement for a reader standing at path position `position` (−1:
 * Start). Standing on a step counts as having started; at Start the caption says "Start" either way.
 */
export function presentStep(model: PlayerModel, position: number, strings: PlayerStrings): PresentedStep {
	const total = model.path.length;
	// Nothing to step: no counter, and the caption says why (issue 8, item 10).
	if (total === 0) return { position: -1, counter: '', caption: strings.nothingToStep, outcome: 'ok', announcement: strings.nothingToStep };
	const at = model.clamp(position);
	// The caption reads what the arrow reads (a reply's `@on-failure` text while it shows).
	const caption = shownStepCaption(model, at, strings) ?? strings.start;
	const failure = failureLine(model, at, strings);
	const announced = at >= 0 ? strings.announce(at + 1, total, caption) : strings.announceStart(total);
	const step: PresentedStep = {
		position: at,
		counter: `${at + 1} / ${total}`,
		caption,
		outcome: at >= 0 ? model.shownOutcome(at, at) : 'ok',
		announcement: failure === undefined ? announced : `${announced}. ${failure.reason}`,
	};
	if (failure !== undefined) step.failure = failure;
	return step;
}

/** Everything the player says to a reader standing at path position `position` (−1: Start). */
export function presentPosition(model: PlayerModel, position: number, strings: PlayerStrings): PresentedPosition {
	const step = presentStep(model, position, strings);
	return {
		...step,
		faultLines: faultLines(model, strings),
		restartLines: restartLines(model, step.position, strings),
		cards: cardsAt(model, step.position, strings),
	};
}
