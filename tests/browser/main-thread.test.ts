import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness';
import { recordMainThread } from './main-thread';

// The long-task checks (fault map, compare) read tasks from Chromium's trace by the thread's CPU time.
let harness: Harness;

beforeAll(async () => {
	harness = await openHarness({ ownChromium: true });
	harness.server.set('/idle.html', { body: '<!doctype html><p>idle</p>', type: 'text/html' });
});
afterAll(async () => {
	await harness.close();
});

/** Keeps the page's main thread busy for `ms` on the wall, in one task, between two marks. */
const BUSY = (ms: number): void => {
	performance.mark('busy-start');
	const start = performance.now();
	while (performance.now() - start < ms) { /* busy */ }
	performance.mark('busy-end');
};

describe('recordMainThread', () => {
	it('records a task by the time the thread ran it, on the clock of the page\'s marks', async () => {
		const page = await harness.context.newPage();
		await page.goto(`${harness.server.origin}/idle.html`);
		const record = await recordMainThread(page, () => page.evaluate(BUSY, 150));
		const busy = record.tasks.filter((task) => task.wall >= 150);
		expect(busy).toHaveLength(1);
		const task = busy[0] ?? { start: 0, cpu: 0, wall: 0 };
		// The thread ran at most as long as the task lasted, and it did run.
		expect(task.cpu).toBeGreaterThan(0);
		expect(task.cpu).toBeLessThanOrEqual(task.wall + 1);
		// Both marks fall inside the task, on the same clock.
		const [start] = record.marks('busy-start');
		const [end] = record.marks('busy-end');
		expect(start).toBeGreaterThanOrEqual(task.start);
		expect(end).toBeLessThanOrEqual(task.start + task.cpu + 0.01);
		await page.close();
	});

	it('records the page\'s thread only, not another page busy meanwhile', async () => {
		const [quiet, busy] = await Promise.all([harness.context.newPage(), harness.context.newPage()]);
		await Promise.all([quiet.goto(`${harness.server.origin}/idle.html`), busy.goto(`${harness.server.origin}/idle.html`)]);
		const record = await recordMainThread(quiet, async () => {
			await Promise.all([busy.evaluate(BUSY, 150), quiet.evaluate(() => new Promise((resolve) => window.setTimeout(resolve, 200)))]);
		});
		expect(record.tasks.length).toBeGreaterThan(0);
		expect(record.tasks.filter((task) => task.wall >= 100)).toEqual([]);
		expect(record.marks('busy-start')).toEqual([]);
		await Promise.all([quiet.close(), busy.close()]);
	});
});
