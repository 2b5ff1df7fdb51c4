import type { BrokenStep, FaultMap, FaultMapOptions, Fault, ParticipantState, Protocol, Step } from '../model';
import { pathSteps } from './path';
import { runPath, type PathRun } from './run-path';

/**
 * For every participant × every gap of the path (restart after −1 … after the last position), and for every
 * message on the path (drop), the steps that single fault breaks (ADR 0005): those whose outcome with the
 * fault is `failed` or `consequence` and differs from the run without it. Each cell is what `simulate` with
 * that one fault marks `scripted: false` and failed/consequence, because both use the same walk.
 *
 * Cheap by construction: a restart only takes keys away, and outcomes read keys only through needs, so a restart
 * that takes no key a later step needs breaks nothing and is not walked at all.
 */
export function faultMap(protocol: Protocol, options: FaultMapOptions = {}): FaultMap {
	const path = pathSteps(protocol, options.branches ?? {});
	const baseline = runPath(protocol, path, [], true);
	const lastNeed = lastNeeds(path);
	const restarts: FaultMap['restarts'] = [];
	for (const { id: participant } of protocol.participants) {
		const needed = lastNeed.get(participant);
		for (let after = -1; after < path.length; after++) {
			const held = after < 0 ? baseline.start : baseline.states[after]?.state;
			const hurts = needed !== undefined && takesNeededKey(protocol, held, participant, needed, after);
			const breaks = hurts ? brokenSteps(path, baseline, runPath(protocol, path, [{ kind: 'restart', participant, after }], false)) : [];
			restarts.push({ participant, after, breaks });
		}
	}
	const drops: FaultMap['drops'] = [];
	path.forEach((step, position) => {
		if (step.kind !== 'message') return;
		const fault: Fault = { kind: 'drop', step: step.index };
		drops.push({ position, step: step.index, breaks: brokenSteps(path, baseline, runPath(protocol, path, [fault], false)) });
	});
	return { positions: path.length, restarts, drops };
}

/** The positions whose outcome the fault turned into `failed` or `consequence`. */
function brokenSteps(path: readonly Step[], baseline: PathRun, faulted: PathRun): BrokenStep[] {
	const breaks: BrokenStep[] = [];
	faulted.results.forEach((result, position) => {
		if (result.outcome !== 'failed' && result.outcome !== 'consequence') return;
		if (baseline.results[position]?.outcome === result.outcome) return;
		const broken: BrokenStep = { position, step: path[position]?.index ?? -1, outcome: result.outcome };
		if (result.failure !== undefined) broken.failure = result.failure;
		if (result.consequenceOf !== undefined) broken.consequenceOf = result.consequenceOf;
		breaks.push(broken);
	});
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

/** Whether a restart after `after` takes from the participant a non-durable key a later step needs. */
function takesNeededKey(protocol: Protocol, state: ParticipantState | undefined, participant: string, needed: ReadonlyMap<string, number>, after: number): boolean {
	const items = state?.[participant];
	if (items === undefined) return false;
	const durable = protocol.durable[participant] ?? [];
	for (const key of Object.keys(items)) {
		if ((needed.get(key) ?? -2) > after && !durable.some((item) => item.key === key)) return true;
	}
	return false;
}
