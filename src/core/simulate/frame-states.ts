import type { ParticipantState } from '../model';
import type { StateWrite } from './state-tracker';

type Items = Record<string, string | true>;
type Held = ReadonlyMap<string, ReadonlyMap<string, string | true>>;

function setKey<T>(target: Record<string, T>, key: string, value: T): void {
	// Defining rather than assigning keeps a `__proto__` item a plain key instead of calling the prototype setter.
	if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
	else target[key] = value;
}

/** A participant's items as a plain object, in the order held. */
function itemsObject(items: ReadonlyMap<string, string | true>): Items {
	const record: Items = {};
	for (const [key, value] of items) setKey(record, key, value);
	return record;
}

/** Plain state objects from held maps, participants holding nothing left out. */
export function stateObject(held: Held): ParticipantState {
	const state: ParticipantState = {};
	for (const [participant, items] of held) if (items.size > 0) setKey(state, participant, itemsObject(items));
	return state;
}

/**
 * The state after each path position, built only when a frame's `state` is read. Each position keeps only
 * its net writes; reading position i starts from the nearest position already built (or the base) and copies
 * just the participants written since, sharing every other participant's record. So simulating costs what the
 * steps write, however much a participant holds, and stepping forward costs one copy of what changed.
 */
export class FrameStates {
	private readonly built = new Map<number, ParticipantState>();

	constructor(private readonly base: ParticipantState, private readonly writes: readonly (readonly StateWrite[])[]) {}

	/** The state after path position `position` (plain objects, shared between positions where unchanged). */
	at(position: number): ParticipantState {
		const known = this.built.get(position);
		if (known !== undefined) return known;
		let from = position - 1;
		while (from >= 0 && !this.built.has(from)) from--;
		const state = this.apply(from < 0 ? this.base : (this.built.get(from) as ParticipantState), from + 1, position);
		this.built.set(position, state);
		return state;
	}

	/** `state` with the writes of positions `first`…`last` applied, copying only the participants they touch. */
	private apply(state: ParticipantState, first: number, last: number): ParticipantState {
		const edited = new Map<string, Map<string, string | true>>();
		for (let position = first; position <= last; position++) {
			for (const { participant, key, value } of this.writes[position] ?? []) {
				let items = edited.get(participant);
				if (items === undefined) {
					items = new Map(Object.entries(Object.prototype.hasOwnProperty.call(state, participant) ? state[participant] ?? {} : {}));
					edited.set(participant, items);
				}
				if (value === undefined) items.delete(key);
				else items.set(key, value);
			}
		}
		if (edited.size === 0) return state;
		const next: ParticipantState = {};
		for (const participant of Object.keys(state)) {
			const items = edited.get(participant);
			if (items === undefined) setKey(next, participant, state[participant] ?? {});
			else if (items.size > 0) setKey(next, participant, itemsObject(items));
		}
		for (const [participant, items] of edited) {
			if (!Object.prototype.hasOwnProperty.call(state, participant) && items.size > 0) setKey(next, participant, itemsObject(items));
		}
		return next;
	}
}
