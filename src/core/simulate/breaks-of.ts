import type { BrokenStep, DropCell, Fault, FaultMap, Protocol, RestartCell, Step } from '../model';
import type { CallStructure } from './calls';
import type { PositionResult } from './path-walker';
import { runPath } from './run-path';

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
 * frames of `simulate` with that fault (the same walk, `runPath`). One walk of the path: called for the cell a
 * reader points at, never for every cell (the map keeps only each cell's tally: listing every cell's steps is
 * n²/2 of them when a restart breaks everything after it).
 */
export function breaksOf(map: FaultMap, cell: RestartCell | DropCell): BrokenStep[] {
	const source = sources.get(map);
	if (source === undefined || cell.count === 0) return [];
	const fault: Fault = 'participant' in cell ? { kind: 'restart', participant: cell.participant, after: cell.after } : { kind: 'drop', step: cell.step };
	const { protocol, path, calls, results } = source;
	const broken: BrokenStep[] = [];
	runPath(protocol, path, calls, [fault], false, results).results.forEach((result, position) => {
		const outcome = result.outcome;
		if (outcome === results[position]?.outcome || (outcome !== 'failed' && outcome !== 'consequence')) return;
		const step: BrokenStep = { position, step: path[position]?.index ?? -1, outcome };
		if (result.failure !== undefined) step.failure = result.failure;
		if (result.consequenceOf !== undefined) step.consequenceOf = result.consequenceOf;
		if (result.inside === true) step.inside = true;
		broken.push(step);
	});
	return broken;
}
