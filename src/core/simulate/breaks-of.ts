import type { BrokenStep, DropCell, Fault, FaultMap, Protocol, RestartCell, Step } from '../model';
import type { CallStructure } from './calls';
import { PathWalker, planFaults, type PositionResult } from './path-walker';

/** What a map was computed from: enough to walk one of its faults again. */
interface MapSource {
	protocol: Protocol;
	path: readonly Step[];
	calls: CallStructure;
	/** The fault-free run's outcomes. */
	results: readonly PositionResult[];
}

/** Kept beside each map rather than in it, so the map stays plain numbers and words (and JSON) for its readers. */
const sources = new WeakMap<FaultMap, MapSource>();

/** Records what `map` was computed from, for `breaksOf`. */
export function rememberSource(map: FaultMap, source: MapSource): void {
	sources.set(map, source);
}

/**
 * The steps one cell's fault breaks, in path order, with why: exactly the unscripted `failed` and `consequence`
 * frames of `simulate` with that fault (the same walk, `PathWalker`, as `runPath` sets it up). One walk of the
 * path: called for the cell a reader points at, never for every cell (the map keeps only each cell's tally:
 * listing every cell's steps is n²/2 of them when a restart breaks everything after it).
 */
export function breaksOf(map: FaultMap, cell: RestartCell | DropCell): BrokenStep[] {
	return [...brokenSteps(map, cell)];
}

/**
 * `breaksOf` one step at a time, walking only as far as the steps asked for: a reader that wants the first
 * broken step of some kind stops the walk there. The walk ends after the cell's last broken step (its tally
 * says how many there are).
 */
export function* brokenSteps(map: FaultMap, cell: RestartCell | DropCell): Generator<BrokenStep, void, void> {
	const source = sources.get(map);
	if (source === undefined || cell.count === 0) return;
	const fault: Fault = 'participant' in cell ? { kind: 'restart', participant: cell.participant, after: cell.after } : { kind: 'drop', step: cell.step };
	const { protocol, path, calls, results } = source;
	const walker = PathWalker.atStart(protocol, calls, planFaults([fault]), false, results);
	walker.injectRestarts(-1);
	let found = 0;
	for (let position = 0; position < path.length && found < cell.count; position++) {
		const step = path[position];
		const result = walker.step(step, position);
		const outcome = result.outcome;
		if (outcome === results[position]?.outcome || (outcome !== 'failed' && outcome !== 'consequence')) continue;
		const broken: BrokenStep = { position, step: step.index, outcome };
		if (result.failure !== undefined) broken.failure = result.failure;
		if (result.consequenceOf !== undefined) broken.consequenceOf = result.consequenceOf;
		if (result.inside === true) broken.inside = true;
		found++;
		yield broken;
	}
}
