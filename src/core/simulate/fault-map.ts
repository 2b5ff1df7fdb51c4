import type { BaselineFailure, BrokenStep, FaultMap, FaultMapOptions, Protocol, Step } from '../model';
import { callStructure, type CallStructure } from './calls';
import { pathSteps } from './path';
import { PathWalker, planFaults, type FaultPlan, type PositionResult } from './path-walker';
import { runPath } from './run-path';
import type { WatchIndex } from './state-tracker';

const NO_FAULTS: FaultPlan = planFaults([]);

/** The fault-free run the faults are measured against. */
interface Baseline {
	path: readonly Step[];
	calls: CallStructure;
	results: readonly PositionResult[];
	/** Participant → key → the last position whose step needs it. */
	lastNeed: ReadonlyMap<string, ReadonlyMap<string, number>>;
	/** The bits of every item (and every value) some step on the path needs. */
	watch: WatchIndex;
	/** Per bit, the last position whose step reads it. */
	lastRead: readonly number[];
	words: number;
	/** Per position, the watched items held after it. */
	held: readonly Uint32Array[];
	/** Per position, the watched items some later step still needs. */
	live: readonly Uint32Array[];
}

/**
 * For every participant × every gap of the path (restart after −1 … after the last position), and for every
 * message to another participant on the path that the note does not already lose (drop), the steps that one fault breaks (ADR 0005): those whose
 * outcome with the fault is `failed` or `consequence` and differs from the run without it — exactly what
 * `simulate` with that single fault marks `scripted: false` and failed or consequence, since both walk with
 * `PathWalker`. `baseline` lists what fails or is lost without any fault.
 *
 * Not one simulation per cell: one fault-free walk goes along the path, and each fault is tried on a
 * copy-on-write copy taken at its position, walked only while it can still differ: until it holds every item
 * (and value) a later step needs exactly when the fault-free run does (one bit each) and no open call is broken.
 * A restart that takes no item a later step needs is not walked.
 */
export function faultMap(protocol: Protocol, options: FaultMapOptions = {}): FaultMap {
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
	for (let after = -1; after < path.length; after++) {
		const step = path[after];
		if (step !== undefined) {
			// A drop at this position is tried from the state before the step; then the fault-free walk takes it.
			if (step.kind === 'message' && step.from !== step.to && step.drop !== true) {
				const faulted = walker.clone(planFaults([{ kind: 'drop', step: step.index }]), baseline.results);
				drops.push({ position: after, step: step.index, breaks: walkFault(baseline, faulted, after).breaks });
			}
			walker.step(step, after);
		}
		participants.forEach((participant, row) => {
			const cells = rows[row];
			const previous = tried[row];
			tried[row] = undefined;
			let breaks: BrokenStep[] = [];
			if (previous !== undefined && previous.after === after - 1 && !previous.differing.has(after) && step !== undefined && !touches(step, participant)) {
				// A restart one step later leaves the same state, since this step went alike and left the
				// participant alone: the same steps break, only the restart's position in their causes moves.
				breaks = previous.breaks.map((broken) => movedRestart(broken, participant, after));
				tried[row] = { after, breaks, differing: previous.differing };
			} else if (takesNeededKey(walker, participant, after, baseline.lastNeed.get(participant), durable.get(participant))) {
				const faulted = walker.clone(planFaults([{ kind: 'restart', participant, after }]), baseline.results);
				faulted.injectRestarts(after);
				const walk = walkFault(baseline, faulted, after + 1);
				breaks = walk.breaks;
				tried[row] = { after, ...walk };
			}
			cells?.push({ participant, after, breaks });
		});
	}
	return { positions: path.length, baseline: baselineFailures(baseline), restarts: rows.flat(), drops };
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
	const lastNeed = lastNeeds(path);
	const { watch, lastRead } = watchIndex(path);
	const words = Math.ceil(lastRead.length / 32);
	const walker = PathWalker.atStart(protocol, calls, NO_FAULTS, false);
	walker.tracker.watchPresence(watch, words);
	const held: Uint32Array[] = [];
	const live: Uint32Array[] = [];
	path.forEach((step, position) => {
		walker.step(step, position);
		held.push(walker.tracker.presenceBits().slice());
		const needed = new Uint32Array(words);
		lastRead.forEach((last, bit) => {
			if (last > position) needed[bit >>> 5] = (needed[bit >>> 5] ?? 0) | (1 << (bit & 31));
		});
		live.push(needed);
	});
	return { path, calls, results, lastNeed, watch, lastRead, words, held, live };
}

/** A bit for every item some step needs, and one for every value a need names; per bit, the last step reading it. */
function watchIndex(path: readonly Step[]): { watch: WatchIndex; lastRead: number[] } {
	const watch = new Map<string, Map<string, { presence: number; values?: Map<string, number> }>>();
	const lastRead: number[] = [];
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
					bits = { presence: lastRead.length };
					lastRead.push(position);
					keys.set(key, bits);
				}
				lastRead[bits.presence] = position;
				const value = need.values?.[index] ?? true;
				if (value === true) return;
				bits.values ??= new Map();
				let bit = bits.values.get(value);
				if (bit === undefined) {
					bit = lastRead.length;
					lastRead.push(position);
					bits.values.set(value, bit);
				}
				lastRead[bit] = position;
			});
		}
	});
	return { watch, lastRead };
}

/** What walking one fault gave: the steps it broke, and every position whose outcome differs (broken or not). */
interface FaultWalk {
	breaks: BrokenStep[];
	differing: ReadonlySet<number>;
}

/**
 * Walks the faulted copy from `first` and collects the steps the fault broke, until the copy can no longer
 * differ from the fault-free run.
 */
function walkFault(baseline: Baseline, faulted: PathWalker, first: number): FaultWalk {
	const { path, results } = baseline;
	const breaks: BrokenStep[] = [];
	const differing = new Set<number>();
	for (let position = first; position < path.length; position++) {
		if (position > first && settled(baseline, faulted, position - 1)) break;
		const step = path[position];
		const result = faulted.step(step, position);
		if (results[position]?.outcome === result.outcome) continue;
		differing.add(position);
		if (result.outcome !== 'failed' && result.outcome !== 'consequence') continue;
		const broken: BrokenStep = { position, step: step.index, outcome: result.outcome };
		if (result.failure !== undefined) broken.failure = result.failure;
		if (result.consequenceOf !== undefined) broken.consequenceOf = result.consequenceOf;
		breaks.push(broken);
	}
	return { breaks, differing };
}

/** Whether a step writes anything of the participant (adds, removes or restarts it). */
function touches(step: Step, participant: string): boolean {
	return step.effects.some((effect) => effect.participant === participant);
}

/** The same broken step with the injected restart of `participant` moved to right after `after`. */
function movedRestart(broken: BrokenStep, participant: string, after: number): BrokenStep {
	const cause = broken.failure?.cause;
	if (broken.failure === undefined || cause?.kind !== 'restart' || cause.scripted || broken.failure.participant !== participant) return broken;
	return { ...broken, failure: { ...broken.failure, cause: { kind: 'restart', atPosition: after, scripted: false } } };
}

/**
 * Whether, after `position`, the faulted copy can no longer differ from the fault-free run: it holds every
 * item (and value) some later step needs exactly when the run does, and no open call is broken (the fault-free
 * run breaks none). Outcomes read items only through needs, so from there on both give the same outcomes.
 */
function settled(baseline: Baseline, faulted: PathWalker, position: number): boolean {
	const mine = faulted.tracker.presenceBits();
	const theirs = baseline.held[position];
	const live = baseline.live[position];
	if (theirs === undefined || live === undefined) return false;
	for (let word = 0; word < baseline.words; word++) {
		if ((((mine[word] ?? 0) ^ (theirs[word] ?? 0)) & (live[word] ?? 0)) !== 0) return false;
	}
	return faulted.noBrokenCalls();
}

/** Participant → key → the last path position whose step needs it. */
function lastNeeds(path: readonly Step[]): Map<string, Map<string, number>> {
	const last = new Map<string, Map<string, number>>();
	path.forEach((step, position) => {
		for (const need of step.needs) {
			let keys = last.get(need.participant);
			if (keys === undefined) {
				keys = new Map();
				last.set(need.participant, keys);
			}
			for (const key of need.keys) keys.set(key, position);
		}
	});
	return last;
}

/**
 * Whether a restart after `after` takes from the participant a non-durable key a later step needs. Outcomes read
 * keys only through needs, so a restart that takes none of those leaves every outcome as it was.
 */
function takesNeededKey(walker: PathWalker, participant: string, after: number, needed: ReadonlyMap<string, number> | undefined, durable: ReadonlySet<string> | undefined): boolean {
	if (needed === undefined) return false;
	for (const key of walker.tracker.keysOf(participant)) {
		if ((needed.get(key) ?? -2) > after && durable?.has(key) !== true) return true;
	}
	return false;
}
