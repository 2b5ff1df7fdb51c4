import type { PlayerModel } from './player-model';
import type { Row } from './state-rows';

/** A jump longer than this many steps fills the cards again rather than patching them (the work is alike). */
export const MAX_PATCHED_STEPS = 64;

/** What patching needs of a state card: its list and its rows by key, with what each row shows. */
export interface PatchedCard {
	list: HTMLElement;
	rows: Map<string, { signature: string; element: HTMLElement }>;
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** What a row shows, to tell whether its element can stay. */
export function rowSignature(row: Row): string {
	return `${row.value === true ? '\u0001' : (row.value ?? '')}\u0000${row.change ?? ''}`;
}

/** Per participant, the items whose rows may differ between two positions, and those of them that may have moved. */
export interface Touched {
	keys: Set<string>;
	/** Items taken away (removed, or lost in a restart) after the first position: held again, they come last. */
	moved: Set<string>;
}

/**
 * Per participant, the items whose row may differ between path positions `first` and `last`: those written,
 * marked or taken by a restart at any position from `first` to `last`. Every other item is held alike, unmarked,
 * at both (the core records each write in its frame's changes).
 */
export function touchedKeys(model: PlayerModel, first: number, last: number): Map<string, Touched> {
	const touched = new Map<string, Touched>();
	const add = (participant: string, key: string, taken: boolean): void => {
		let entry = touched.get(participant);
		if (entry === undefined) {
			entry = { keys: new Set(), moved: new Set() };
			touched.set(participant, entry);
		}
		entry.keys.add(key);
		if (taken) entry.moved.add(key);
	};
	for (let position = first; position <= last; position++) {
		const after = position > first;
		if (position >= 0) for (const change of model.frames[position]?.changes ?? []) add(change.participant, change.key, after && change.change === 'removed');
		for (const restart of model.restartsAt(position)) for (const item of restart.removed) add(restart.participant, item.key, after);
	}
	return touched;
}

/** Whether the participant holds any item at the model's position (its card then shows no "holds nothing"). */
export function holdsAnything(model: PlayerModel, participant: string): boolean {
	const held = model.stateAt(model.position)[participant] ?? {};
	for (const key in held) if (has(held, key)) return true;
	return false;
}

/**
 * The struck-through rows a card lists after what it holds, as `cardRowsAt` orders them: what a restart at the
 * position took, then what the step removed.
 */
function lostRows(model: PlayerModel, position: number, participant: string, held: Readonly<Record<string, string | true>>): Row[] {
	const rows: Row[] = [];
	const listed = new Set<string>();
	for (const restart of model.restartsAt(position)) {
		if (restart.participant !== participant) continue;
		for (const item of restart.removed) {
			if (has(held, item.key) || listed.has(item.key)) continue;
			listed.add(item.key);
			rows.push({ key: item.key, value: item.value, change: 'removed' });
		}
	}
	if (position < 0) return rows;
	const before = model.stateAt(position - 1)[participant] ?? {};
	for (const change of model.frames[position]?.changes ?? []) {
		if (change.participant !== participant || change.change !== 'removed' || has(held, change.key) || listed.has(change.key)) continue;
		listed.add(change.key);
		rows.push({ key: change.key, value: has(before, change.key) ? before[change.key] : undefined, change: 'removed' });
	}
	return rows;
}

/**
 * Brings a card's rows to the model's position when only the `touched` items can have changed, every other row left
 * as it is. A held item whose row stays where it was (written again, not taken away and held again) is replaced in
 * place; the others are taken out and put back where `cardRowsAt` lists them (held items in the order held,
 * struck-through ones after): only then is the order of what the participant holds looked up.
 */
export function patchRows(card: PatchedCard, model: PlayerModel, participant: string, touched: Touched | undefined, make: (row: Row) => HTMLElement): void {
	if (touched === undefined || touched.keys.size === 0) return;
	const position = model.position;
	const held = model.stateAt(position)[participant] ?? {};
	const marks = new Map<string, Row['change']>();
	if (position >= 0) for (const change of model.frames[position]?.changes ?? []) if (change.participant === participant) marks.set(change.key, change.change);
	const show = (row: Row): { signature: string; element: HTMLElement } => ({ signature: rowSignature(row), element: make(row) });
	const placed: Row[] = [];
	for (const key of touched.keys) {
		const row: Row | undefined = has(held, key) ? { key, value: held[key], change: marks.get(key) === 'removed' ? undefined : marks.get(key) } : undefined;
		const before = card.rows.get(key);
		if (row !== undefined && before !== undefined && !before.signature.endsWith('\u0000removed') && !touched.moved.has(key)) {
			const next = show(row);
			before.element.replaceWith(next.element);
			card.rows.set(key, next);
			continue;
		}
		before?.element.remove();
		card.rows.delete(key);
		if (row !== undefined) placed.push(row);
	}
	const lost = lostRows(model, position, participant, held);
	for (const row of lost) {
		const next = show(row);
		card.list.append(next.element);
		card.rows.set(row.key, next);
	}
	if (placed.length === 0) return;
	// From the last to the first, each before the row that follows it: no child is looked up by index, and the
	// row after a placed item is either in place or placed already.
	const keys = Object.keys(held);
	const firstLost = lost[0] === undefined ? null : card.rows.get(lost[0].key)?.element ?? null;
	const order = placed.map((row) => ({ row, index: keys.indexOf(row.key) })).sort((a, b) => b.index - a.index);
	for (const { row, index } of order) {
		const next = keys[index + 1];
		const shown = show(row);
		card.list.insertBefore(shown.element, next === undefined ? firstLost : card.rows.get(next)?.element ?? firstLost);
		card.rows.set(row.key, shown);
	}
}
