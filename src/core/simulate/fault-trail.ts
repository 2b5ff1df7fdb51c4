import type { FaultTally } from '../model';
import type { BaselineDiff } from './baseline-diff';

/** Nothing broken. */
export const NO_TALLY: FaultTally = { count: 0, failed: 0, first: undefined };

/**
 * A stretch of one faulted walk, as the fault map records it: for each position from `start` on, the watched
 * bits (and broken calls) the walk flipped and whether it broke the step there; from `end` on, the walk is
 * another walk's trail (`next`) or, with none, the fault-free run. Trails share their tails: a walk that comes
 * to hold exactly what another held at the same position goes on exactly like it, so it stops and points there
 * (a persistent list). Memory is what the walks stepped, never faults × broken steps.
 */
export class FaultTrail {
	/** The flips of position `start + i` are `flips[offsets[i]]` up to `flips[offsets[i + 1]]`. */
	private readonly flips: number[] = [];
	private readonly offsets: number[] = [0];
	/** Positions of the steps broken in this stretch, ascending; `failedBefore[i]`: how many of the first i failed. */
	private readonly breaks: number[] = [];
	private readonly failedBefore: number[] = [0];
	/** Where the stretch ends (exclusive), and what it breaks from there on: set by `finish`. */
	end = Number.POSITIVE_INFINITY;
	next: FaultTrail | undefined;
	private tail: FaultTally = NO_TALLY;

	constructor(readonly start: number) {}

	/** Records the next position's flips and whether its step broke (and failed rather than being a consequence). */
	record(flips: readonly number[], broken: boolean, failed: boolean): void {
		const position = this.start + this.offsets.length - 1;
		for (const bit of flips) this.flips.push(bit);
		this.offsets.push(this.flips.length);
		if (!broken) return;
		this.breaks.push(position);
		this.failedBefore.push((this.failedBefore[this.failedBefore.length - 1] ?? 0) + (failed ? 1 : 0));
	}

	/** Ends the stretch at `end`: from there on the walk is `next` (a trail covering `end`), or the fault-free run. */
	finish(end: number, next: FaultTrail | undefined): void {
		this.end = end;
		this.next = next;
		this.tail = tallyFrom(next, end);
	}

	/** Applies the walk's flips at `position` (inside the stretch) to `diff`. */
	flipInto(diff: BaselineDiff, position: number): void {
		const i = position - this.start;
		const to = this.offsets[i + 1] ?? 0;
		for (let k = this.offsets[i] ?? 0; k < to; k++) diff.flip(this.flips[k] ?? 0, position);
	}

	/** What the walk breaks from `position` (inside the stretch, or its end) on. */
	tallyFrom(position: number): FaultTally {
		let low = 0;
		let high = this.breaks.length;
		while (low < high) {
			const mid = (low + high) >>> 1;
			if ((this.breaks[mid] ?? 0) < position) low = mid + 1;
			else high = mid;
		}
		const failed = (this.failedBefore[this.breaks.length] ?? 0) - (this.failedBefore[low] ?? 0);
		return { count: this.breaks.length - low + this.tail.count, failed: failed + this.tail.failed, first: this.breaks[low] ?? this.tail.first };
	}
}

/** What the walk whose trail is `trail` (none: the fault-free run) breaks from `position` on. */
export function tallyFrom(trail: FaultTrail | undefined, position: number): FaultTally {
	return trail === undefined ? NO_TALLY : trail.tallyFrom(position);
}

/**
 * Reads a walk along its trail and the trails it joined, position by position: where it is at a position,
 * and the flips it made there (`baseline`: the fault-free run's, once the trail has joined it).
 */
export class TrailReader {
	constructor(private trail: FaultTrail | undefined, private readonly baseline: readonly (readonly number[])[]) {}

	/** The trail covering `position` (positions only grow), or undefined where the walk is the fault-free run. */
	at(position: number): FaultTrail | undefined {
		while (this.trail !== undefined && position >= this.trail.end) this.trail = this.trail.next;
		return this.trail;
	}

	/** Applies the walk's flips at `position` to `diff`. */
	flipInto(diff: BaselineDiff, position: number): void {
		const trail = this.at(position);
		if (trail !== undefined) trail.flipInto(diff, position);
		else for (const bit of this.baseline[position] ?? []) diff.flip(bit, position);
	}

	/** A reader of the same walk from where this one is. */
	copy(): TrailReader {
		return new TrailReader(this.trail, this.baseline);
	}
}
