// Takes PNG screenshots of players on the example notes, in light and dark, into docs/images/.
// It builds the standalone player from the current source (as `npm run build` does), starts the demo
// server on a free port and drives Chromium (found by find-chromium.mjs) through playwright-core.
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

/** @param {import('playwright-core').Locator} player @param {number} position */
async function stepTo(player, position) {
	// "first" goes to Start (position −1): the first step is one "next" away.
	await player.locator('[data-action="first"]').click();
	for (let i = 0; i <= position; i++) await player.locator('[data-action="next"]').click();
	check((await player.getAttribute('data-step')) === String(position), `player should be at position ${position}`);
}

/** The shots: which note, which block on it, what to do before the picture. */
const SHOTS = [
	{
		name: 'seed-stateful-step4',
		note: 'seed/Reference copy (unchanged) - 상태유지 프로토콜',
		block: 0,
		/** The reference note unchanged: at step 4 Server holds the six items of its note. */
		async act(player) {
			await stepTo(player, 3);
			check((await player.locator('[data-role="state"] [data-participant="Server"] [data-item]').count()) === 6, 'Server card should list six items');
		},
	},
	{
		name: 'stateful-login-restart',
		note: 'Stateful login',
		block: 0,
		/** Restart Server after the login response: the profile request fails. */
		async act(player) {
			await stepTo(player, 3);
			await player.locator('[data-action="restart"][data-participant="Server"]').click();
			await player.locator('[data-action="last"]').click();
			check((await player.locator('.is-failed').count()) > 0, 'a step should be marked failed');
		},
	},
	{
		name: 'stateless-login-restart',
		note: '무상태 프로토콜 (Stateless)',
		block: 0,
		/** The same restart on the stateless twin: nothing fails, the signing key is durable. */
		async act(player) {
			await stepTo(player, 2);
			await player.locator('[data-action="restart"][data-participant="Server"]').click();
			await player.locator('[data-action="last"]').click();
			check((await player.locator('.is-failed').count()) === 0, 'no step should fail');
		},
	},
	{
		name: 'session-scaling-redis',
		note: '세션과 수평 확장',
		block: 0,
		/** The second branch of the alt (Redis): the profile request on Server B now succeeds. */
		async act(player) {
			await player.locator('[data-role="branch"][data-block="0"]').first().selectOption('1');
			await player.locator('[data-action="last"]').click();
			check((await player.locator('.is-off-path').count()) > 0, 'the first branch should be off the path');
		},
	},
	{
		name: 'stateful-login-fault-map',
		note: 'Stateful login',
		block: 0,
		keepPointer: true,
		/** The fault map: Server is red after "Store session"; hovering that cell lists what it breaks. */
		async act(player) {
			await player.locator('[data-action="fault-map"]').click();
			const cell = player.locator('[data-role="fault-map"] [data-participant="Server"][data-after="2"]');
			check((await cell.getAttribute('data-breaks')) !== '0', 'Server after step 3 should break something');
			await cell.hover();
			check((await player.locator('[data-role="fault-map-detail"] li').count()) > 0, 'the hovered cell should list broken steps');
		},
	},
	{
		name: 'stateful-login-fault-map-ko',
		note: 'Stateful login',
		lang: 'ko',
		themes: ['light'],
		block: 0,
		keepPointer: true,
		/** The same map for a Korean reader. */
		async act(player) {
			await player.locator('[data-action="fault-map"]').click();
			await player.locator('[data-role="fault-map"] [data-participant="Server"][data-after="2"]').hover();
			check((await player.locator('[data-role="fault-map-verdict"]').textContent())?.includes('재시작') === true, 'the verdict should be Korean');
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
	const page = await browser.newPage({ viewport: { width: 980, height: 900 }, deviceScaleFactor: 1 });
	page.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
	for (const theme of ['light', 'dark']) {
		for (const shot of SHOTS) {
			if (shot.themes !== undefined && !shot.themes.includes(theme)) continue;
			const path = '/notes/' + shot.note.split('/').map(encodeURIComponent).join('/');
			await page.goto(`${server.url}${path}?theme=${theme}${shot.lang !== undefined ? `&lang=${shot.lang}` : ''}`);
			// Every block drawn (or shown as an error) before anything is clicked.
			await page.waitForFunction(() => {
				const blocks = Array.from(document.querySelectorAll('.protocol-block'));
				return blocks.length > 0 && blocks.every((b) => b.querySelector('[data-step-index], .protocol-error') !== null);
			});
			await page.evaluate(() => document.fonts.ready);
			const block = page.locator('.protocol-block').nth(shot.block);
			await shot.act(block.locator('.protocol-player'));
			// No focus ring or hover on the last button clicked (unless the shot shows what hovering does).
			if (shot.keepPointer !== true) {
				await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
				await page.mouse.move(0, 0);
			}
			const file = join(outDir, shot.themes?.length === 1 ? `${shot.name}.png` : `${shot.name}-${theme}.png`);
			await block.screenshot({ path: file, animations: 'disabled' });
			written.push(file);
		}
		// One whole page, as a newcomer sees the demo.
		await page.goto(`${server.url}/notes/Stateful%20login?theme=${theme}`);
		await page.waitForSelector('.protocol-block [data-step-index]');
		const file = join(outDir, `demo-page-${theme}.png`);
		await page.screenshot({ path: file, animations: 'disabled' });
		written.push(file);
	}
} finally {
	await browser.close();
	await server.close();
}
process.stdout.write(`Wrote ${written.length} screenshots:\n${written.map((f) => `  ${f.slice(root.length + 1)}`).join('\n')}\n`);
