import type { CaptureJob, CaptureResult } from '../../core';

/** Work done before handing the thread back: well under the ~50 ms a task may take, so typing and scrolling stay smooth. */
const SLICE_MS = 12;

/** How a sliced run reports and is stopped. */
export interface SlicedRun {
	/** Called between slices with the share done (0–1). */
	onProgress(share: number): void;
	/** Read between slices: true stops the run (its promise then gives undefined). */
	cancelled(): boolean;
	/** Runs `next` after the app had its turn (a zero-delay timer of the modal's window). */
	later(next: () => void): void;
}

/**
 * Runs a conversion in slices of about `SLICE_MS`, yielding to the app between them (issue 23: a 50 MB capture
 * must not freeze Obsidian). Resolves with the result, or undefined once cancelled.
 */
export function runSliced(job: CaptureJob, run: SlicedRun): Promise<CaptureResult | undefined> {
	return new Promise((resolve) => {
		const slice = (): void => {
			if (run.cancelled()) {
				resolve(undefined);
				return;
			}
			const start = performance.now();
			let share = 0;
			do {
				const step = job.next();
				if (step.done === true) {
					resolve(step.value);
					return;
				}
				share = step.value;
			} while (performance.now() - start < SLICE_MS);
			run.onProgress(share);
			run.later(slice);
		};
		run.later(slice);
	});
}
