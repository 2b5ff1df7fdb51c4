/**
 * The presenter of the state cards (issue 18): for a path position, what each participant's card says —
 * its items with their marks, the note when it holds nothing, the note a restart leaves — as plain data
 * and words. The DOM cards (src/player/state-cards.ts) and the exports (src/player/export/live-source.ts)
 * both draw from it, so they cannot say things differently. No DOM here (lint forbids it).
 */
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel } from '../player-model';
import { cardRowsAt, restartPositions, type Row } from '../state-rows';

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

/** One participant's card at a position, with whose it is. */
export interface PositionCard extends PresentedCard {
	participant: string;
	/** The label the diagram shows. */
	name: string;
	/** The participant holds nothing anywhere on the path and never restarts: a compact card, no rows, no notes. */
	compact: boolean;
}

/** What holds for a model's whole path, computed at most once per revision (branches and faults). */
interface PathFacts {
	revision: number;
	restarts?: ReadonlyMap<string, readonly number[]>;
	compact?: ReadonlySet<string>;
}

const pathFacts = new WeakMap<PlayerModel, PathFacts>();

function factsOf(model: PlayerModel): PathFacts {
	let facts = pathFacts.get(model);
	if (facts?.revision !== model.revision) {
		facts = { revision: model.revision };
		pathFacts.set(model, facts);
	}
	return facts;
}

/** Per participant, the path positions after which it restarts (scripted or injected; −1: before step 1), ascending. */
export function restartsOnPath(model: PlayerModel): ReadonlyMap<string, readonly number[]> {
	const facts = factsOf(model);
	facts.restarts ??= restartPositions(model);
	return facts.restarts;
}

/** The participants whose card is compact on this path: they hold nothing at any position and never restart. */
export function compactParticipants(model: PlayerModel): ReadonlySet<string> {
	const facts = factsOf(model);
	if (facts.compact !== undefined) return facts.compact;
	const restarts = restartsOnPath(model);
	const compact = new Set(model.protocol.participants.map(({ id }) => id).filter((id) => !restarts.has(id)));
	for (let position = -1; position < model.frames.length && compact.size > 0; position++) {
		for (const id of compact) if (cardRowsAt(model, position, id).length > 0) compact.delete(id);
	}
	facts.compact = compact;
	return compact;
}

/** Every participant's card at a position, in the diagram's order. */
export function cardsAt(model: PlayerModel, position: number, strings: PlayerStrings): PositionCard[] {
	const compact = compactParticipants(model);
	const restarts = restartsOnPath(model);
	return model.protocol.participants.map(({ id }): PositionCard => {
		const who = { participant: id, name: model.label(id) };
		if (compact.has(id)) return { ...who, compact: true, rows: [] };
		return { ...who, compact: false, ...presentCard(model, position, id, restarts.get(id) ?? [], strings) };
	});
}
