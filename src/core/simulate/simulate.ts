import type { AppliedRestart, Failure, Frame, ItemChange, ParticipantState, Protocol, SimulateOptions, Simulation, StepOutcome } from '../model';
import { pathSteps } from './path';
import type { PositionResult } from './path-walker';
import { runPath } from './run-path';

export { pathOf } from './path';

/**
 * The Start and one frame per step on the path (SPEC §2 "State panel", "Faults"; semantics in ADR 0005).
 *
 * - Start (path position −1) holds the durable items plus `protocol.initial`.
 * - A step's `needs` are checked before its own effects; the first unmet one makes it `failed`. A message that
 *   is `%% @drop`ped or dropped by a fault is `dropped`. Neither applies its effects, and the reply owed to it
 *   (the receiver's next message to the sender, before the sender writes to it again) is a `consequence`,
 *   which applies none either. A later need for what they would have given fails with cause `not-given`.
 * - Scripted restarts happen after their step whatever its outcome, then the injected ones; each records exactly
 *   what it took. Injected restarts after −1 happen right after Start (`startRestarts`).
 * - `scripted` compares with the run without injected faults, so a player can keep scripted outcomes for later.
 * - A frame's `state` (a getter, not an own property: spread or JSON leave it out) is built when first read, sharing the item records of participants no step in between
 *   changed; treat it as read-only. Across many frames, read `changes` rather than every `state`.
 */
export function simulate(protocol: Protocol, options: SimulateOptions = {}): Simulation {
	const path = pathSteps(protocol, options.branches ?? {});
	const faults = options.faults ?? [];
	const run = runPath(protocol, path, faults, true);
	// The run without injected faults, for `scripted`: walked only when a frame's `scripted` is first read.
	let baseline: readonly PositionResult[] | undefined = faults.length === 0 ? run.results : undefined;
	const baselineResults = (): readonly PositionResult[] => (baseline ??= runPath(protocol, path, [], false).results);
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
		label?: string;
		constructor(readonly step: number, readonly changes: ItemChange[], readonly outcome: StepOutcome, readonly restarts: AppliedRestart[]) {}

		get state(): ParticipantState {
			return states?.at(positions.get(this.step) ?? -1) ?? {};
		}

		get scripted(): boolean {
			return baselineResults()[positions.get(this.step) ?? -1]?.outcome === this.outcome;
		}
	}
	const frames = run.results.map((result, position): Frame => {
		const step = path[position];
		const frame = new RunFrame(step?.index ?? -1, record?.changes[position] ?? [], result.outcome, record?.restarts[position] ?? []);
		if (result.failure !== undefined) frame.failure = result.failure;
		if (result.consequenceOf !== undefined) {
			frame.consequenceOf = result.consequenceOf;
			if (step?.onFailure !== undefined) frame.label = step.onFailure;
		}
		return frame;
	});
	return { start: run.start, startRestarts: run.startRestarts, frames };
}
