import type { FaultTally, Step } from '../model';
import { BaselineDiff } from './baseline-diff';
import { FaultTrail, TrailReader, tallyFrom } from './fault-trail';
import type { PathWalker, PositionResult } from './path-walker';

/** What the fault map's walks read of the fault-free run. */
export interface WalkBaseline {
	path: readonly Step[];
	results: readonly PositionResult[];
	/** Per position, the watched bits the fault-free walk flipped at that step. */
	flips: readonly (readonly number[])[];
	/** Per bit, the last position that reads it; broken calls are bits too, from `callBit` on (read to the end). */
	readUntil: readonly number[];
	expiring: readonly (readonly number[] | undefined)[];
	/** The bit of the call whose request is at position 0; the call at position r is `callBit + r`. */
	callBit: number;
}

/**
 * A row of faults tried one after another (one participant's restarts, or the lost messages), and the walk of
 * the latest one that was walked: the next fault's walk is compared with it as well as with the fault-free run.
 * Also how that walk differs from the fault-free run at `at` (before the step there), brought forward lazily.
 */
export class FaultLane {
	private reader: TrailReader;
	private diff: BaselineDiff;
	private at = 0;

	constructor(private readonly baseline: WalkBaseline) {
		this.reader = new TrailReader(undefined, baseline.flips);
		this.diff = new BaselineDiff(baseline.readUntil);
	}

	/** Brings the difference forward to `position`, one step of both walks at a time. */
	advanceTo(position: number): void {
		const { expiring, flips } = this.baseline;
		while (this.at < position) {
			// Once the walk is the fault-free run again and agrees with it, it stays so: nothing to follow.
			if (this.diff.agrees() && this.reader.at(this.at) === undefined) {
				this.at = position;
				return;
			}
			this.diff.expire(expiring[this.at]);
			this.reader.flipInto(this.diff, this.at);
			for (const bit of flips[this.at] ?? []) this.diff.flip(bit, this.at);
			this.at++;
		}
	}

	/**
	 * What a walk breaks that differs from the fault-free run by `bits` flipped at `position − 1` (a restart then),
	 * when the lane's walk holds exactly the same before `position`: then that walk is not needed, nor even a copy
	 * of the state. Else undefined.
	 */
	joinAtOnce(bits: readonly number[], position: number): FaultTally | undefined {
		this.advanceTo(position);
		return this.diff.differsBy(bits, position - 1) ? tallyFrom(this.reader.at(position), position) : undefined;
	}

	/** A reader of the lane's walk from where the lane is, and how a walk differing from the fault-free run by `diff` differs from it. */
	compare(diff: BaselineDiff, position: number): { reader: TrailReader; versus: BaselineDiff } {
		this.advanceTo(position);
		const versus = this.diff.copy();
		for (const bit of diff.bits()) versus.flip(bit, position - 1);
		return { reader: this.reader.copy(), versus };
	}

	/** From now on the lane follows `trail`, whose walk differed from the fault-free run by `diff` at `at`. */
	follow(trail: FaultTrail, diff: BaselineDiff, at: number): void {
		this.reader = new TrailReader(trail, this.baseline.flips);
		this.diff = diff;
		this.at = at;
	}
}

/**
 * Walks the faulted copy from `first` and tallies the steps the fault broke, until the copy can no longer differ
 * from the fault-free run, or from the lane's latest walk (checked from `checkFrom` on). `diff` is how the copy
 * differs from the fault-free run before `first`, kept up to date from both walks' flips; the same is done
 * against the lane's walk. Outcomes read items only through needs, and calls break only by outcomes: two
 * walks that agree on every watched bit a later step reads and on which open calls are broken give the same
 * outcomes from there on. Agreeing with the fault-free run, the copy breaks nothing more; agreeing with the
 * lane's walk, it breaks what that walk breaks from there, so it stops and its trail points there. The lane
 * then follows this walk (when it stepped at all).
 */
export function walkFault(baseline: WalkBaseline, faulted: PathWalker, first: number, checkFrom: number, diff: BaselineDiff, lane: FaultLane): FaultTally {
	const { path, results, callBit } = baseline;
	const { reader, versus } = lane.compare(diff, first);
	faulted.tracker.logFlips();
	faulted.logBrokenCalls();
	let trail: FaultTrail | undefined;
	let afterFirst: BaselineDiff | undefined;
	let joined: FaultTrail | undefined;
	let position = first;
	for (; position < path.length; position++) {
		if (position >= checkFrom) {
			if (diff.agrees()) break;
			if (versus.agrees()) {
				joined = reader.at(position);
				break;
			}
		}
		const expiring = baseline.expiring[position];
		diff.expire(expiring);
		versus.expire(expiring);
		const result = faulted.step(path[position], position);
		const flips = faulted.tracker.takeFlips();
		for (const request of faulted.takeBrokenCalls()) flips.push(callBit + request);
		for (const bit of flips) {
			diff.flip(bit, position);
			versus.flip(bit, position);
		}
		for (const bit of baseline.flips[position] ?? []) diff.flip(bit, position);
		reader.flipInto(versus, position);
		const outcome = result.outcome;
		trail ??= new FaultTrail(first);
		trail.record(flips, results[position]?.outcome !== outcome && (outcome === 'failed' || outcome === 'consequence'), outcome === 'failed');
		if (position === first) afterFirst = diff.copy();
	}
	if (trail === undefined || afterFirst === undefined) return tallyFrom(joined, position);
	trail.finish(position, joined);
	lane.follow(trail, afterFirst, first + 1);
	return trail.tallyFrom(first);
}
