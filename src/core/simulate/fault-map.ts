import type { BrokenStep, FaultMap, FaultMapOptions, Protocol, Step } from '../model';
import { pathSteps } from './path';
import { PathWalker, planFaults, type FaultPlan, type PositionResult } from './path-walker';
import { runPath } from './run-path';

const NO_FAULTS: FaultPlan = planFaults([]);

/** The fault-free run the faults are measured against. */
interface Baseline {
	path: readonly Step[];
	results: readonly PositionResult[];
	/** Per position, the replies owed after it (`PathWalker.pendingSignature`). */
	pending: readonly string[];
	/** Participant → key → the last position whose step needs it. */
	lastNeed: ReadonlyMap<string, ReadonlyMap<string, number>>;
	/** Participant → key → bit, for every item some step on the path needs. */
	watch: ReadonlyMap<string, ReadonlyMap<string, number>>;
	words: number;
	/** Per position, the watched items held after it. */
	held: readonly Uint32Array[];
	/** Per position, the watched items some later step still needs. */
	live: readonly Uint32Array[];
}

/**
 * For every participant × every gap of the path (restart after −1 … after the last position), and for every
 * message on the path (drop), the steps that one fault breaks (ADR 0005): those whose outcome with the fault is
 * `failed` or `consequence` and differs from the run without it — exactly what `simulate` with that single
 * fault marks `scripted: false` and failed or consequence, since both walk with `PathWalker`.
 *
 * Not one simulation per cell: one fault-free walk goes along the path, and each fault is tried on a
 * copy-on-write copy taken at its position, walked only while it can still differ: until it holds every item
 * a later step needs exactly when the fault-free run does (one bit per needed item) and owes the same replies.
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
	const walker = PathWalker.atStart(protocol, NO_FAULTS, false);
	walker.tracker.watchPresence(baseline.watch, baseline.words);
	for (let after = -1; after < path.length; after++) {
		const step = path[after];
		if (step !== undefined) {
			// A drop at this position is tried from the state before the step; then the fault-free walk takes it.
			if (step.kind === 'message') {
				const faulted = walker.clone(planFaults([{ kind: 'drop', step: step.index }]));
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
				const faulted = walker.clone(planFaults([{ kind: 'restart', participant, after }]));
				faulted.injectRestarts(after);
				const walk = walkFault(baseline, faulted, after + 1);
				breaks = walk.breaks;
				tried[row] = { after, ...walk };
			}
			cells?.push({ participant, after, breaks });
		});
	}
	return { positions: path.length, restarts: rows.flat(), drops };
}

function measureBaseline(protocol: Protocol, path: readonly Step[]): Baseline {
	const results = runPath(protocol, path, [], false).results;
	const lastNeed = lastNeeds(path);
	const watch = new Map<string, Map<string, number>>();
	let bits = 0;
	for (const [participant, keys] of lastNeed) watch.set(participant, new Map([...keys.keys()].map((key) => [key, bits++])));
	const words = Math.ceil(bits / 32);
	const walker = PathWalker.atStart(protocol, NO_FAULTS, false);
	walker.tracker.watchPresence(watch, words);
	const pending: string[] = [];
	const held: Uint32Array[] = [];
	const live: Uint32Array[] = [];
	path.forEach((step, position) => {
		walker.step(step, position);
		pending.push(walker.pendingSignature());
		held.push(walker.tracker.presenceBits().slice());
		const needed = new Uint32Array(words);
		for (const [participant, keys] of lastNeed) {
			for (const [key, last] of keys) {
				const bit = watch.get(participant)?.get(key) ?? 0;
				if (last > position) needed[bit >>> 5] = (needed[bit >>> 5] ?? 0) | (1 << (bit & 31));
			}
		}
		live.push(needed);
	});
	return { path, results, pending, lastNeed, watch, words, held, live };
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
 * item some later step needs exactly when the run does, and owes the same replies. Outcomes read items only
 * through needs, so from there on both give the same outcomes.
 */
function settled(baseline: Baseline, faulted: PathWalker, position: number): boolean {
	const mine = faulted.tracker.presenceBits();
	const theirs = baseline.held[position];
	const live = baseline.live[position];
	if (theirs === undefined || live === undefined) return false;
	for (let word = 0; word < baseline.words; word++) {
		if ((((mine[word] ?? 0) ^ (theirs[word] ?? 0)) & (live[word] ?? 0)) !== 0) return false;
	}
	return faulted.owesAs(baseline.pending[position] ?? '');
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
