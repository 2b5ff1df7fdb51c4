import type { ItemChange } from '../core';
import type { PlayerModel } from './player-model';

/** One item row of a state card as shown: the key, its value, what this step did to it. */
export interface Row {
	key: string;
	value: string | true | undefined;
	change: ItemChange['change'] | undefined;
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/**
 * What a participant's card lists at a path position (−1: Start): the items it holds, marked when this
 * step added or changed them, then what it lost, struck through. Items a restart took carry the values the
 * participant held at that moment (the core records them), even when the same step had just written them.
 */
export function cardRowsAt(model: PlayerModel, position: number, participant: string): Row[] {
	const held = model.stateAt(position)[participant] ?? {};
	const changes = new Map<string, ItemChange['change']>();
	if (position >= 0) for (const change of model.frames[position]?.changes ?? []) if (change.participant === participant) changes.set(change.key, change.change);
	const rows: Row[] = [];
	for (const key of Object.keys(held)) rows.push({ key, value: held[key], change: changes.get(key) === 'removed' ? undefined : changes.get(key) });
	const listed = new Set(rows.map((row) => row.key));
	for (const restart of model.restartsAt(position)) {
		if (restart.participant !== participant) continue;
		for (const item of restart.removed) {
			if (listed.has(item.key)) continue;
			listed.add(item.key);
			rows.push({ key: item.key, value: item.value, change: 'removed' });
		}
	}
	const before = position >= 0 ? (model.stateAt(position - 1)[participant] ?? {}) : {};
	for (const [key, change] of changes) {
		if (change !== 'removed' || listed.has(key)) continue;
		listed.add(key);
		rows.push({ key, value: has(before, key) ? before[key] : undefined, change });
	}
	return rows;
}

/** Per participant, the path positions after which it restarts (injected or scripted; −1: before step 1), ascending. */
export function restartPositions(model: PlayerModel): Map<string, number[]> {
	const positions = new Map<string, number[]>();
	for (let position = -1; position < model.frames.length; position++) {
		for (const restart of model.restartsAt(position)) {
			const list = positions.get(restart.participant) ?? [];
			list.push(position);
			positions.set(restart.participant, list);
		}
	}
	return positions;
}

/** Wide (Hangul, CJK, fullwidth) characters take two columns of a monospace grid; others one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** About how many `ch` a row takes ("key = value"), counting wide characters twice. */
export function displayWidth(row: Row): number {
	const text = row.value === undefined || row.value === true ? row.key : `${row.key} = ${row.value}`;
	let width = 0;
	for (const char of text) width += WIDE.test(char) ? 2 : 1;
	return width;
}
