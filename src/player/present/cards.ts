/**
 * The presenter of the state cards (issue 18): for a path position, what each participant's card says —
 * its items with their marks, the note when it holds nothing, the note a restart leaves — as plain data
 * and words. The DOM cards (src/player/state-cards.ts) and the exports (src/player/export/live-source.ts)
 * both draw from it, so they cannot say things differently. No DOM here (lint forbids it).
 */
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel } from '../player-model';
import { cardRowsAt, type Row } from '../state-rows';

/** One item of a card as shown: the row, and whether the participant keeps the item through restarts. */
export interface PresentedRow extends Row {
	durable: boolean;
}

/** What a participant's card says at one position. */
export interface PresentedCard {
	rows: PresentedRow[];
	/** "Holds nothing at this step" / "Restarted after step N: holds nothing", when it holds nothing (and no restart note says so). */
	note?: string;
	/** At the position it restarts: what the restart took and the durable items it kept. */
	restartNote?: string;
}

/** An item as the player writes it: `key = value`, or the key alone for an item held without a value. */
export function itemText(key: string, value: string | true | undefined): string {
	return value === undefined || value === true ? key : `${key} = ${value}`;
}

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

/**
 * The notes of a card at a position: the restart note where the participant restarts, else, when it holds
 * nothing (`holding` false), that it holds nothing and, after a restart (`restarts`: the path positions after
 * which it restarts, ascending), which one emptied it.
 */
export function cardNotes(model: PlayerModel, position: number, participant: string, holding: boolean, restarts: readonly number[], strings: PlayerStrings): Pick<PresentedCard, 'note' | 'restartNote'> {
	const restartNote = restartNoteAt(model, position, participant, strings);
	if (restartNote !== undefined) return { restartNote };
	if (holding) return {};
	const restarted = restarts.filter((after) => after <= position).pop();
	return { note: restarted !== undefined ? strings.restartedHoldsNothing(restarted) : strings.holdsNothing };
}

/** A participant's whole card at a position (`restarts` as in `cardNotes`). */
export function presentCard(model: PlayerModel, position: number, participant: string, restarts: readonly number[], strings: PlayerStrings): PresentedCard {
	const durable = durableKeys(model, participant);
	const rows = cardRowsAt(model, position, participant).map((row): PresentedRow => ({ ...row, durable: durable.has(row.key) }));
	const holding = rows.some((row) => row.change !== 'removed');
	return { rows, ...cardNotes(model, position, participant, holding, restarts, strings) };
}
