import type { ItemChange } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { cardNotes, durableKeys, restartNoteAt, restartsOnPath } from './present/cards';
import { el } from './dom';
import type { ModelChange, PlayerModel } from './player-model';
import { cardRowsAt, displayWidth, type Row } from './state-rows';
import { holdsAnything, MAX_PATCHED_STEPS, patchRows, rowSignature, touchedKeys, type PatchedCard } from './state-patch';
import { ACTION, CLASS, DATA, ROLE } from './dom-contract';

/** A card on screen, with its rows by key so that a step can reuse the ones that did not change. */
interface Card extends PatchedCard {
	element: HTMLElement;
	body: HTMLElement;
	list: HTMLElement;
	/** "Holds nothing" / "Restarted after step N: holds nothing", shown when the list holds nothing. */
	note: HTMLElement;
	/** At the moment the participant restarts: what it lost and the durable items it keeps (issue 18). */
	restartNote: HTMLElement;
	participant: string;
	/** Keys of the items it keeps through restarts, marked on their rows. */
	durable: ReadonlySet<string>;
	rows: Map<string, { signature: string; element: HTMLElement }>;
	/** Path positions after which this participant restarts (−1: before step 1), ascending. */
	restarts: readonly number[];
	/** Whether the participant holds nothing anywhere on the path: a compact card without rows. */
	empty: boolean;
	/** What its notes say now (null: not written yet): a step compares with these, not with the page. */
	said: { note: string | undefined | null; restartNote: string | undefined | null };
}

function rowElement(doc: Document, row: Row, strings: PlayerStrings, durable: boolean): HTMLElement {
	const parts: Array<Node | string> = [el(doc, 'span', { class: 'protocol-state-key' }, [row.key])];
	if (row.value !== undefined && row.value !== true) parts.push(el(doc, 'span', { class: 'protocol-state-value' }, [row.value]));
	// A word, not only a colour or symbol: seen, and read by screen readers, as "durable".
	if (durable) parts.push(' ', el(doc, 'span', { class: CLASS.durable, title: strings.durableTitle }, [strings.durableMark]));
	if (row.change !== undefined) parts.push(el(doc, 'span', { class: 'protocol-player-sr-only' }, [` (${strings[row.change]})`]));
	const content = row.change === 'removed' ? [el(doc, 'del', {}, parts)] : parts;
	return el(doc, 'li', {
		class: `protocol-state-item${row.change !== undefined ? ` is-${row.change}` : ''}`, [DATA.item]: row.key, [DATA.change]: row.change, [DATA.durable]: durable ? '' : undefined,
	}, content);
}

type Change = ItemChange['change'];
export type { Change };

/**
 * The state cards (SPEC §2 "State panel"): one per participant of the diagram, each with a Restart button;
 * its items at this step with values, what this step added or changed marked, what it lost struck
 * through. A participant that never holds anything gets a compact card. Each card reserves the room of
 * its tallest and widest step (issue 8: nothing below the player jumps while stepping). The set of
 * cards and their room are redone only when branches or faults change; a step patches each card's rows
 * (rows that look the same are kept), so focus and the DOM stay put.
 */
export class StateCards {
	/** The `[data-role="state"]` section. */
	readonly section: HTMLElement;
	private readonly cards = new Map<string, Card>();

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.section = el(doc, 'div', { class: 'protocol-state', [DATA.role]: ROLE.state });
	}

	/**
	 * Brings the cards up to date after one change of the model (the first drawing: a change of the path). After a
	 * branch or fault change every card is filled again; a step (or a short jump) touches only the rows of the items
	 * written or marked between the two positions, so its cost does not grow with how much the participants hold
	 * (issue 24: 10,000 items).
	 */
	update(model: PlayerModel, change: ModelChange): void {
		const from = change.from;
		const revised = change.kind === 'path';
		if (revised) this.syncCards(model);
		else if (from === model.position) return;
		const touched = !revised && Math.abs(from - model.position) <= MAX_PATCHED_STEPS
			? touchedKeys(model, Math.min(from, model.position), Math.max(from, model.position))
			: undefined;
		for (const [participant, card] of this.cards) {
			if (touched === undefined) this.fill(card, model, participant);
			else patchRows(card, model, participant, touched.get(participant), (row) => rowElement(this.doc, row, this.strings, card.durable.has(row.key)));
			if (touched !== undefined) this.setNote(card, model, holdsAnything(model, participant));
		}
	}

	/** One card per participant, in the diagram's order (created once), with the room its rows need on this path. */
	private syncCards(model: PlayerModel): void {
		const restarts = restartsOnPath(model);
		const room = roomPerParticipant(model, restarts, this.strings);
		model.protocol.participants.forEach(({ id }, i) => {
			const card = this.cards.get(id) ?? this.createCard(model, id);
			card.restarts = restarts.get(id) ?? [];
			const need = room.get(id) ?? { rows: 0, width: 0 };
			const empty = need.rows === 0 && card.restarts.length === 0;
			if (card.empty !== empty) {
				card.empty = empty;
				card.element.classList.toggle(CLASS.empty, empty);
				card.body.hidden = empty;
			}
			// Room for the most rows any step shows (one line for the note when it holds nothing) and the widest row.
			card.body.style.setProperty('--protocol-rows', String(Math.max(need.rows, 1)));
			card.element.style.setProperty('--protocol-row-width', `${need.width}ch`);
			if (this.section.children[i] !== card.element) this.section.insertBefore(card.element, this.section.children[i] ?? null);
		});
	}

	private createCard(model: PlayerModel, participant: string): Card {
		const doc = this.doc;
		const name = model.label(participant);
		const restart = el(doc, 'button', {
			type: 'button', class: 'protocol-state-restart', [DATA.action]: ACTION.restart, [DATA.participant]: participant,
			'aria-label': this.strings.restartLabel(name), title: this.strings.restartLabel(name),
		}, [this.strings.restart]);
		const list = el(doc, 'ul', { class: 'protocol-state-items' });
		const note = el(doc, 'p', { class: 'protocol-state-note' });
		const restartNote = el(doc, 'p', { class: CLASS.restartNote, [DATA.role]: ROLE.restartNote, hidden: true });
		const body = el(doc, 'div', { class: 'protocol-state-body' }, [list, restartNote, note]);
		const element = el(doc, 'div', { class: 'protocol-state-card', [DATA.participant]: participant }, [
			el(doc, 'div', { class: 'protocol-state-card-header' }, [el(doc, 'span', { class: 'protocol-state-name' }, [name]), restart]),
			body,
		]);
		const card: Card = { element, body, list, note, restartNote, participant, durable: durableKeys(model, participant), rows: new Map(), restarts: [], empty: false, said: { note: null, restartNote: null } };
		this.cards.set(participant, card);
		return card;
	}

	/** Patches a card's rows to the current step: keeps unchanged rows, replaces changed ones, drops the rest. */
	private fill(card: Card, model: PlayerModel, participant: string): void {
		const rows = cardRowsAt(model, model.position, participant);
		const keep = new Set<string>();
		rows.forEach((row, i) => {
			keep.add(row.key);
			const wanted = rowSignature(row);
			let shown = card.rows.get(row.key);
			if (shown === undefined || shown.signature !== wanted) {
				const element = rowElement(this.doc, row, this.strings, card.durable.has(row.key));
				if (shown !== undefined) shown.element.replaceWith(element);
				shown = { signature: wanted, element };
				card.rows.set(row.key, shown);
			}
			if (card.list.children[i] !== shown.element) card.list.insertBefore(shown.element, card.list.children[i] ?? null);
		});
		for (const [key, shown] of card.rows) {
			if (keep.has(key)) continue;
			shown.element.remove();
			card.rows.delete(key);
		}
		this.setNote(card, model, rows.some((row) => row.change !== 'removed'));
	}

	/**
	 * At a restart, says what it took and what it kept; otherwise says so when the card holds nothing, and
	 * whether a restart emptied it.
	 */
	setNote(card: Card, model: PlayerModel, holding: boolean): void {
		const { note, restartNote } = cardNotes(model, model.position, card.participant, holding, card.restarts, this.strings);
		if (card.said.restartNote !== restartNote) show(card.restartNote, restartNote);
		if (card.said.note !== note) show(card.note, note);
		card.said = { note, restartNote };
	}
}

/** Writes a note's text, hidden when there is none. */
function show(element: HTMLElement, text: string | undefined): void {
	if (element.textContent !== (text ?? '')) element.textContent = text ?? '';
	if (element.hidden !== (text === undefined)) element.hidden = text === undefined;
}

/** Room for a durable item's mark after it, in `ch` (the word in either language, smaller, and a space). */
const DURABLE_MARK_CH = 9;
/** The widest a restart note makes a card, in `ch`; a longer note wraps. */
const RESTART_NOTE_MAX_CH = 36;

/**
 * Per participant, the most lines any position shows (its rows, plus the note when it holds nothing then)
 * and the widest of them, in display columns (the note's smaller type counted at 0.9).
 */
function roomPerParticipant(model: PlayerModel, restarts: ReadonlyMap<string, readonly number[]>, strings: PlayerStrings): Map<string, { rows: number; width: number }> {
	const room = new Map<string, { rows: number; width: number }>();
	const durables = new Map<string, ReadonlySet<string>>();
	const durable = (id: string): ReadonlySet<string> => {
		let keys = durables.get(id);
		if (keys === undefined) {
			keys = durableKeys(model, id);
			durables.set(id, keys);
		}
		return keys;
	};
	const noteWidth = (text: string): number => Math.ceil(displayWidth({ key: text, value: undefined, change: undefined }) * 0.9);
	// The same rows recur at position after position: measure each once.
	const widths = new Map<string, number>();
	const rowWidth = (row: Row): number => {
		const text = row.value === undefined || row.value === true ? row.key : `${row.key}\u0000${row.value}`;
		let width = widths.get(text);
		if (width === undefined) {
			width = displayWidth(row);
			widths.set(text, width);
		}
		return width;
	};
	for (let position = -1; position < model.frames.length; position++) {
		for (const { id } of model.protocol.participants) {
			const rows = cardRowsAt(model, position, id);
			const restartNote = restarts.get(id)?.includes(position) === true ? restartNoteAt(model, position, id, strings) : undefined;
			const holding = restartNote !== undefined || rows.some((row) => row.change !== 'removed');
			const need = room.get(id) ?? { rows: 0, width: 0 };
			if (rows.length === 0 && need.rows === 0 && !restarts.has(id)) continue;
			// A restart note wraps past RESTART_NOTE_MAX_CH: room for every line it may take.
			const noteRows = restartNote === undefined ? 0 : Math.max(1, Math.ceil(noteWidth(restartNote) / RESTART_NOTE_MAX_CH));
			need.rows = Math.max(need.rows, rows.length + (holding ? 0 : 1) + noteRows);
			for (const row of rows) need.width = Math.max(need.width, rowWidth(row) + (durable(id).has(row.key) ? DURABLE_MARK_CH : 0));
			// A long restart note wraps rather than widening the card past a readable measure.
			if (restartNote !== undefined) need.width = Math.max(need.width, Math.min(RESTART_NOTE_MAX_CH, noteWidth(restartNote)));
			if (!holding) {
				const restarted = restarts.get(id)?.filter((after) => after <= position).pop();
				need.width = Math.max(need.width, noteWidth(restarted !== undefined ? strings.restartedHoldsNothing(restarted) : strings.holdsNothing));
			}
			room.set(id, need);
		}
	}
	return room;
}
