import type { ItemChange } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import type { PlayerModel } from './player-model';

type Change = ItemChange['change'];

/** One item row as shown: the key, its value, what this step did to it. */
interface Row {
	key: string;
	value: string | true | undefined;
	change: Change | undefined;
}

/** A card on screen, with its rows by key so that a step can reuse the ones that did not change. */
interface Card {
	element: HTMLElement;
	list: HTMLElement;
	/** "Holds nothing" / "Restarted after step N: holds nothing", shown when the list holds nothing. */
	note: HTMLElement;
	rows: Map<string, { signature: string; element: HTMLElement }>;
	/** Path positions after which this participant restarts, ascending. */
	restarts: number[];
}

function signature(row: Row): string {
	return `${row.value === true ? '\u0001' : (row.value ?? '')}\u0000${row.change ?? ''}`;
}

function rowElement(doc: Document, row: Row, strings: PlayerStrings): HTMLElement {
	const parts: Array<Node | string> = [el(doc, 'span', { class: 'protocol-state-key' }, [row.key])];
	if (row.value !== undefined && row.value !== true) parts.push(el(doc, 'span', { class: 'protocol-state-value' }, [row.value]));
	if (row.change !== undefined) parts.push(el(doc, 'span', { class: 'protocol-player-sr-only' }, [` (${strings[row.change]})`]));
	const content = row.change === 'removed' ? [el(doc, 'del', {}, parts)] : parts;
	return el(doc, 'li', { class: `protocol-state-item${row.change !== undefined ? ` is-${row.change}` : ''}`, 'data-item': row.key, 'data-change': row.change }, content);
}

/** What a participant's card lists at the current step: held items (with this step's marks), then what it removed. */
function rowsAt(model: PlayerModel, participant: string): Row[] {
	const frame = model.currentFrame();
	const held = frame?.state[participant] ?? {};
	const changes = new Map<string, Change>();
	for (const change of frame?.changes ?? []) if (change.participant === participant) changes.set(change.key, change.change);
	const rows: Row[] = Object.entries(held).map(([key, value]) => ({ key, value, change: changes.get(key) }));
	const before = model.frames[model.position - 1]?.state[participant] ?? {};
	for (const [key, change] of changes) if (change === 'removed' && !(key in held)) rows.push({ key, value: before[key], change });
	return rows;
}

/**
 * The state cards (SPEC §2 "State panel"): one per participant that holds anything on the path, its
 * items at this step with values, what this step added or changed marked, what it removed struck
 * through, and a Restart button. The set of cards is redone only when branches or restarts change; a
 * step patches each card's rows (rows that look the same are kept), so focus and the DOM stay put.
 */
export class StateCards {
	/** The `[data-role="state"]` section. */
	readonly section: HTMLElement;
	private readonly cards = new Map<string, Card>();
	private empty: HTMLElement | undefined;
	private revision = -1;

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.section = el(doc, 'div', { class: 'protocol-state', 'data-role': 'state' });
	}

	/** Brings the cards up to date with the model's current step. */
	update(model: PlayerModel): void {
		if (model.revision !== this.revision) this.syncCards(model);
		for (const [participant, card] of this.cards) this.fill(card, model, participant);
	}

	/** One card per participant holding anything on the path, in the diagram's order; existing cards are kept. */
	private syncCards(model: PlayerModel): void {
		this.revision = model.revision;
		const participants = model.participantsWithState();
		for (const [participant, card] of this.cards) {
			if (participants.includes(participant)) continue;
			card.element.remove();
			this.cards.delete(participant);
		}
		if (participants.length === 0) {
			this.empty ??= el(this.doc, 'p', { class: 'protocol-state-empty' }, [this.strings.noState]);
			this.section.append(this.empty);
		} else this.empty?.remove();
		participants.forEach((participant, i) => {
			const card = this.cards.get(participant) ?? this.createCard(model, participant);
			card.restarts = model.restarts
				.filter((restart) => restart.participant === participant)
				.map((restart) => model.positionOf(restart.atStep))
				.filter((position): position is number => position !== undefined)
				.sort((a, b) => a - b);
			if (this.section.children[i] !== card.element) this.section.insertBefore(card.element, this.section.children[i] ?? null);
		});
	}

	private createCard(model: PlayerModel, participant: string): Card {
		const doc = this.doc;
		const name = model.label(participant);
		const restart = el(doc, 'button', {
			type: 'button', class: 'protocol-state-restart', 'data-action': 'restart', 'data-participant': participant,
			'aria-label': this.strings.restartLabel(name), title: this.strings.restartLabel(name),
		}, [this.strings.restart]);
		const list = el(doc, 'ul', { class: 'protocol-state-items' });
		const note = el(doc, 'p', { class: 'protocol-state-note' });
		const element = el(doc, 'div', { class: 'protocol-state-card', 'data-participant': participant }, [
			el(doc, 'div', { class: 'protocol-state-card-header' }, [el(doc, 'span', { class: 'protocol-state-name' }, [name]), restart]),
			list,
			note,
		]);
		const card: Card = { element, list, note, rows: new Map(), restarts: [] };
		this.cards.set(participant, card);
		return card;
	}

	/** Patches a card's rows to the current step: keeps unchanged rows, replaces changed ones, drops the rest. */
	private fill(card: Card, model: PlayerModel, participant: string): void {
		const rows = rowsAt(model, participant);
		const keep = new Set<string>();
		rows.forEach((row, i) => {
			keep.add(row.key);
			const wanted = signature(row);
			let shown = card.rows.get(row.key);
			if (shown === undefined || shown.signature !== wanted) {
				const element = rowElement(this.doc, row, this.strings);
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

	/** Says so when the card holds nothing, and whether a restart emptied it. */
	private setNote(card: Card, model: PlayerModel, holding: boolean): void {
		let text = '';
		if (!holding) {
			const restarted = card.restarts.filter((position) => position <= model.position).pop();
			text = restarted !== undefined ? this.strings.restartedHoldsNothing(restarted + 1) : this.strings.holdsNothing;
		}
		if (card.note.textContent !== text) card.note.textContent = text;
		if (card.note.hidden !== holding) card.note.hidden = holding;
	}
}
