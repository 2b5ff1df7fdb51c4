import type { AppliedRestart, Fault, ItemChange, ParticipantState, Protocol, Step } from '../model';
import type { CallStructure } from './calls';
import { FrameStates, stateObject } from './frame-states';
import { PathWalker, planFaults, type PositionResult } from './path-walker';
import type { StateWrite } from './state-tracker';

/** What a run records for frames: states (built when read), changes and restarts per position. */
export interface RunRecord {
	states: FrameStates;
	changes: ItemChange[][];
	restarts: AppliedRestart[][];
}

/** One run along a path with a set of faults. */
export interface PathRun {
	start: ParticipantState;
	startRestarts: AppliedRestart[];
	results: PositionResult[];
	/** Only when recording: the fault map's baseline goes without, which keeps it cheap. */
	record?: RunRecord;
}

/**
 * Walks the whole path with the given faults (ADR 0005), recording frames' material when asked. `baseline`, the
 * outcomes without injected faults, is needed when there are faults (only what they change breaks calls).
 */
export function runPath(protocol: Protocol, path: readonly Step[], calls: CallStructure, faults: readonly Fault[], recording: boolean, baseline?: readonly PositionResult[]): PathRun {
	const walker = PathWalker.atStart(protocol, calls, planFaults(faults), recording, baseline);
	const tracker = walker.tracker;
	const start = stateObject(tracker.snapshot());
	tracker.finishStep();
	const startRestarts = walker.injectRestarts(-1);
	// Restarts before the first step show in the first frame's state, not in its changes.
	let pendingWrites = tracker.finishStep().writes;
	const results: PositionResult[] = [];
	const writes: StateWrite[][] = [];
	const changes: ItemChange[][] = [];
	const restartLists: AppliedRestart[][] = [];
	path.forEach((step, position) => {
		const restarts: AppliedRestart[] = [];
		const result = walker.step(step, position, recording ? restarts : undefined);
		results.push(result);
		if (!recording) return;
		const finished = tracker.finishStep();
		writes.push(pendingWrites.length === 0 ? finished.writes : [...pendingWrites, ...finished.writes]);
		pendingWrites = [];
		changes.push(finished.changes);
		restartLists.push(restarts);
	});
	const run: PathRun = { start, startRestarts, results };
	if (recording) run.record = { states: new FrameStates(start, writes), changes, restarts: restartLists };
	return run;
}
