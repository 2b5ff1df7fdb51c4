import type { AppliedRestart, Effect, Failure, Fault, Protocol, Step, StepOutcome } from '../model';
import { StateTracker } from './state-tracker';

/** What became of one path position, in data. */
export interface PositionResult {
	outcome: StepOutcome;
	failure?: Failure;
	consequenceOf?: number;
}

/** The shared result of a step that happened as written. */
export const OK: PositionResult = { outcome: 'ok' };

/** Injected faults, arranged for the walk. */
export interface FaultPlan {
	/** Path position → participants restarted right after it. */
	restartsAfter: ReadonlyMap<number, readonly string[]>;
	/** Step indices of messages lost. */
	dropped: ReadonlySet<number>;
}

/** Arranges faults for the walk. */
export function planFaults(faults: readonly Fault[]): FaultPlan {
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

/**
 * One walk along a path, a step at a time, applying ADR 0005: needs are checked before a step's own effects;
 * a step that failed or was dropped applies no effects and makes the reply owed to it a consequence (no effects
 * either); what such a step would have given is recorded as not given; scripted restarts happen whatever the
 * step's outcome, then injected ones. `simulate` and `faultMap` both walk with it, so a fault-map cell is a
 * simulation; the fault map also clones a walk midway to try a fault from there.
 */
export class PathWalker {
	private constructor(
		readonly tracker: StateTracker,
		/** Who owes whom an answer: `replier \n asker` → path position of the request that failed or was lost. */
		private readonly pending: Map<string, number>,
		private plan: FaultPlan,
	) {}

	/** A walk at Start: durable items and the starting state held; nothing stepped yet. */
	static atStart(protocol: Protocol, plan: FaultPlan, recording: boolean): PathWalker {
		const tracker = new StateTracker(protocol.durable, recording);
		for (const effect of protocol.initial) applyEffect(tracker, effect, null);
		return new PathWalker(tracker, new Map(), plan);
	}

	/** An independent copy of this walk that goes on with another fault plan (see `StateTracker.clone`). */
	clone(plan: FaultPlan): PathWalker {
		return new PathWalker(this.tracker.clone(), new Map(this.pending), plan);
	}

	/** The replies owed, as one comparable string ('' when none): two walks owing the same replies give the same. */
	pendingSignature(): string {
		if (this.pending.size === 0) return '';
		return [...this.pending].map(([key, position]) => `${key}\n${position}`).sort().join('\n\n');
	}

	/** The injected restarts right after `position` (−1: before the first step), each with what it took. */
	injectRestarts(position: number): AppliedRestart[] {
		const participants = this.plan.restartsAfter.get(position);
		if (participants === undefined) return [];
		return participants.map((participant) => ({ participant, scripted: false, removed: this.tracker.restart(participant, position, false) }));
	}

	/**
	 * Walks one step at `position` and gives its outcome; the restarts right after it (scripted, then injected)
	 * are added to `restarts` when one is given (the fault map's walks need none and allocate none).
	 */
	step(step: Step, position: number, restarts?: AppliedRestart[]): PositionResult {
		const tracker = this.tracker;
		const result = this.judge(step, position);
		for (const effect of step.effects) {
			// A scripted restart is the world, not the message: it happens whether or not the step did.
			if (effect.kind === 'restart') {
				const removed = tracker.restart(effect.participant, position, true);
				restarts?.push({ participant: effect.participant, scripted: true, removed });
			} else if (result === OK) applyEffect(tracker, effect, position);
			else if (effect.kind === 'add') tracker.notGiven(effect.participant, effect.items.map((item) => item.key), position);
		}
		if (this.plan.restartsAfter.size > 0) {
			const injected = this.injectRestarts(position);
			if (restarts !== undefined) for (const restart of injected) restarts.push(restart);
		}
		return result;
	}

	/** The replies owed equal those of a walk whose `pendingSignature` is `signature`. */
	owesAs(signature: string): boolean {
		if (this.pending.size === 0) return signature === '';
		return signature !== '' && this.pendingSignature() === signature;
	}

	/** The step's outcome: a reply owed for a failed or lost request is a consequence; else dropped, failed or ok. */
	private judge(step: Step, position: number): PositionResult {
		// A message to oneself has no reply to spoil.
		if (step.kind !== 'message' || step.from === step.to) return this.ownOutcome(step);
		const replyKey = `${step.from}\n${step.to}`;
		const answered = this.pending.get(replyKey);
		if (answered !== undefined) {
			this.pending.delete(replyKey);
			return { outcome: 'consequence', consequenceOf: answered };
		}
		const result = this.ownOutcome(step);
		// A new request from the sender replaces whatever answer it was still owed by the receiver.
		const requestKey = `${step.to}\n${step.from}`;
		if (result !== OK) this.pending.set(requestKey, position);
		else if (this.pending.size > 0) this.pending.delete(requestKey);
		return result;
	}

	private ownOutcome(step: Step): PositionResult {
		if (step.kind === 'message' && (step.drop === true || this.plan.dropped.has(step.index))) return { outcome: 'dropped' };
		for (const need of step.needs) {
			for (const key of need.keys) {
				if (!this.tracker.holds(need.participant, key)) {
					return { outcome: 'failed', failure: { participant: need.participant, item: key, cause: this.tracker.lossOf(need.participant, key) } };
				}
			}
		}
		return OK;
	}
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
