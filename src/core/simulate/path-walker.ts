import type { AppliedRestart, Effect, Failure, Fault, Need, Protocol, Step, StepOutcome } from '../model';
import type { CallStructure } from './calls';
import { StateTracker } from './state-tracker';

/** What became of one path position, in data. */
export interface PositionResult {
	outcome: StepOutcome;
	failure?: Failure;
	consequenceOf?: number;
	/** For `consequence`: the step sits inside the broken call (it answers none). */
	inside?: true;
	/** The step answers a call whose request, or a step inside it, did not happen (for whatever reason). */
	answersFailed?: true;
}

const NONE: readonly number[] = [];

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
 * One walk along a path, a step at a time, applying ADR 0005: needs (values included) are checked before a
 * step's own effects; a step inside a call broken by an injected fault, or answering one, is a consequence;
 * only an `ok` step applies its effects (a lost message still applies its sender's); what a step that did not
 * happen would have given is recorded as not given; scripted restarts happen whatever the step's outcome, then
 * injected ones. `simulate` and `faultMap` both walk with it, so a fault-map cell is a simulation; the fault
 * map also clones a walk midway to try a fault from there.
 */
export class PathWalker {
	private constructor(
		readonly tracker: StateTracker,
		private readonly calls: CallStructure,
		/**
		 * The outcomes without injected faults, or undefined when this is that run: only a step an injected
		 * fault broke (its outcome differs from that run's) breaks the calls around it.
		 */
		private readonly baseline: readonly PositionResult[] | undefined,
		/** Calls broken so far and still open: request position → the failed or lost step that broke it. */
		private readonly broken: Map<number, number>,
		/** Open calls in which something did not happen, scripted or not: their answers read `@on-failure`. */
		private readonly failedCalls: Set<number>,
		private plan: FaultPlan,
	) {}

	/** The open calls that became broken or stopped being broken since last taken, while logging (see `logBrokenCalls`). */
	private brokenLog: number[] | undefined;

	/** A walk at Start: durable items and the starting state held; nothing stepped yet. */
	static atStart(protocol: Protocol, calls: CallStructure, plan: FaultPlan, recording: boolean, baseline?: readonly PositionResult[]): PathWalker {
		const tracker = new StateTracker(protocol.durable, recording);
		for (const effect of protocol.initial) applyEffect(tracker, effect, null);
		return new PathWalker(tracker, calls, baseline, new Map(), new Set(), plan);
	}

	/**
	 * An independent copy of this walk that goes on with another fault plan, measured against `baseline`
	 * (see `StateTracker.clone`).
	 */
	clone(plan: FaultPlan, baseline: readonly PositionResult[]): PathWalker {
		return new PathWalker(this.tracker.clone(), this.calls, baseline, new Map(this.broken), new Set(this.failedCalls), plan);
	}

	/**
	 * From now on, lists the request position of every call that becomes broken or stops being broken (answered),
	 * until `takeBrokenCalls` hands the list over: the fault map compares two walks' broken calls as it compares
	 * their items, one change at a time.
	 */
	logBrokenCalls(): void {
		this.brokenLog = [];
	}

	/** The calls whose brokenness changed since the last call (see `logBrokenCalls`), or none. */
	takeBrokenCalls(): readonly number[] {
		const log = this.brokenLog;
		if (log === undefined || log.length === 0) return NONE;
		this.brokenLog = [];
		return log;
	}

	/** Whether no open call is broken: with the same items held, such a walk goes on like the fault-free one. */
	noBrokenCalls(): boolean {
		return this.broken.size === 0;
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
		const lost = result.outcome === 'dropped';
		for (const effect of step.effects) {
			// A scripted restart is the world, not the message: it happens whether or not the step did.
			if (effect.kind === 'restart') {
				const removed = tracker.restart(effect.participant, position, true);
				restarts?.push({ participant: effect.participant, scripted: true, removed });
			} else if (result.outcome === 'ok' || (lost && effect.participant === step.from)) applyEffect(tracker, effect, position);
			// The sender of a lost message did send it: only what others would have got is not given.
			else if (effect.kind === 'add') tracker.notGiven(effect.participant, effect.items.map((item) => item.key), position, lost);
		}
		if (this.plan.restartsAfter.size > 0) {
			const injected = this.injectRestarts(position);
			if (restarts !== undefined) for (const restart of injected) restarts.push(restart);
		}
		return result;
	}

	/** The step's outcome: a consequence inside or answering a broken call; else dropped, failed or ok. */
	private judge(step: Step, position: number): PositionResult {
		const answered = this.calls.answers[position];
		const answeredCause = this.broken.size === 0 ? -1 : this.answeredCause(answered);
		const insideCause = this.broken.size === 0 || answeredCause >= 0 ? -1 : this.insideCause(position);
		let result: PositionResult = answeredCause >= 0
			? { outcome: 'consequence', consequenceOf: answeredCause }
			: insideCause >= 0 ? { outcome: 'consequence', consequenceOf: insideCause, inside: true } : this.ownOutcome(step);
		if (result !== OK) {
			if (this.baseline !== undefined && this.baseline[position]?.outcome !== result.outcome) this.breakCalls(this.broken, position, result.consequenceOf ?? position);
			this.breakCalls(this.failedCalls, position, position);
		}
		if (answered !== undefined && this.failedCalls.size > 0 && answered.some((request) => this.failedCalls.has(request))) {
			result = { ...result, answersFailed: true };
		}
		// Once answered, a call encloses nothing more.
		if (answered !== undefined) {
			for (const request of answered) {
				if (this.broken.delete(request)) this.brokenLog?.push(request);
				this.failedCalls.delete(request);
			}
		}
		return result;
	}

	/** The step that broke a call this step answers, or −1. */
	private answeredCause(answered: readonly number[] | undefined): number {
		for (const request of answered ?? []) {
			const cause = this.broken.get(request);
			if (cause !== undefined) return cause;
		}
		return -1;
	}

	/** The step that broke a call this step sits inside, or −1. */
	private insideCause(position: number): number {
		const within = this.calls.within;
		for (let call = within[position] ?? -1; call >= 0; call = within[call] ?? -1) {
			const cause = this.broken.get(call);
			if (cause !== undefined) return cause;
		}
		return -1;
	}

	/**
	 * A step broken by an injected fault breaks its own call (when it is a request) and every call around it:
	 * a failure climbs to every enclosing answer. Enclosing calls of a broken call are broken already.
	 */
	private breakCalls(calls: Map<number, number> | Set<number>, position: number, cause: number): void {
		const mark = (call: number): void => {
			if (calls instanceof Map) {
				calls.set(call, cause);
				this.brokenLog?.push(call);
			} else calls.add(call);
		};
		if ((this.calls.answerAt[position] ?? -1) >= 0 && !calls.has(position)) mark(position);
		const within = this.calls.within;
		for (let call = within[position] ?? -1; call >= 0 && !calls.has(call); call = within[call] ?? -1) mark(call);
	}

	private ownOutcome(step: Step): PositionResult {
		// A message to oneself and a note travel nowhere: they cannot be lost.
		if (step.kind === 'message' && step.from !== step.to && (step.drop === true || this.plan.dropped.has(step.index))) return { outcome: 'dropped' };
		for (const need of step.needs) {
			const failure = this.unmet(need);
			if (failure !== undefined) return { outcome: 'failed', failure };
		}
		return OK;
	}

	/** The first key of a need the participant does not hold (with the value named, when one is), as a failure. */
	private unmet(need: Need): Failure | undefined {
		const tracker = this.tracker;
		for (let index = 0; index < need.keys.length; index++) {
			const key = need.keys[index];
			const wanted = need.values?.[index] ?? true;
			const held = tracker.valueOf(need.participant, key);
			if (held !== undefined && (wanted === true || held === wanted)) continue;
			const failure: Failure = { participant: need.participant, item: key, cause: tracker.lossOf(need.participant, key) };
			if (wanted !== true) failure.value = wanted;
			if (held !== undefined) {
				const cause: Extract<Failure['cause'], { kind: 'value' }> = { kind: 'value', held };
				const missed = failure.cause;
				if (missed.kind === 'not-given') cause.missed = missed.lost === true ? { atPosition: missed.atPosition, lost: true } : { atPosition: missed.atPosition };
				failure.cause = cause;
			}
			return failure;
		}
		return undefined;
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
