import type { AppliedRestart, Failure, Frame, ItemChange, ParticipantState, Protocol, SimulateOptions, Simulation, StepOutcome } from '../model';
import { callStructure } from './calls';
import { pathSteps } from './path';
import { runPath } from './run-path';

export { pathOf } from './path';

/**
 * The Start and one frame per step on the path (SPEC §2 "State panel", "Faults"; semantics in ADR 0005).
 *
 * - Start (path position −1) holds the durable items plus `protocol.initial`.
 * - Answers pair with requests into calls (`callStructure`). A step's `needs` (values included) are checked
 *   before its own effects; the first unmet one makes it `failed`. A message to another participant that is
 *   `%% @drop`ped or dropped by a fault is `dropped` (only its sender's effects apply). When an injected fault
 *   makes a step fail or be lost, the later steps inside the calls around it (and inside its own call, when it
 *   is a request) and their answers are `consequence`s. None of these apply effects; a later need for what they
 *   would have given fails with cause `not-given`. Without injected faults there are no consequences.
 * - Scripted restarts happen after their step whatever its outcome, then the injected ones; each records exactly
 *   what it took. Injected restarts after −1 happen right after Start (`startRestarts`).
 * - `scripted` compares with the run without injected faults, so a player can keep scripted outcomes for later.
 * - A frame's `state` (a getter, not an own property: spread or JSON leave it out) is built when first read, sharing the item records of participants no step in between
 *   changed; treat it as read-only. Across many frames, read `changes` rather than every `state`.
 */
export function simulate(protocol: Protocol, options: SimulateOptions = {}): Simulation {
	const path = pathSteps(protocol, options.branches ?? {});
	const faults = options.faults ?? [];
	const calls = callStructure(path);
	// The run without injected faults: only what the faults change breaks calls, and it gives `scripted`.
	const baseline = faults.length === 0 ? undefined : runPath(protocol, path, calls, [], false).results;
	const run = runPath(protocol, path, calls, faults, true, baseline);
	const baselineResults = baseline ?? run.results;
	const record = run.record;
	const states = record?.states;
	const positions = new Map(path.map((step, position) => [step.index, position]));
	/**
	 * Frames of this run: plain fields, and getters for what costs more than the walk itself: `state`, built on
	 * first read (see FrameStates) and kept by the run so that a frame reads the same object every time, and
	 * `scripted`, which needs the run without injected faults. Getters on a per-run prototype keep creating a
	 * frame as cheap as a literal.
	 */
	class RunFrame implements Frame {
		failure?: Failure;
		consequenceOf?: number;
		inside?: true;
		label?: string;
		constructor(readonly step: number, readonly changes: ItemChange[], readonly outcome: StepOutcome, readonly restarts: AppliedRestart[]) {}

		get state(): ParticipantState {
			return states?.at(positions.get(this.step) ?? -1) ?? {};
		}

		get scripted(): boolean {
			return baselineResults[positions.get(this.step) ?? -1]?.outcome === this.outcome;
		}
	}
	const frames = run.results.map((result, position): Frame => {
		const step = path[position];
		const frame = new RunFrame(step?.index ?? -1, record?.changes[position] ?? [], result.outcome, record?.restarts[position] ?? []);
		if (result.failure !== undefined) frame.failure = result.failure;
		if (result.consequenceOf !== undefined) frame.consequenceOf = result.consequenceOf;
		if (result.inside === true) frame.inside = true;
		// A reply reads its `@on-failure` text when it is a consequence, or when the call it answers failed as
		// written (a scripted restart or drop): then it stands, but says what the author wrote for that case.
		if ((result.consequenceOf !== undefined || result.answersFailed === true) && step?.onFailure !== undefined) frame.label = step.onFailure;
		return frame;
	});
	return { start: run.start, startRestarts: run.startRestarts, frames };
}
