// Exports the Stateful login walk-through (example-vault/Stateful login.md, Server restarted after the
// login response) as the plugin does — one SVG and PNG per step, the slide note, one animated SVG, one HTML file — into
// docs/images/export/, and renders a PNG preview of a slide and of the animation's frames to look at.
// Drives Debian's Chromium through playwright-core with Mermaid 12 and the player built from the source.
import esbuild from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { requireChromium } from './find-chromium.mjs';
import { chromium } from 'playwright-core';
import { Marp } from '@marp-team/marp-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/images/export');

const player = await esbuild.build({ entryPoints: [join(root, 'src/standalone/index.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2021', minify: true, legalComments: 'none', logLevel: 'warning' });
const built = await esbuild.build({ entryPoints: [join(root, 'scripts/export/page-entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2021', logLevel: 'warning' });
const note = await readFile(join(root, 'example-vault/Stateful login.md'), 'utf8');
const block = /^```protocol[^\n]*\n([\s\S]*?)^```\s*$/m.exec(note)?.[1];
if (block === undefined) throw new Error('no protocol block in Stateful login.md');

const browser = await chromium.launch({ executablePath: requireChromium(), args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
	const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
	await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
	await page.addStyleTag({ content: await readFile(join(root, 'styles.css'), 'utf8') });
	await page.addScriptTag({ content: await readFile(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8') });
	await page.addScriptTag({ content: built.outputFiles[0]?.text ?? '' });
	const job = { source: block, restartAfter: 3, intervalMs: 1500, base: 'Stateful login', sourceNote: 'Stateful login', playerScript: player.outputFiles[0]?.text ?? '' };
	const result = await page.evaluate((job) => window.exportForDocs(job), job);

	await rm(outDir, { recursive: true, force: true });
	await mkdir(outDir, { recursive: true });
	for (const [i, svg] of result.svgs.entries()) await writeFile(join(outDir, result.names[i]), svg);
	// One PNG (the failing step's) shows what the plugin writes beside each SVG; all seven would only weigh the repository down.
	await writeFile(join(outDir, result.names[5].replace(/\.svg$/, '.png')), Buffer.from(result.pngs[5], 'base64'));
	await writeFile(join(outDir, 'Stateful login.html'), result.html);
	await writeFile(join(outDir, 'Stateful login slides.md'), result.slides);
	await writeFile(join(outDir, 'stateful-login-restart-animated.svg'), result.animated);

	// The failing step's slide as Marp shows it (16:9, 1280 × 720), for the README: the deck rendered by
	// marp-core, its images served from the export folder.
	const { html, css } = new Marp({ inlineSVG: false }).render(result.slides);
	const deck = await browser.newPage({ viewport: { width: 1280, height: 720 } });
	await deck.route('http://deck.local/**', async (route) => {
		const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
		if (name === '') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{margin:0}</style></head><body>${html}</body></html>` });
		return route.fulfill({ contentType: 'image/svg+xml', body: await readFile(join(outDir, name), 'utf8') });
	});
	await deck.goto('http://deck.local/');
	await deck.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
	// Slide 1 is the title; slide K + 2 shows export position K.
	await deck.locator('section').nth(6).screenshot({ path: join(outDir, 'Stateful login slide 5 (Marp).png') });

	// Previews to look at (not linked from the README): the failing step's slide image, and the animation
	// seeked to three of its steps through the Web Animations API.
	const preview = await browser.newPage({ viewport: { width: 1200, height: 900 } });
	await preview.setContent(`<!doctype html><html><body style="margin:0">${result.svgs[5]}</body></html>`);
	await preview.locator('svg.protocol-export').screenshot({ path: join(root, 'node_modules/.cache/export-preview-step5.png') });
	await preview.setContent(`<!doctype html><html><body style="margin:0">${result.animated}</body></html>`);
	for (const k of [0, 4, 5]) {
		await preview.evaluate((t) => document.getAnimations().forEach((a) => { a.pause(); a.currentTime = t; }), k * job.intervalMs + job.intervalMs / 2);
		await preview.locator('svg.protocol-export').screenshot({ path: join(root, `node_modules/.cache/export-preview-animated-${k}.png`) });
	}
	process.stdout.write(`wrote ${result.svgs.length} step images, a PNG, the slide note, the animated SVG and the HTML file to ${outDir}\n`);
} finally {
	await browser.close();
}
