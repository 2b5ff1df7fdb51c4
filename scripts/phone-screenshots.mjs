// Takes PNG screenshots of players as a phone shows them (390 × 844 CSS px, touch, 2× pixels), in light and
// dark, on Korean notes, into docs/images/phone-*.png. Like scripts/screenshots.mjs it builds the standalone
// player from the current source, starts the demo server on a free port and drives Debian's Chromium.
import esbuild from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChromium } from './find-chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/images');

await Promise.all([
	esbuild.build({ entryPoints: [join(root, 'src/standalone/index.ts')], outfile: join(root, 'dist/protocol-player.js'), bundle: true, format: 'iife', platform: 'browser', target: 'es2021', minify: true, legalComments: 'none', logLevel: 'warning' }),
	esbuild.build({ entryPoints: [join(root, 'scripts/demo/server.ts')], outfile: join(root, 'node_modules/.cache/protocol-demo/server.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' }),
]);
/** @type {{ startDemoServer(options: { port: number, root?: string }): Promise<{ url: string, close(): Promise<void> }> }} */
const { startDemoServer } = await import('../node_modules/.cache/protocol-demo/server.mjs');

/** Fails the run when a shot would not show what its name promises. */
function check(condition, message) {
	if (!condition) throw new Error(`screenshot check failed: ${message}`);
}

/** The shots: which note, what to tap before the picture, and which part of the block to take (the whole block by default). */
const SHOTS = [
	{
		name: 'phone-session-scaling',
		note: '세션과 수평 확장',
		/** Five participants on a phone: the Redis branch chosen, five taps from Start, the diagram scrolled to the step. */
		async act(player) {
			await player.locator('.protocol-branch-select[data-block="0"]').selectOption('1');
			for (let i = 0; i < 5; i++) await player.locator('[data-action="next"]').tap();
			check((await player.getAttribute('data-step')) === '4', 'player should be at position 4');
			await player.locator('.protocol-player-diagram [data-step-index].is-current').first().evaluate((el) => el.scrollIntoView({ block: 'nearest', inline: 'center' }));
		},
	},
	{
		name: 'phone-seed-stateful',
		note: 'seed/Reference copy (unchanged) - 상태유지 프로토콜',
		/** The reference note unchanged: at step 4 (four taps from Start) Server holds the six items of its note. */
		async act(player) {
			for (let i = 0; i < 4; i++) await player.locator('[data-action="next"]').tap();
			check((await player.locator('[data-role="state"] [data-participant="Server"] [data-item]').count()) === 6, 'Server card should list six items');
		},
	},
	{
		name: 'phone-stateful-login-fault-map',
		note: 'Stateful login',
		part: '[data-role="fault-map"]',
		/** The fault map on a narrow player: a list per participant of the moments that break something, worst first. */
		async act(player) {
			// The player learns its width from a ResizeObserver, a frame after it is laid out.
			await player.and(player.page().locator('[data-narrow="true"]')).waitFor();
			await player.locator('[data-action="fault-map"]').tap();
			check((await player.locator('[data-role="fault-map-list"] [data-fault-cell]').count()) === 6, 'the list should have six entries');
			check(!(await player.locator('[role="grid"]').isVisible()), 'the grid should be hidden');
		},
	},
];

const server = await startDemoServer({ port: 0, root });
const browser = await chromium.launch({
	executablePath: requireChromium(),
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const written = [];
try {
	await mkdir(outDir, { recursive: true });
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
	const page = await context.newPage();
	page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
	for (const theme of ['light', 'dark']) {
		for (const shot of SHOTS) {
			const path = '/notes/' + shot.note.split('/').map(encodeURIComponent).join('/');
			await page.goto(`${server.url}${path}?theme=${theme}`);
			await page.waitForFunction(() => {
				const blocks = Array.from(document.querySelectorAll('.protocol-block'));
				return blocks.length > 0 && blocks.every((b) => b.querySelector('[data-step-index], .protocol-error') !== null);
			});
			await page.evaluate(() => document.fonts.ready);
			const block = page.locator('.protocol-block').first();
			await shot.act(block.locator('.protocol-player'));
			await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
			const file = join(outDir, `${shot.name}-${theme}.png`);
			if (shot.part === undefined) await block.screenshot({ path: file, animations: 'disabled' });
			else {
				// A part taller than the screen: shot in a screen tall enough to hold it. Shot at 844 px, the page is
				// stretched for the picture after the part's place was measured, and the picture comes out shifted.
				await page.setViewportSize({ width: 390, height: 2400 });
				await block.locator(shot.part).screenshot({ path: file, animations: 'disabled' });
				await page.setViewportSize({ width: 390, height: 844 });
			}
			written.push(file);
		}
	}
} finally {
	await browser.close();
	await server.close();
}
process.stdout.write(`Wrote ${written.length} screenshots:\n${written.map((f) => `  ${f.slice(root.length + 1)}`).join('\n')}\n`);
