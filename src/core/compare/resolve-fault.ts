import type { Fault } from '../model';
import { pathSteps } from '../simulate/path';
import type { CompareFaultSpec } from './compare-source';
import { findMoment, findParticipant, type CompareSide } from './moments';

/** A named fault found on one side, or what that side lacks. */
export type ResolvedFault =
	| { ok: true; fault: Fault; /** Path position of the moment: the restart comes right after it, or the message lost. */ position: number }
	| { ok: false; missing: 'participant' | 'moment' };

/**
 * Finds a `fault:` line's names on one side: the participant by label or id, the moment by step text,
 * moment name or `%% @phase` name, first match on the side's path. A drop names a message.
 */
export function resolveFault(side: CompareSide, spec: CompareFaultSpec): ResolvedFault {
	const steps = pathSteps(side.protocol, side.branches ?? {});
	if (spec.kind === 'drop') {
		const position = findMoment(steps, spec.moment, true);
		const step = steps[position];
		return step === undefined ? { ok: false, missing: 'moment' } : { ok: true, fault: { kind: 'drop', step: step.index }, position };
	}
	const participant = findParticipant(side.protocol, spec.participant);
	if (participant === undefined) return { ok: false, missing: 'participant' };
	const position = findMoment(steps, spec.moment);
	if (position < 0) return { ok: false, missing: 'moment' };
	return { ok: true, fault: { kind: 'restart', participant: participant.id, after: position }, position };
}
