import type { WatchedBits } from './baseline-diff';
import type { StateTracker } from './state-tracker';

/**
 * Per participant, the non-durable items a later step needs that the fault-free walk holds now (as bits): a
 * restart of a participant holding none of them changes no outcome, and one holding some needs to take only
 * those (`StateTracker.restartQuickly`). Kept up to date from the walk's flips.
 */
export class NeededHeld {
	private readonly held = new Map<string, Set<number>>();
	private readonly durableBit: readonly boolean[];

	constructor(private readonly baseline: WatchedBits & { flips: readonly (readonly number[])[] }, durable: ReadonlyMap<string, ReadonlySet<string>>, bits: Uint32Array) {
		this.durableBit = durableBits(baseline, durable);
		baseline.lastRead.forEach((_, bit) => {
			if (this.counts(bit, -1) && isSet(bits, bit)) this.set(bit, true);
		});
	}

	/** Whether the participant holds a non-durable item some later step needs. */
	holdsAny(participant: string): boolean {
		return (this.held.get(participant)?.size ?? 0) > 0;
	}

	/** Those items' keys. */
	*keysOf(participant: string): Iterable<string> {
		for (const bit of this.held.get(participant) ?? []) yield this.baseline.key[bit] ?? '';
	}

	/**
	 * The watched bits set for those items in `tracker` (the fault-free walk): each one's presence, and its value's
	 * bit when a need names the value held. A restart of the participant clears exactly these (`restartQuickly`).
	 */
	bitsOf(participant: string, tracker: StateTracker): number[] {
		const bits: number[] = [];
		const keys = this.baseline.watch.get(participant);
		for (const presence of this.held.get(participant) ?? []) {
			const key = this.baseline.key[presence] ?? '';
			const watched = keys?.get(key);
			if (watched === undefined) continue;
			bits.push(watched.presence);
			const value = tracker.valueOf(participant, key);
			const valueBit = typeof value === 'string' ? watched.values?.get(value) : undefined;
			if (valueBit !== undefined) bits.push(valueBit);
		}
		return bits;
	}

	/** Before the step at `position`: the items last needed there are needed by no later step once it is done. */
	expire(position: number): void {
		for (const bit of this.baseline.expiring[position] ?? []) this.set(bit, false);
	}

	/** After the step at `position`: what it gave or took. */
	flip(position: number, bits: Uint32Array): void {
		for (const bit of this.baseline.flips[position] ?? []) if (this.counts(bit, position)) this.set(bit, isSet(bits, bit));
	}

	private counts(bit: number, position: number): boolean {
		return this.baseline.presence[bit] === true && this.durableBit[bit] !== true && (this.baseline.lastRead[bit] ?? -1) > position;
	}

	private set(bit: number, held: boolean): void {
		const participant = this.baseline.owner[bit] ?? '';
		let bits = this.held.get(participant);
		if (bits === undefined) {
			bits = new Set();
			this.held.set(participant, bits);
		}
		if (held) bits.add(bit);
		else bits.delete(bit);
	}
}

/** Per bit, whether it is the presence of a durable item (a restart never takes it). */
function durableBits(baseline: WatchedBits, durable: ReadonlyMap<string, ReadonlySet<string>>): boolean[] {
	const result: boolean[] = baseline.lastRead.map(() => false);
	for (const [participant, keys] of baseline.watch) {
		for (const [key, bits] of keys) if (durable.get(participant)?.has(key) === true) result[bits.presence] = true;
	}
	return result;
}

function isSet(bits: Uint32Array, bit: number): boolean {
	return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
}
