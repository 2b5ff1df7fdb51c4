import type { CaptureJob, CaptureResult } from './types';

/** Runs an inner sliced job, yielding its progress mapped into `from`–`to` of the outer job's share. */
export function* scaled<T>(job: Generator<number, T, void>, from: number, to: number): Generator<number, T, void> {
	for (;;) {
		const step = job.next();
		if (step.done === true) return step.value;
		yield from + (to - from) * step.value;
	}
}

/** Runs a sliced conversion to its end at once (tests, the bench, callers off the main thread). */
export function runToEnd(job: CaptureJob): CaptureResult {
	for (;;) {
		const step = job.next();
		if (step.done === true) return step.value;
	}
}
