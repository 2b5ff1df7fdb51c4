import type { AppliedRestart, Effect, Failure, Fault, ItemChange, ParticipantState, Protocol, Step, StepOutcome } from '../model';
import { StateTracker } from './state-tracker';

/** What became of one path position, in data. */
export interface PositionResult {
	outcome: StepOutcome;
	failure?: Failure;
	consequenceOf?: number;
}

/** The state a step left and the restarts right after it (only when a run records frames). */
export interface PositionState {
	state: ParticipantState;
	changes: ItemChange[];
	restarts: AppliedRestart[];
}

/** One run along a path with a set of faults. */
export interface PathRun {
	start: ParticipantState;
	startRestarts: AppliedRestart[];
	results: PositionResult[];
	/** Per position, when asked for: the fault map runs without them, which keeps each of its runs cheap. */
	states: PositionState[];
}

const OK: PositionResult = { outcome: 'ok' };

/**
 * Walks a path applying the semantics of ADR 0005: needs checked before a step's own effects; a step that
 * failed or was dropped applies no effects and leaves its reply a consequence (no effects either); what such a
 * step would have given is recorded as not given; scripted restarts happen whatever the step's outcome, then
 * injected restarts. `simulate` and `faultMap` share this walk, so a fault-map cell equals a simulation.
 */
export function runPath(protocol: Protocol, path: readonly Step[], faults: readonly Fault[], withStates: boolean): PathRun {
	const tracker = new StateTracker(protocol.durable);
	for (const effect of protocol.initial) applyEffect(tracker, effect, null);
	const start = tracker.finishStep().state;
	const { restartsAfter, dropped } = groupFaults(faults);
	const startRestarts = injectRestarts(tracker, restartsAfter.get(-1), -1);
	if (withStates) tracker.finishStep();
	const results: PositionResult[] = [];
	const states: PositionState[] = [];
	// Who owes whom an answer: `replier \n asker` → path position of the request that failed or was lost.
	const pending = new Map<string, number>();
	for (let position = 0; position < path.length; position++) {
		const step = path[position] as Step;
		const result = judge(step, position, tracker, pending, dropped);
		const restarts: AppliedRestart[] = [];
		for (const effect of step.effects) {
			// A scripted restart is the world, not the message: it happens whether or not the step did.
			if (effect.kind === 'restart') restarts.push({ participant: effect.participant, scripted: true, removed: tracker.restart(effect.participant, position, true) });
			else if (result === OK) applyEffect(tracker, effect, position);
			else if (effect.kind === 'add') tracker.notGiven(effect.participant, effect.items.map((item) => item.key), position);
		}
		restarts.push(...injectRestarts(tracker, restartsAfter.get(position), position));
		results.push(result);
		if (withStates) states.push({ ...tracker.finishStep(), restarts });
	}
	return { start, startRestarts, results, states };
}

/** The step's outcome: a reply owed for a failed or lost request is a consequence; else dropped, failed or ok. */
function judge(step: Step, position: number, tracker: StateTracker, pending: Map<string, number>, dropped: ReadonlySet<number>): PositionResult {
	const message = step.kind === 'message';
	// A message to oneself has no reply to spoil.
	if (message && step.from !== step.to) {
		const replyKey = `${step.from}\n${step.to}`;
		const answered = pending.get(replyKey);
		if (answered !== undefined) {
			pending.delete(replyKey);
			return { outcome: 'consequence', consequenceOf: answered };
		}
		const result = ownOutcome(step, tracker, dropped);
		// A new request from the sender replaces whatever answer it was still owed by the receiver.
		const requestKey = `${step.to}\n${step.from}`;
		if (result === OK) pending.delete(requestKey);
		else pending.set(requestKey, position);
		return result;
	}
	return ownOutcome(step, tracker, dropped);
}

function ownOutcome(step: Step, tracker: StateTracker, dropped: ReadonlySet<number>): PositionResult {
	if (step.kind === 'message' && (step.drop === true || dropped.has(step.index))) return { outcome: 'dropped' };
	const failure = firstUnmetNeed(tracker, step);
	return failure === undefined ? OK : { outcome: 'failed', failure };
}

/** The first item a step needs that its participant does not hold, with why it is missing. */
function firstUnmetNeed(tracker: StateTracker, step: Step): Failure | undefined {
	for (const need of step.needs) {
		for (const key of need.keys) {
			if (!tracker.holds(need.participant, key)) {
				return { participant: need.participant, item: key, cause: tracker.lossOf(need.participant, key) };
			}
		}
	}
	return undefined;
}

function applyEffect(tracker: StateTracker, effect: Effect, position: number | null): void {
	switch (effect.kind) {
		case 'add':
			tracker.add(effect.participant, effect.items);
			break;
		case 'remove':
			tracker.remove(effect.participant, effect.keys, position);
			break;
		case 'restart':
			tracker.restart(effect.participant, position, true);
			break;
	}
}

function injectRestarts(tracker: StateTracker, participants: readonly string[] | undefined, position: number): AppliedRestart[] {
	if (participants === undefined) return [];
	return participants.map((participant) => ({ participant, scripted: false, removed: tracker.restart(participant, position, false) }));
}

function groupFaults(faults: readonly Fault[]): { restartsAfter: Map<number, string[]>; dropped: Set<number> } {
	const restartsAfter = new Map<number, string[]>();
	const dropped = new Set<number>();
	for (const fault of faults) {
		if (fault.kind === 'drop') {
			dropped.add(fault.step);
			continue;
		}
		const list = restartsAfter.get(fault.after);
		if (list === undefined) restartsAfter.set(fault.after, [fault.participant]);
		else list.push(fault.participant);
	}
	return { restartsAfter, dropped };
}
