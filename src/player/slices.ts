/** How long one slice of work may run before it hands the main thread back, in milliseconds. */
export const SLICE_MS = 12;

/** Options of `runInSlices`. */
export interface SliceOptions {
	/** Stops the work between two slices; the promise then rejects with the signal's reason. */
	signal?: AbortSignal;
	/** How long a slice may run (default `SLICE_MS`). */
	sliceMs?: number;
	/** Hands the main thread back between slices (default: a zero-delay timeout, so input and paint go first). */
	pause?: () => Promise<void>;
}

/**
 * A zero-delay timeout on `win` (the window the work is shown in, which may be a pop-out): lets the host handle
 * input and paint before the next slice.
 */
export function nextTask(win: Pick<Window, 'setTimeout'> = window): Promise<void> {
	return new Promise((resolve) => {
		win.setTimeout(resolve, 0);
	});
}

/**
 * Runs a generator of work to its end in slices: as many of its steps as fit in `sliceMs`, then a pause, so no
 * task of Obsidian's one main thread runs long (issue 24). Each step of the generator must itself be short.
 * Resolves to what the generator returns; rejects when `signal` aborts (checked before every slice).
 */
export async function runInSlices<T>(work: Iterator<unknown, T>, options: SliceOptions = {}): Promise<T> {
	const sliceMs = options.sliceMs ?? SLICE_MS;
	const pause = options.pause ?? (() => nextTask());
	for (;;) {
		options.signal?.throwIfAborted();
		const started = performance.now();
		do {
			const next = work.next();
			if (next.done === true) return next.value;
		} while (performance.now() - started < sliceMs);
		await pause();
	}
}
