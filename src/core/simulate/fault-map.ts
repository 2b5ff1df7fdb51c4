import type { BaselineFailure, BrokenStep, FaultMap, FaultMapOptions, Protocol, Step } from '../model';
import { callStructure, type CallStructure } from './calls';
import { pathSteps } from './path';
import { PathWalker, planFaults, type FaultPlan, type PositionResult } from './path-walker';
import { runPath } from './run-path';
import { BaselineDiff, watchedBits, type WatchedBits } from './baseline-diff';

const NO_FAULTS: FaultPlan = planFaults([]);

/** The fault-free run the faults are measured against. */
interface Baseline extends WatchedBits {
	path: readonly Step[];
	calls: CallStructure;
	results: readonly PositionResult[];
	words: number;
	/** Per position, the watched bits the fault-free walk flipped at that step (with its scripted restarts). */
	flips: readonly (readonly number[])[];
}

/**
 * For every participant × every gap of the path (restart after −1 … after the last position), and for every
 * message to another participant on the path that the note does not already lose (drop), the steps that one
 * fault breaks (ADR 0005): those whose outcome with the fault is `failed` or `consequence` and differs from the
 * run without it — exactly what `simulate` with that single fault marks `scripted: false` and failed or
 * consequence, since both walk with `PathWalker`. `baseline` lists what fails or is lost without any fault.
 *
 * Not one simulation per cell: one fault-free walk goes along the path, and each fault is tried on a
 * copy-on-write copy taken at its position, walked only while it can still differ: until it holds every item
 * (and value) a later step needs exactly when the fault-free run does and no open call is broken — kept as a
 * running difference (`BaselineDiff`), so checking costs nothing per step and nothing is stored per position.
 * A restart that takes no item a later step needs is not walked (a running count per participant says so).
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
	const rows: FaultMap['restarts'][] = participants.map(() => []);
	// Per participant, the restart last walked: the next one can often reuse it.
	const tried: (({ after: number } & FaultWalk) | undefined)[] = participants.map(() => undefined);
	const drops: FaultMap['drops'] = [];
	const walker = PathWalker.atStart(protocol, baseline.calls, NO_FAULTS, false);
	walker.tracker.watchPresence(baseline.watch, baseline.words);
	const needed = new NeededHeld(baseline, durable, walker.tracker.presenceBits());
	for (let after = -1; after < path.length; after++) {
		const step = path[after];
		if (step !== undefined) {
			// A drop at this position is tried from the state before the step; then the fault-free walk takes it.
			if (step.kind === 'message' && step.from !== step.to && step.drop !== true) {
				const faulted = walker.clone(planFaults([{ kind: 'drop', step: step.index }]), baseline.results);
				drops.push({ position: after, step: step.index, breaks: walkFault(baseline, faulted, after, new BaselineDiff(baseline.lastRead)).breaks });
			}
			needed.expire(after);
			walker.step(step, after);
			needed.flip(after, walker.tracker.presenceBits());
		}
		participants.forEach((participant, row) => {
			const cells = rows[row];
			const previous = tried[row];
			tried[row] = undefined;
			let breaks: BrokenStep[] = [];
			if (previous !== undefined && previous.after === after - 1 && !previous.differing.has(after) && step !== undefined && leavesAlike(baseline, step, participant, after)) {
				// A restart one step later leaves the same state as far as later steps can tell, since this step
				// went alike and gave the participant nothing a later step needs: the same steps break, only the
				// restart's position in their causes moves.
				breaks = previous.breaks.map((broken) => movedRestart(broken, participant, after));
				tried[row] = { after, breaks, differing: previous.differing };
			} else if (needed.holdsAny(participant)) {
				// The restart happens here, before the walk: no need to plan it, and only the needed items are flipped.
				const faulted = walker.clone(NO_FAULTS, baseline.results);
				faulted.tracker.logFlips();
				faulted.tracker.restartQuickly(participant, after, needed.keysOf(participant));
				const diff = new BaselineDiff(baseline.lastRead);
				for (const bit of faulted.tracker.takeFlips()) diff.flip(bit, after);
				const walk = walkFault(baseline, faulted, after + 1, diff);
				breaks = walk.breaks;
				tried[row] = { after, ...walk };
			}
			cells?.push({ participant, after, breaks });
		});
		yield after + 2;
	}
	return { positions: path.length, baseline: baselineFailures(baseline), restarts: rows.flat(), drops };
}

/**
 * Per participant, the non-durable items a later step needs that the fault-free walk holds now (as bits): a
 * restart of a participant holding none of them changes no outcome, and one holding some needs to take only
 * those (`StateTracker.restartQuickly`). Kept up to date from the walk's flips.
 */
class NeededHeld {
	private readonly held = new Map<string, Set<number>>();
	private readonly durableBit: readonly boolean[];

	constructor(private readonly baseline: Baseline, durable: ReadonlyMap<string, ReadonlySet<string>>, bits: Uint32Array) {
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
function durableBits(baseline: Baseline, durable: ReadonlyMap<string, ReadonlySet<string>>): boolean[] {
	const result: boolean[] = baseline.lastRead.map(() => false);
	for (const [participant, keys] of baseline.watch) {
		for (const [key, bits] of keys) if (durable.get(participant)?.has(key) === true) result[bits.presence] = true;
	}
	return result;
}

function isSet(bits: Uint32Array, bit: number): boolean {
	return ((bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0;
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
	return { ...bits, path, calls, results, words, flips };
}

/** What walking one fault gave: the steps it broke, and every position whose outcome differs (broken or not). */
interface FaultWalk {
	breaks: BrokenStep[];
	differing: ReadonlySet<number>;
}

/**
 * Walks the faulted copy from `first` and collects the steps the fault broke, until the copy can no longer
 * differ from the fault-free run: every watched bit a later step reads agrees (`diff`, kept from both walks'
 * flips) and no open call is broken (the fault-free run breaks none). Outcomes read items only through needs,
 * so from there on both give the same outcomes.
 */
function walkFault(baseline: Baseline, faulted: PathWalker, first: number, diff: BaselineDiff): FaultWalk {
	const { path, results } = baseline;
	const breaks: BrokenStep[] = [];
	const differing = new Set<number>();
	faulted.tracker.logFlips();
	for (let position = first; position < path.length; position++) {
		if (position > first && diff.agrees() && faulted.noBrokenCalls()) break;
		diff.expire(baseline.expiring[position]);
		const step = path[position];
		const result = faulted.step(step, position);
		for (const bit of faulted.tracker.takeFlips()) diff.flip(bit, position);
		for (const bit of baseline.flips[position] ?? []) diff.flip(bit, position);
		if (results[position]?.outcome === result.outcome) continue;
		differing.add(position);
		if (result.outcome !== 'failed' && result.outcome !== 'consequence') continue;
		const broken: BrokenStep = { position, step: step.index, outcome: result.outcome };
		if (result.failure !== undefined) broken.failure = result.failure;
		if (result.consequenceOf !== undefined) broken.consequenceOf = result.consequenceOf;
		if (result.inside === true) broken.inside = true;
		breaks.push(broken);
	}
	return { breaks, differing };
}

/**
 * Whether a restart of the participant right after the step leaves what later steps can read as a restart
 * right before it did: the step restarts nothing of it, and gives it only items no later step needs (a removal
 * takes what either restart took already).
 */
function leavesAlike(baseline: Baseline, step: Step, participant: string, after: number): boolean {
	return step.effects.every((effect) => {
		if (effect.participant !== participant || effect.kind === 'remove') return true;
		if (effect.kind === 'restart') return false;
		const keys = baseline.watch.get(participant);
		return effect.items.every((item) => {
			const bit = keys?.get(item.key)?.presence;
			return bit === undefined || (baseline.lastRead[bit] ?? -1) <= after;
		});
	});
}

/** The same broken step with the injected restart of `participant` moved to right after `after`. */
function movedRestart(broken: BrokenStep, participant: string, after: number): BrokenStep {
	const cause = broken.failure?.cause;
	if (broken.failure === undefined || cause?.kind !== 'restart' || cause.scripted || broken.failure.participant !== participant) return broken;
	return { ...broken, failure: { ...broken.failure, cause: { kind: 'restart', atPosition: after, scripted: false } } };
}
