import type { Page } from 'playwright-core';

/** A task of a page's main thread: when it began on the thread's CPU clock, and how long it took, in ms. */
export interface ThreadTask {
	/** Start on the thread's CPU clock. */
	start: number;
	/** Time the thread spent running it. */
	cpu: number;
	/** Time it took on the wall, waiting for a core included. */
	wall: number;
}

/** What the page's main thread did while a piece of work ran. */
export interface MainThreadRecord {
	tasks: ThreadTask[];
	/** The thread-CPU clock at each `performance.mark(name)` the page made, in order. */
	marks(name: string): number[];
}

/** One trace event of Chromium's (the fields read here). */
interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	dur?: number;
	tdur?: number;
	tts?: number;
}

/** The trace categories of Chromium's long tasks (`RunTask`, what the Long Tasks API reports) and of `performance.mark`. */
const CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * Records the tasks of `page`'s main thread while `work` runs, from Chromium's trace, each with the time the
 * thread spent running it. A long-task check holds the player's work to a length; the Long Tasks API measures it
 * on the wall, which a busy machine stretches several-fold (a 90 ms task measured 280 ms beside the whole suite),
 * while the thread's own CPU time stays what the work costs (ADR 0021).
 *
 * Tracing takes the whole browser: a file that records opens its harness with a Chromium of its own.
 */
export async function recordMainThread(page: Page, work: () => Promise<void>): Promise<MainThreadRecord> {
	const session = await page.context().newCDPSession(page);
	const events: TraceEvent[] = [];
	session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
	const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
	await session.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
	// A mark of a name no page makes finds the page's main thread among the browser's.
	const anchor = `main-thread-${Math.random().toString(36).slice(2)}`;
	try {
		await page.evaluate((name) => performance.mark(name), anchor);
		await work();
		// Long tasks are written to the trace as they end: one more task lets the last one finish first.
		await page.evaluate(() => new Promise((resolve) => window.setTimeout(resolve, 50)));
	} finally {
		await session.send('Tracing.end');
		await complete;
		await session.detach();
	}
	const found = events.find((e) => e.name === anchor);
	if (found === undefined) throw new Error('The trace holds no mark of the page: its main thread is unknown.');
	const onThread = events.filter((e) => e.pid === found.pid && e.tid === found.tid && e.tts !== undefined);
	const tasks = onThread
		.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.tdur !== undefined)
		.map((e) => ({ start: (e.tts ?? 0) / 1000, cpu: (e.tdur ?? 0) / 1000, wall: (e.dur ?? 0) / 1000 }));
	return {
		tasks,
		marks: (name) => onThread.filter((e) => e.name === name).map((e) => (e.tts ?? 0) / 1000),
	};
}
