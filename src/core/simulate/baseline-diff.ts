import type { Step } from '../model';
import type { WatchIndex } from './state-tracker';

/** The bits the fault map watches: one per needed item, one per value a need names (see `StateTracker.watchPresence`). */
export interface WatchedBits {
	watch: WatchIndex;
	/** Per bit, the last path position whose step reads it. */
	lastRead: readonly number[];
	/** Per bit, the participant and key it belongs to, and whether it is the item's presence (not one of its values). */
	owner: readonly string[];
	key: readonly string[];
	presence: readonly boolean[];
	/** Per position p, the bits whose last reader is p: after p no step reads them. */
	expiring: readonly (readonly number[] | undefined)[];
}

/** A bit for every item some step needs, and one for every value a need names, with who reads them last. */
export function watchedBits(path: readonly Step[]): WatchedBits {
	const watch = new Map<string, Map<string, { presence: number; values?: Map<string, number> }>>();
	const lastRead: number[] = [];
	const owner: string[] = [];
	const keyOf: string[] = [];
	const presence: boolean[] = [];
	const newBit = (participant: string, key: string, isPresence: boolean, position: number): number => {
		lastRead.push(position);
		owner.push(participant);
		keyOf.push(key);
		presence.push(isPresence);
		return lastRead.length - 1;
	};
	path.forEach((step, position) => {
		for (const need of step.needs) {
			let keys = watch.get(need.participant);
			if (keys === undefined) {
				keys = new Map();
				watch.set(need.participant, keys);
			}
			need.keys.forEach((key, index) => {
				let bits = keys.get(key);
				if (bits === undefined) {
					bits = { presence: newBit(need.participant, key, true, position) };
					keys.set(key, bits);
				}
				lastRead[bits.presence] = position;
				const value = need.values?.[index] ?? true;
				if (value === true) return;
				bits.values ??= new Map();
				const bit = bits.values.get(value) ?? newBit(need.participant, key, false, position);
				bits.values.set(value, bit);
				lastRead[bit] = position;
			});
		}
	});
	const expiring: number[][] = [];
	lastRead.forEach((last, bit) => (expiring[last] ??= []).push(bit));
	return { watch, lastRead, owner, key: keyOf, presence, expiring };
}

/**
 * How a faulted walk differs from another walk (the fault-free one, or another faulted one) on the watched bits
 * some later step still reads, kept up to date one step at a time from both walks' flips: so "do they agree
 * again?" costs nothing per step, and no copy of the bits is kept per position (memory stays linear in the
 * path). Only live bits are kept: a bit no later step reads can never change an outcome again.
 */
export class BaselineDiff {
	private readonly differing: Set<number>;

	/** `lastRead`: per bit, the last position whose step reads it. */
	constructor(private readonly lastRead: readonly number[], differing?: Iterable<number>) {
		this.differing = new Set(differing);
	}

	/** Whether every bit a later step reads agrees. */
	agrees(): boolean {
		return this.differing.size === 0;
	}

	/** The bits that differ and are still read. */
	bits(): Iterable<number> {
		return this.differing;
	}

	/** An independent copy. */
	copy(): BaselineDiff {
		return new BaselineDiff(this.lastRead, this.differing);
	}

	/**
	 * Whether the walk this compares with the fault-free run differs from it exactly by `bits` flipped at
	 * `position` (those still read after it): the two walks then agree. Allocates nothing.
	 */
	differsBy(bits: readonly number[], position: number): boolean {
		let live = 0;
		for (const bit of bits) {
			if ((this.lastRead[bit] ?? -1) <= position) continue;
			if (!this.differing.has(bit)) return false;
			live++;
		}
		return live === this.differing.size;
	}

	/** Moving to `position`: the bits last read there are read by no later step once it is done. */
	expire(bits: readonly number[] | undefined): void {
		if (bits === undefined || this.differing.size === 0) return;
		for (const bit of bits) this.differing.delete(bit);
	}

	/** One walk flipped `bit` at `position`: where they agreed they now differ, and the other way round. */
	flip(bit: number, position: number): void {
		// A bit no step after this one reads is dead: it never counts again.
		if ((this.lastRead[bit] ?? -1) <= position) return;
		if (!this.differing.delete(bit)) this.differing.add(bit);
	}
}
