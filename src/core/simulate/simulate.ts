import type { Effect, Failure, Frame, Protocol, Restart, SimulateOptions, Step } from '../model';
import { failureReason } from './failure-reason';
import { pathSteps } from './path';
import { StateTracker } from './state-tracker';

export { pathOf } from './path';

/**
 * One frame per step on the path (SPEC §2 "State panel", "Faults"), in path order.
 *
 * - The state starts as the durable items plus `protocol.initial`.
 * - A step's `needs` are checked *before* its own effects; the first unmet one sets `failure` and `failed`.
 * - A failed step's effects do NOT apply: a request that fails does not produce its result, so a later
 *   step that relies on it fails too — which is what a learner expects to see.
 * - After the effects (or in place of them, when failed), the injected `restarts` at that step index apply,
 *   so the frame of step N shows the state right after the fault. A restart at a step off the path never happens.
 * - `Frame.state` is a fresh object per frame; participants' item records inside it are shared between frames
 *   that did not change them, and must be treated as read-only. Only participants holding something appear.
 */
export function simulate(protocol: Protocol, options: SimulateOptions = {}): Frame[] {
	const tracker = new StateTracker(protocol.durable);
	for (const effect of protocol.initial) applyEffect(tracker, effect, null);
	tracker.finishStep();
	const injected = restartsByStep(options.restarts ?? []);
	const frames: Frame[] = [];
	pathSteps(protocol, options.branches ?? {}).forEach((step, position) => {
		const failure = firstUnmetNeed(tracker, step);
		if (failure === undefined) {
			for (const effect of step.effects) applyEffect(tracker, effect, position);
		}
		for (const participant of injected.get(step.index) ?? []) tracker.restart(participant, position, false);
		const { state, changes } = tracker.finishStep();
		const frame: Frame = { step: step.index, state, changes };
		if (failure !== undefined) {
			frame.failure = failure;
			frame.failed = failureReason(protocol, failure);
		}
		frames.push(frame);
	});
	return frames;
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

function restartsByStep(restarts: readonly Restart[]): Map<number, string[]> {
	const byStep = new Map<number, string[]>();
	for (const { participant, atStep } of restarts) {
		const list = byStep.get(atStep);
		if (list === undefined) byStep.set(atStep, [participant]);
		else list.push(participant);
	}
	return byStep;
}
