import type { Failure, Frame } from '../model';

/** How one side of a comparison fares under the fault: its first broken step, or none. */
export type Verdict =
	| {
		/** 0-based path position of the first step that failed or lost its answer. */
		fails: number;
		/** Its step index. */
		step: number;
		outcome: 'failed' | 'consequence';
		/** For `failed`: the unmet need. */
		failure?: Failure;
		/** For `consequence`: the path position of the failed or dropped step it answers. */
		consequenceOf?: number;
	}
	| { fails: 'none' };

/**
 * The verdict on a simulated path: the first frame that failed or is a consequence of a failure or a loss.
 * A dropped message is the fault itself, not a step it breaks.
 */
export function verdictOf(frames: readonly Frame[]): Verdict {
	for (let position = 0; position < frames.length; position++) {
		const frame = frames[position];
		if (frame === undefined || (frame.outcome !== 'failed' && frame.outcome !== 'consequence')) continue;
		const verdict: Verdict = { fails: position, step: frame.step, outcome: frame.outcome };
		if (frame.failure !== undefined) verdict.failure = frame.failure;
		if (frame.consequenceOf !== undefined) verdict.consequenceOf = frame.consequenceOf;
		return verdict;
	}
	return { fails: 'none' };
}
