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
 * Hands the main thread back between the parts of a piece of work, but only once a slice's worth (`SLICE_MS`) has
 * run since it last did (issue 24): a long drawing still lets input and paint in every slice, while a small one is
 * built in one go. A pause after every part cost a small drawing a frame: the page painted between two parts
 * and showed the finished player a whole frame later.
 */
export class Pacer {
	private since = performance.now();

	/** `win`: the window the work is shown in (a pop-out has its own timers); null: never hands back. */
	constructor(private readonly win: Pick<Window, 'setTimeout'> | null, private readonly sliceMs = SLICE_MS) {}

	/** Counts from now: what ran before (Mermaid's render, a long task of its own) is not part of the slice. */
	restart(): void {
		this.since = performance.now();
	}

	/** Hands the main thread back if the slice is spent. */
	async pause(): Promise<void> {
		if (performance.now() - this.since >= this.sliceMs) await this.yield();
	}

	/** Hands the main thread back now (before a part known to be long). */
	async yield(): Promise<void> {
		if (this.win !== null) await nextTask(this.win);
		this.since = performance.now();
	}
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
