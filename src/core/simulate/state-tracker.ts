import type { ItemChange, StateItem } from '../model';
import { LossBook, type LossCause } from './loss-book';
import type { StateWrite, StepWrites, WatchIndex } from './state-types';

export type { LossCause } from './loss-book';
export type { StateWrite, StepWrites, WatchedKey, WatchIndex } from './state-types';

/** Marks a key a step touched that was not held before it. */
const ABSENT = Symbol('absent');

/**
 * Participants' state while a path is simulated: one mutable insertion-ordered map per participant, plus the
 * net writes of the current step. Nothing is copied per step: a step costs what it writes, so 4,000 steps
 * over a participant holding 4,000 items stay linear. Frames rebuild plain objects from the writes on demand
 * (see `FrameStates`).
 */
export class StateTracker {
	private readonly held = new Map<string, Map<string, string | true>>();
	/** Per participant, the value each key had before the current step first touched it. */
	private readonly touched = new Map<string, Map<string, string | true | typeof ABSENT>>();
	/** Participants whose held map (or loss map) is still the one of the tracker this was cloned from. */
	private readonly borrowed = new Set<string>();
	/** Watched items and their bits (see `watchPresence`). */
	private watched: { index: WatchIndex; bits: Uint32Array } | undefined;
	/** The watched bits flipped since last taken, while logging (see `logFlips`). */
	private flipLog: number[] | undefined;
	/** Keys that survive a restart, per participant. */
	private durableKeys = new Map<string, Set<string>>();
	/** Why a key a participant once held is gone now. */
	private losses = new LossBook();

	/**
	 * Starts from the durable items, which every participant holds from the start and keeps through restarts.
	 * Without `recording` no writes or changes are kept (`finishStep` reports none): the fault map's runs only
	 * need what is held.
	 */
	constructor(durable: Readonly<Record<string, StateItem[]>>, private readonly recording = true) {
		for (const participant of Object.keys(durable)) {
			const items = durable[participant] ?? [];
			this.durableKeys.set(participant, new Set(items.map((item) => item.key)));
			if (items.length > 0) this.add(participant, items);
		}
	}

	/**
	 * A copy for trying a fault from a midway state; it records nothing, and watches what this one watches. It borrows this tracker's maps and copies a participant's on its first
	 * write, so a copy costs as much as the participants it changes. This tracker must not change while its
	 * copies are in use.
	 */
	clone(): StateTracker {
		const copy = new StateTracker({}, false);
		copy.durableKeys = this.durableKeys;
		if (this.watched !== undefined) copy.watched = { index: this.watched.index, bits: this.watched.bits.slice() };
		for (const [participant, items] of this.held) {
			copy.held.set(participant, items);
			copy.borrowed.add(participant);
		}
		copy.losses = this.losses.branch();
		return copy;
	}

	/**
	 * Keeps one bit per watched item, set while the participant holds it, and one per watched value, set while
	 * it holds the item with that value (`index`), so that two walks can be compared on those items in a few word
	 * operations (the fault map watches what needs read).
	 */
	watchPresence(index: WatchIndex, words: number): void {
		this.watched = { index, bits: new Uint32Array(words) };
		for (const [participant, keys] of index) {
			for (const key of keys.keys()) {
				const value = this.valueOf(participant, key);
				if (value !== undefined) this.flip(participant, key, undefined, value);
			}
		}
	}

	/** The watched items' bits (see `watchPresence`); empty when nothing is watched. Read-only. */
	presenceBits(): Uint32Array {
		return this.watched?.bits ?? new Uint32Array(0);
	}

	/** From now on, lists every watched bit that flips, until `takeFlips` hands the list over. */
	logFlips(): void {
		this.flipLog = [];
	}

	/** The watched bits flipped since the last call (a bit flipped twice is listed twice), or none. */
	takeFlips(): number[] {
		const flips = this.flipLog ?? [];
		if (this.flipLog !== undefined) this.flipLog = [];
		return flips;
	}

	/** The keys the participant holds now, in the order held. */
	keysOf(participant: string): Iterable<string> {
		return this.held.get(participant)?.keys() ?? [];
	}

	/** The value the participant holds under the key now (`true` for an item without a value), or undefined. */
	valueOf(participant: string, key: string): string | true | undefined {
		return this.held.get(participant)?.get(key);
	}

	/** Whether the participant holds the key now. */
	holds(participant: string, key: string): boolean {
		return this.held.get(participant)?.has(key) === true;
	}

	/** Why the participant does not hold the key: the last restart, removal or missed step that took it, or never held. */
	lossOf(participant: string, key: string): LossCause {
		return this.losses.causeOf(participant, key);
	}

	/** Everything held now, participants in the order they first held something: the Start's state. */
	snapshot(): Map<string, ReadonlyMap<string, string | true>> {
		const copy = new Map<string, ReadonlyMap<string, string | true>>();
		for (const [participant, items] of this.held) if (items.size > 0) copy.set(participant, new Map(items));
		return copy;
	}

	/** The participant now holds these items; a key written again takes the new value. */
	add(participant: string, items: readonly StateItem[]): void {
		const record = this.writable(participant);
		for (const item of items) {
			this.touch(participant, record, item.key);
			if (this.watched !== undefined) this.flip(participant, item.key, record.get(item.key), item.value);
			record.set(item.key, item.value);
			this.losses.given(participant, item.key);
		}
	}

	/**
	 * The participant no longer holds these keys; a later need for one names this removal.
	 * `position` is the 0-based path position of the step, or null before the first step (no cause is kept then).
	 */
	remove(participant: string, keys: readonly string[], position: number | null): void {
		if (!keys.some((key) => this.holds(participant, key))) return;
		const record = this.writable(participant);
		for (const key of keys) {
			if (!record.has(key)) continue;
			this.touch(participant, record, key);
			if (this.watched !== undefined) this.flip(participant, key, record.get(key), undefined);
			record.delete(key);
			if (position !== null) this.lose(participant, key, { kind: 'removed', atPosition: position });
		}
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
		for (const [key, value] of current) if (durable?.has(key) !== true) removed.push({ key, value });
		if (removed.length === 0) return removed;
		const record = this.writable(participant);
		for (const { key } of removed) {
			this.touch(participant, record, key);
			if (this.watched !== undefined) this.flip(participant, key, record.get(key), undefined);
			record.delete(key);
			if (position !== null) this.lose(participant, key, { kind: 'restart', atPosition: position, scripted });
		}
		return removed;
	}

	/**
	 * An injected restart after `position` on a copy that records nothing (the fault map): the same state as
	 * `restart`, at the cost of the participant's durable items and `watchedKeys` (the held items a later step
	 * needs, whose bits must flip) instead of one write per item held. The items taken are kept as one marker.
	 */
	restartQuickly(participant: string, position: number, watchedKeys: Iterable<string>): void {
		if (this.recording) {
			this.restart(participant, position, false);
			return;
		}
		const current = this.held.get(participant);
		if (current === undefined) return;
		const durable = this.durableKeys.get(participant);
		const kept = new Map<string, string | true>();
		for (const key of durable ?? []) {
			const value = current.get(key);
			if (value !== undefined) kept.set(key, value);
		}
		if (this.watched !== undefined) {
			for (const key of watchedKeys) if (durable?.has(key) !== true && current.has(key)) this.flip(participant, key, current.get(key), undefined);
		}
		// `current` is never written again: it is replaced, and a borrowed one belongs to a tracker that must not change.
		this.held.set(participant, kept);
		this.borrowed.delete(participant);
		this.losses.markRestart(participant, current, durable, { kind: 'restart', atPosition: position, scripted: false });
	}

	/**
	 * The step at `position` would have given the participant these items but did not happen (`lost`: the
	 * message was lost): a later need for one names that step — also when an older value is still held, so that
	 * "holds state = SYN_SENT, not ESTABLISHED" can say which step did not set it. The latest reason wins.
	 */
	notGiven(participant: string, keys: readonly string[], position: number, lost: boolean): void {
		for (const key of keys) this.lose(participant, key, lost ? { kind: 'not-given', atPosition: position, lost: true } : { kind: 'not-given', atPosition: position });
	}

	/**
	 * Ends the current step: its net writes and changes, per participant in the order the step first touched them,
	 * keys in the order touched (a key written back to its old value is no change).
	 */
	finishStep(): StepWrites {
		if (this.touched.size === 0) return { writes: [], changes: [] };
		const writes: StateWrite[] = [];
		const changes: ItemChange[] = [];
		for (const [participant, keys] of this.touched) {
			const record = this.held.get(participant);
			const removed: string[] = [];
			for (const [key, before] of keys) {
				const after = record?.get(key);
				const had = before !== ABSENT;
				if (after === undefined) {
					if (had) removed.push(key);
				} else if (!had) {
					changes.push({ participant, key, change: 'added' });
					writes.push({ participant, key, value: after });
				} else if (before !== after) {
					changes.push({ participant, key, change: 'changed' });
					writes.push({ participant, key, value: after });
				}
			}
			for (const key of removed) {
				changes.push({ participant, key, change: 'removed' });
				writes.push({ participant, key, value: undefined });
			}
		}
		this.touched.clear();
		return { writes, changes };
	}

	/** The participant's map, ready to write: copied first when borrowed from the tracker this one was cloned from. */
	private writable(participant: string): Map<string, string | true> {
		let record = this.held.get(participant);
		if (record === undefined) {
			record = new Map();
			this.held.set(participant, record);
		} else if (this.borrowed.delete(participant)) {
			record = new Map(record);
			this.held.set(participant, record);
		}
		return record;
	}

	/** Updates a watched item's bits as its value goes from `before` to `after` (undefined: not held). */
	private flip(participant: string, key: string, before: string | true | undefined, after: string | true | undefined): void {
		const watched = this.watched;
		const bits = watched?.index.get(participant)?.get(key);
		if (watched === undefined || bits === undefined || before === after) return;
		if ((before === undefined) !== (after === undefined)) this.toggle(watched.bits, bits.presence);
		if (bits.values === undefined) return;
		const was = typeof before === 'string' ? bits.values.get(before) : undefined;
		const now = typeof after === 'string' ? bits.values.get(after) : undefined;
		if (was !== undefined) this.toggle(watched.bits, was);
		if (now !== undefined) this.toggle(watched.bits, now);
	}

	private toggle(bits: Uint32Array, bit: number): void {
		bits[bit >>> 5] = (bits[bit >>> 5] ?? 0) ^ (1 << (bit & 31));
		this.flipLog?.push(bit);
	}

	/** Remembers the value a key had before the current step first touched it. */
	private touch(participant: string, record: Map<string, string | true>, key: string): void {
		if (!this.recording) return;
		let keys = this.touched.get(participant);
		if (keys === undefined) {
			keys = new Map();
			this.touched.set(participant, keys);
		}
		if (!keys.has(key)) keys.set(key, record.has(key) ? (record.get(key) as string | true) : ABSENT);
	}

	private lose(participant: string, key: string, cause: LossCause): void {
		this.losses.lose(participant, key, cause);
	}
}
