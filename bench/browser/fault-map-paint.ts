import { api, blockHost, failIfError, framePainted, settle, startClock, whenReady } from './page';

/** What opening a fault map measured. */
export interface FaultMapPaint {
	/** ms from the click on the fault-map button to the first painted frame showing the finished map. */
	paint: number;
	/** The longest task meanwhile (`PerformanceObserver('longtask')`: tasks over 50 ms), ms; 0 when none. */
	longestTask: number;
	/** Grid cells drawn (restarts and drops). */
	cells: number;
	/** Marks painted on the diagram (none past the overlay's limit of marks). */
	overlayMarks: number;
}

/** Whether the map in `section` is finished: no longer computing, and its grid drawn. */
function finished(section: Element): boolean {
	return section.getAttribute('data-computing') === null && section.querySelector('[role="gridcell"]') !== null;
}

/** Resolves once the map is finished, checked on every change of the player (the map is drawn in slices). */
function whenFinished(root: Element, section: Element): Promise<void> {
	if (finished(section)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = window.setTimeout(() => {
			observer.disconnect();
			reject(new Error('no finished fault map after 120 s'));
		}, 120_000);
		const observer = new MutationObserver(() => {
			if (!finished(section)) return;
			observer.disconnect();
			window.clearTimeout(timer);
			resolve();
		});
		observer.observe(root, { childList: true, subtree: true, attributes: true });
	});
}

/**
 * "Fault map click → paint", as a reader sees it: a fresh player of `source` (drawn and settled first, outside
 * the timing), then from the click on its fault-map button until the first frame that shows the finished map
 * (computed and drawn in slices: the grid, its verdict and, when small enough, the marks on the diagram) has
 * been styled, laid out and painted. The long tasks meanwhile are watched too.
 */
export async function faultMapPaint(source: string): Promise<FaultMapPaint> {
	const { player } = api();
	const host = blockHost(source);
	await player.upgrade(host);
	await whenReady(host);
	failIfError(host);
	const root = host.querySelector('.protocol-player');
	const button = root?.querySelector<HTMLElement>('[data-action="fault-map"]');
	const section = root?.querySelector('[data-role="fault-map"]');
	if (root == null || button == null || section == null) throw new Error('the player has no fault-map button or section');
	await settle();
	const tasks: number[] = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) tasks.push(entry.duration);
	});
	observer.observe({ type: 'longtask' });
	const start = startClock();
	button.click();
	await whenFinished(root, section);
	await framePainted();
	const paint = performance.now() - start;
	// Long-task entries arrive after their task: give them a moment before reading.
	await new Promise((resolve) => window.setTimeout(resolve, 100));
	observer.disconnect();
	const cells = section.querySelectorAll('[role="gridcell"]').length;
	const overlayMarks = root.querySelectorAll('svg [data-fault-cell]').length;
	player.destroy(host);
	host.remove();
	await settle();
	return { paint, longestTask: Math.max(0, ...tasks), cells, overlayMarks };
}
