import type { Frame, Protocol, SimulateOptions, Simulation } from '../model';
import { pathSteps } from './path';
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
 * - A frame's `state` is built when first read, sharing the item records of participants no step in between
 *   changed; treat it as read-only. Across many frames, read `changes` rather than every `state`.
 */
export function simulate(protocol: Protocol, options: SimulateOptions = {}): Simulation {
	const path = pathSteps(protocol, options.branches ?? {});
	const faults = options.faults ?? [];
	const run = runPath(protocol, path, faults, true);
	const baseline = faults.length === 0 ? run : runPath(protocol, path, [], false);
	const record = run.record;
	const frames = run.results.map((result, position): Frame => {
		const step = path[position];
		const frame = {
			step: step?.index ?? -1,
			changes: record?.changes[position] ?? [],
			outcome: result.outcome,
			restarts: record?.restarts[position] ?? [],
			scripted: baseline.results[position]?.outcome === result.outcome,
		} as Frame;
		// Built on first read and kept: a frame nobody looks at costs nothing (see FrameStates).
		Object.defineProperty(frame, 'state', {
			enumerable: true,
			configurable: true,
			get: () => {
				const state = record?.states.at(position) ?? {};
				Object.defineProperty(frame, 'state', { value: state, enumerable: true, configurable: true, writable: false });
				return state;
			},
		});
		if (result.failure !== undefined) frame.failure = result.failure;
		if (result.consequenceOf !== undefined) {
			frame.consequenceOf = result.consequenceOf;
			if (step?.onFailure !== undefined) frame.label = step.onFailure;
		}
		return frame;
	});
	return { start: run.start, startRestarts: run.startRestarts, frames };
}
