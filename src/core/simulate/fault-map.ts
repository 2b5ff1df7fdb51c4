import type { BaselineFailure, DropCell, FaultMap, FaultMapOptions, FaultTally, Protocol, RestartCell, Step } from '../model';
import { callStructure, type CallStructure } from './calls';
import { rememberSource } from './breaks-of';
import { NO_TALLY } from './fault-trail';
import { FaultLane, walkFault, type WalkBaseline } from './fault-walk';
import { NeededHeld } from './needed-held';
import { pathSteps } from './path';
import { PathWalker, planFaults, type FaultPlan } from './path-walker';
import { runPath } from './run-path';
import { BaselineDiff, watchedBits, type WatchedBits } from './baseline-diff';

const NO_FAULTS: FaultPlan = planFaults([]);

/** The fault-free run the faults are measured against. */
interface Baseline extends WatchedBits, WalkBaseline {
	calls: CallStructure;
	words: number;
}

/**
 * For every participant × every gap of the path (restart after −1 … after the last position), and for every
 * message to another participant on the path that the note does not already lose (drop), what that one fault
 * breaks (ADR 0005): how many steps have an outcome `failed` or `consequence` with the fault that differs from
 * the run without it, how many of them failed, and the first — exactly what `simulate` with that single fault
 * marks `scripted: false` and failed or consequence, since both walk with `PathWalker`; `breaksOf` lists them.
 * `baseline` lists what fails or is lost without any fault.
 *
 * Not one simulation per cell: one fault-free walk goes along the path, and each fault is tried on a
 * copy-on-write copy taken at its position, walked only while it can still differ: until it holds every item
 * (and value) a later step needs exactly when the fault-free run does and no open call is broken — kept as a
 * running difference (`BaselineDiff`), so checking costs nothing per step and nothing is stored per position —
 * or until it holds exactly what the previous fault of its row held at the same position: then it breaks what
 * that one breaks from there on, and its trail points to that one's (`walkFault`, ADR 0017). A restart after
 * every step of a session that every later step needs walks a step or two each, and the map holds three
 * numbers a cell, not the n²/2 steps broken. A restart that takes no item a later step needs is not walked.
 */
export function faultMap(protocol: Protocol, options: FaultMapOptions = {}): FaultMap {
	const steps = faultMapInSlices(protocol, options);
	for (;;) {
		const next = steps.next();
		if (next.done === true) return next.value;
	}
}

/**
 * `faultMap` as a computation that pauses after each gap of the path, yielding how many of the path's
 * positions are done (of `positions + 1`), and returns the map: a caller on a UI thread runs it in slices
 * between frames and drops it to cancel. Nothing it holds changes while it is paused.
 */
export function* faultMapInSlices(protocol: Protocol, options: FaultMapOptions = {}): Generator<number, FaultMap, void> {
	const path = pathSteps(protocol, options.branches ?? {});
	const baseline = measureBaseline(protocol, path);
	const durable = new Map(Object.keys(protocol.durable).map((id) => [id, new Set((protocol.durable[id] ?? []).map((item) => item.key))]));
	const participants = protocol.participants.map((participant) => participant.id);
	const rows: RestartCell[][] = participants.map(() => []);
	const lanes = participants.map(() => new FaultLane(baseline));
	const dropLane = new FaultLane(baseline);
	const drops: DropCell[] = [];
	const walker = PathWalker.atStart(protocol, baseline.calls, NO_FAULTS, false);
	walker.tracker.watchPresence(baseline.watch, baseline.words);
	const needed = new NeededHeld(baseline, durable, walker.tracker.presenceBits());
	for (let after = -1; after < path.length; after++) {
		const step = path[after];
		if (step !== undefined) {
			// A drop at this position is tried from the state before the step; then the fault-free walk takes it.
			if (step.kind === 'message' && step.from !== step.to && step.drop !== true) {
				const faulted = walker.clone(planFaults([{ kind: 'drop', step: step.index }]), baseline.results);
				const tally = walkFault(baseline, faulted, after, after + 1, new BaselineDiff(baseline.readUntil), dropLane);
				drops.push({ position: after, step: step.index, count: tally.count, failed: tally.failed, first: tally.first });
			}
			needed.expire(after);
			walker.step(step, after);
			needed.flip(after, walker.tracker.presenceBits());
		}
		participants.forEach((participant, row) => {
			let tally = NO_TALLY;
			if (needed.holdsAny(participant)) {
				// What the restart takes that a later step needs: the bits it clears. When the row's previous walk
				// differs from the fault-free run by just these here, this restart breaks what that one does.
				const bits = needed.bitsOf(participant, walker.tracker);
				const lane = lanes[row];
				tally = lane.joinAtOnce(bits, after + 1) ?? walkRestart(baseline, walker, participant, after, needed, bits, lane);
			}
			rows[row]?.push({ participant, after, count: tally.count, failed: tally.failed, first: tally.first });
		});
		yield after + 2;
	}
	const map: FaultMap = { positions: path.length, baseline: baselineFailures(baseline), restarts: rows.flat(), drops };
	rememberSource(map, { protocol, path, calls: baseline.calls, results: baseline.results });
	return map;
}

/**
 * Walks a restart of `participant` right after `after`, on a copy of the fault-free walk there. The restart
 * happens before the walk: no need to plan it, and only the needed items are flipped (`bits`: theirs).
 */
function walkRestart(baseline: Baseline, walker: PathWalker, participant: string, after: number, needed: NeededHeld, bits: readonly number[], lane: FaultLane): FaultTally {
	const diff = new BaselineDiff(baseline.readUntil);
	for (const bit of bits) diff.flip(bit, after);
	const faulted = walker.clone(NO_FAULTS, baseline.results);
	faulted.tracker.restartQuickly(participant, after, needed.keysOf(participant));
	return walkFault(baseline, faulted, after + 1, after + 1, diff, lane);
}

/** What fails or is lost in the run without injected faults. */
function baselineFailures({ path, results }: Baseline): BaselineFailure[] {
	const failures: BaselineFailure[] = [];
	results.forEach((result, position) => {
		if (result.outcome !== 'failed' && result.outcome !== 'dropped') return;
		const failure: BaselineFailure = { position, step: path[position]?.index ?? -1, outcome: result.outcome };
		if (result.failure !== undefined) failure.failure = result.failure;
		failures.push(failure);
	});
	return failures;
}

function measureBaseline(protocol: Protocol, path: readonly Step[]): Baseline {
	const calls = callStructure(path);
	const results = runPath(protocol, path, calls, [], false).results;
	const bits = watchedBits(path);
	const words = Math.ceil(bits.lastRead.length / 32);
	const walker = PathWalker.atStart(protocol, calls, NO_FAULTS, false);
	walker.tracker.watchPresence(bits.watch, words);
	walker.tracker.logFlips();
	const flips = path.map((step, position) => {
		walker.step(step, position);
		return walker.tracker.takeFlips();
	});
	// Broken calls are compared like items: one bit per request position, after the items' bits, read to the end.
	const callBit = bits.lastRead.length;
	const readUntil = [...bits.lastRead, ...path.map(() => path.length)];
	return { ...bits, path, calls, results, words, flips, callBit, readUntil };
}
