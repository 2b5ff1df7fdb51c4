import type { BrokenStep, FaultMap, FaultMapOptions, Protocol, Step } from '../model';
import { pathSteps } from './path';
import { PathWalker, planFaults, type FaultPlan, type PositionResult } from './path-walker';
import { runPath } from './run-path';

const NO_FAULTS: FaultPlan = planFaults([]);

/**
 * For every participant × every gap of the path (restart after −1 … after the last position), and for every
 * message on the path (drop), the steps that one fault breaks (ADR 0005): those whose outcome with the fault is
 * `failed` or `consequence` and differs from the run without it — exactly what `simulate` with that single
 * fault marks `scripted: false` and failed or consequence, since both walk with `PathWalker`.
 *
 * Not one simulation per cell: one walk without faults goes along the path, and each fault is tried on a copy
 * taken at its position, walked beside a fault-free copy only until both hold the same keys and owe the same
 * replies (from there on their outcomes agree). A restart that takes no key a later step needs is not walked.
 */
export function faultMap(protocol: Protocol, options: FaultMapOptions = {}): FaultMap {
	const path = pathSteps(protocol, options.branches ?? {});
	const baseline = runPath(protocol, path, [], false).results;
	const lastNeed = lastNeeds(path);
	const durable = new Map(Object.keys(protocol.durable).map((id) => [id, new Set((protocol.durable[id] ?? []).map((item) => item.key))]));
	const participants = protocol.participants.map((participant) => participant.id);
	const rows: FaultMap['restarts'][] = participants.map(() => []);
	const drops: FaultMap['drops'] = [];
	const walker = PathWalker.atStart(protocol, NO_FAULTS, false);
	const tryFault = (plan: FaultPlan, first: number, inject: number | undefined): BrokenStep[] => {
		const faulted = walker.clone(plan);
		if (inject !== undefined) faulted.injectRestarts(inject);
		return brokenFrom(path, baseline, faulted, walker.clone(NO_FAULTS), first);
	};
	for (let after = -1; after < path.length; after++) {
		const step = path[after];
		if (step !== undefined) {
			// A drop at this position is tried from the state before the step; then the fault-free walk takes it.
			if (step.kind === 'message') {
				drops.push({ position: after, step: step.index, breaks: tryFault(planFaults([{ kind: 'drop', step: step.index }]), after, undefined) });
			}
			walker.step(step, after);
		}
		participants.forEach((participant, row) => {
			const hurts = takesNeededKey(walker, participant, after, lastNeed.get(participant), durable.get(participant));
			const breaks = hurts ? tryFault(planFaults([{ kind: 'restart', participant, after }]), after + 1, after) : [];
			rows[row]?.push({ participant, after, breaks });
		});
	}
	return { positions: path.length, restarts: rows.flat(), drops };
}

/** Walks the faulted and the fault-free copies from `first` until they agree, collecting the steps the fault broke. */
function brokenFrom(path: readonly Step[], baseline: readonly PositionResult[], faulted: PathWalker, clean: PathWalker, first: number): BrokenStep[] {
	const breaks: BrokenStep[] = [];
	for (let position = first; position < path.length; position++) {
		if (position > first && faulted.agreesWith(clean)) break;
		const step = path[position] as Step;
		const { result } = faulted.step(step, position);
		clean.step(step, position);
		if (result.outcome !== 'failed' && result.outcome !== 'consequence') continue;
		if (baseline[position]?.outcome === result.outcome) continue;
		const broken: BrokenStep = { position, step: step.index, outcome: result.outcome };
		if (result.failure !== undefined) broken.failure = result.failure;
		if (result.consequenceOf !== undefined) broken.consequenceOf = result.consequenceOf;
		breaks.push(broken);
	}
	return breaks;
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
