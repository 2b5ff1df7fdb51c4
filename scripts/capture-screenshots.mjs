// Takes the README's screenshots of notes made from the recorded captures: the cookie login and the token
// login, each with its server restarted right after the login answer and stepped to the next request (the
// cookie session fails there, the JWT survives), and the TCP connection at ESTABLISHED. Into docs/images/.
// It bundles the player and the core from the current source and drives Chromium through playwright-core,
// on a page styled with the demo's Obsidian colour variables.
import esbuild from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { requireChromium } from './find-chromium.mjs';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/images');
const fixtures = join(root, 'tests/fixtures/captures');

const [page, core] = await Promise.all([
	esbuild.build({
		stdin: { contents: "import { mountPlayer } from './src/player/index'; window.ProtocolShots = { mountPlayer };", resolveDir: root, loader: 'ts' },
		bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2021', minify: true, logLevel: 'warning',
	}),
	esbuild.build({ entryPoints: [join(root, 'src/core/capture/conversions.ts')], outfile: join(root, 'node_modules/.cache/protocol-capture-shots/core.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' }),
	esbuild.build({ entryPoints: [join(root, 'scripts/demo/style.ts')], outfile: join(root, 'node_modules/.cache/protocol-capture-shots/style.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' }),
]);
/** @type {typeof import('../src/core/capture/conversions')} */
const { protocolFromHar, protocolFromPcap } = await import('../node_modules/.cache/protocol-capture-shots/core.mjs');
/** @type {{ DEMO_CSS: string }} */
const { DEMO_CSS } = await import('../node_modules/.cache/protocol-capture-shots/style.mjs');
void core;

function check(condition, message) {
	if (!condition) throw new Error(`screenshot check failed: ${message}`);
}

function textOf(result) {
	check(result.ok, `conversion failed: ${JSON.stringify(result.error)}`);
	return result.text;
}

const cookie = textOf(protocolFromHar(await readFile(join(fixtures, 'cookie-login.har'), 'utf8'), { mergeHosts: true }));
const token = textOf(protocolFromHar(await readFile(join(fixtures, 'token-login.har'), 'utf8'), { mergeHosts: true }));
const tcp = textOf(protocolFromPcap(new Uint8Array(await readFile(join(fixtures, 'tcp-loopback.pcap')))));

/** Each shot: the block, the fault, the position to show, and the outcome expected there. */
const SHOTS = [
	{ file: 'capture-cookie-restart.png', source: cookie, faults: [{ kind: 'restart', participant: 'Server', after: 3 }], position: 4, expect: 'failed' },
	{ file: 'capture-token-restart.png', source: token, faults: [{ kind: 'restart', participant: 'Server', after: 3 }], position: 4, expect: 'ok' },
	{ file: 'capture-tcp.png', source: tcp, faults: [], position: 3, expect: 'ok' },
];

const browser = await chromium.launch({
	executablePath: requireChromium(),
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const mermaid = await readFile(join(root, 'node_modules/mermaid/dist/mermaid.min.js'), 'utf8');
const css = await readFile(join(root, 'styles.css'), 'utf8');
try {
	await mkdir(outDir, { recursive: true });
	for (const shot of SHOTS) {
		const tab = await browser.newPage({ viewport: { width: 1000, height: 900 }, deviceScaleFactor: 1 });
		tab.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
		await tab.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body class="theme-light"><main id="note"></main></body></html>');
		await tab.addStyleTag({ content: DEMO_CSS });
		await tab.addStyleTag({ content: `${css}\nmain { max-width: 960px; }` });
		await tab.addScriptTag({ content: mermaid });
		await tab.addScriptTag({ content: page.outputFiles[0].text });
		const outcome = await tab.evaluate(async ({ source, faults, position }) => {
			const handle = await window.ProtocolShots.mountPlayer(document.getElementById('note'), {
				mermaid: window.mermaid, source, language: 'en', dark: false, idPrefix: 'shot', register: () => undefined,
			});
			handle.setFaults?.(faults);
			handle.goTo(position);
			return document.querySelector(`[data-step-index="${position}"].is-failed`) ? 'failed' : 'ok';
		}, shot);
		check(outcome === shot.expect, `${shot.file}: step ${shot.position} should be ${shot.expect}, not ${outcome}`);
		await tab.evaluate(() => document.fonts.ready);
		await tab.locator('.protocol-player').screenshot({ path: join(outDir, shot.file), animations: 'disabled' });
		await tab.close();
		process.stdout.write(`wrote docs/images/${shot.file}\n`);
	}
} finally {
	await browser.close();
}
