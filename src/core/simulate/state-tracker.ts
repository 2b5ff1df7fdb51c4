import type { Failure, ItemChange, ParticipantState, StateItem } from '../model';

/** One participant's items: key → value. */
type Items = Record<string, string | true>;

/** Why an item is gone, as `Failure.cause` records it. */
export type LossCause = Failure['cause'];

/** What one step did: the state after it and the items it added, changed or removed. */
export interface StepResult {
	state: ParticipantState;
	changes: ItemChange[];
}

// Plain objects rather than null-prototype ones: V8 keeps those in slow dictionary mode, which made a 200-step
// simulation several times slower. Keys such as `constructor` stay plain keys because lookups check own
// properties only, and `__proto__` is defined rather than assigned.

function copyItems(items: Items): Items {
	// Spreading defines an own `__proto__` key as data instead of calling the prototype setter.
	return { ...items };
}

function has(items: Items | undefined, key: string): boolean {
	return items !== undefined && Object.prototype.hasOwnProperty.call(items, key);
}

/** Records in `changes` what turned `before` into `after`: added and changed keys in `after`'s order, then removed ones. */
function diff(participant: string, before: Items, after: Items, changes: ItemChange[]): void {
	for (const key of Object.keys(after)) {
		if (!has(before, key)) changes.push({ participant, key, change: 'added' });
		else if (before[key] !== after[key]) changes.push({ participant, key, change: 'changed' });
	}
	for (const key of Object.keys(before)) {
		if (!has(after, key)) changes.push({ participant, key, change: 'removed' });
	}
}

function setKey<T>(target: Record<string, T>, key: string, value: T): void {
	if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
	else target[key] = value;
}

/**
 * Participants' state while a path is simulated, copy-on-write per participant: a participant's item record
 * is copied the first time a step changes it and never mutated once a frame has been handed out, so frames
 * share the records of participants a step left alone. That keeps 200 steps well under a millisecond
 * without cloning everyone's state per step.
 */
export class StateTracker {
	/** Current item record per participant; only participants holding at least one item after a step. */
	private readonly held = new Map<string, Items>();
	/**
	 * Participants whose record was replaced during the current step (and may be mutated until it ends),
	 * with the record they had before it, which the step's changes are measured against.
	 */
	private readonly owned = new Map<string, Items | undefined>();
	/** The state handed out with the last frame: the next frame starts as a shallow copy of it. */
	private published: ParticipantState = {};
	/** Keys that survive a restart, per participant. */
	private readonly durableKeys = new Map<string, Set<string>>();
	/** Why a key a participant once held is gone now. */
	private readonly losses = new Map<string, Map<string, LossCause>>();

	/** Starts from the durable items, which every participant holds from the start and keeps through restarts. */
	constructor(durable: Readonly<Record<string, StateItem[]>>) {
		for (const participant of Object.keys(durable)) {
			const items = durable[participant] ?? [];
			this.durableKeys.set(participant, new Set(items.map((item) => item.key)));
			if (items.length > 0) this.add(participant, items);
		}
		this.finishStep();
	}

	/** Whether the participant holds the key now. */
	holds(participant: string, key: string): boolean {
		return has(this.held.get(participant), key);
	}

	/** Why the participant does not hold the key: the last restart or removal that took it, or never held. */
	lossOf(participant: string, key: string): LossCause {
		return this.losses.get(participant)?.get(key) ?? { kind: 'never' };
	}

	/** The participant now holds these items; a key written again takes the new value. */
	add(participant: string, items: readonly StateItem[]): void {
		const record = this.writable(participant);
		const losses = this.losses.get(participant);
		for (const item of items) {
			setKey(record, item.key, item.value);
			losses?.delete(item.key);
		}
	}

	/**
	 * The participant no longer holds these keys; a later need for one names this removal.
	 * `position` is the 0-based path position of the step, or null before the first step (no cause is kept then).
	 */
	remove(participant: string, keys: readonly string[], position: number | null): void {
		const gone = keys.filter((key) => this.holds(participant, key));
		if (gone.length === 0) return;
		this.keepOnly(participant, (key) => !gone.includes(key));
		if (position !== null) for (const key of gone) this.lose(participant, key, { kind: 'removed', atPosition: position });
	}

	/**
	 * The participant loses every item that is not durable, and the items it lost come back with the values held
	 * at that moment. Durable keys keep their current value: they stand for what is persisted (config, a database),
	 * so a value written to them before the restart is what comes back.
	 * `position` is the path position the restart follows (−1: before the first step), or null for no cause.
	 */
	restart(participant: string, position: number | null, scripted: boolean): StateItem[] {
		const current = this.held.get(participant);
		if (current === undefined) return [];
		const durable = this.durableKeys.get(participant);
		const removed: StateItem[] = [];
		for (const key of Object.keys(current)) {
			const value = current[key];
			if (value !== undefined && durable?.has(key) !== true) removed.push({ key, value });
		}
		if (removed.length === 0) return removed;
		this.keepOnly(participant, (key) => durable?.has(key) === true);
		if (position !== null) for (const { key } of removed) this.lose(participant, key, { kind: 'restart', atPosition: position, scripted });
		return removed;
	}

	/**
	 * The step at `position` would have given the participant these items but did not happen: a later need for
	 * one it does not hold names that step (the latest reason an item is missing is the one a learner needs).
	 */
	notGiven(participant: string, keys: readonly string[], position: number): void {
		for (const key of keys) {
			if (!this.holds(participant, key)) this.lose(participant, key, { kind: 'not-given', atPosition: position });
		}
	}

	/** Ends the current step: returns a fresh state object (records shared where unchanged) and the step's net changes. */
	finishStep(): StepResult {
		const changes: ItemChange[] = [];
		const state: ParticipantState = { ...this.published };
		let emptied = false;
		for (const [participant, before] of this.owned) {
			const after = this.held.get(participant) ?? {};
			diff(participant, before ?? {}, after, changes);
			if (Object.keys(after).length === 0) {
				this.held.delete(participant);
				emptied = true;
			} else {
				setKey(state, participant, after);
			}
		}
		this.owned.clear();
		// Deleting a property would drop the object into V8's slow dictionary mode; rebuilding is rare (a restart, a removal).
		this.published = emptied ? this.rebuiltState() : state;
		return { state: this.published, changes };
	}

	private rebuiltState(): ParticipantState {
		const state: ParticipantState = {};
		for (const [participant, record] of this.held) setKey(state, participant, record);
		return state;
	}

	/** The participant's record, copied once per step before the first change so earlier frames stay as they were. */
	private writable(participant: string): Items {
		const current = this.held.get(participant);
		if (this.owned.has(participant) && current !== undefined) return current;
		const record = current === undefined ? {} : copyItems(current);
		this.own(participant, record);
		return record;
	}

	/** Replaces the participant's record with one holding only the keys `keep` accepts (no `delete`, for speed). */
	private keepOnly(participant: string, keep: (key: string) => boolean): void {
		const current = this.held.get(participant) ?? {};
		const record: Items = {};
		for (const key of Object.keys(current)) {
			const value = current[key];
			if (value !== undefined && keep(key)) setKey(record, key, value);
		}
		this.own(participant, record);
	}

	private own(participant: string, record: Items): void {
		if (!this.owned.has(participant)) this.owned.set(participant, this.held.get(participant));
		this.held.set(participant, record);
	}

	private lose(participant: string, key: string, cause: LossCause): void {
		let causes = this.losses.get(participant);
		if (causes === undefined) {
			causes = new Map();
			this.losses.set(participant, causes);
		}
		causes.set(key, cause);
	}
}
