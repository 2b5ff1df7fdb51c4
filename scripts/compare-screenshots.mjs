// Takes the README's screenshots of the protocol-compare block: Stateful vs Stateless login under one
// restart of Server after "Login Response", in light, dark and Korean, into docs/images/.
// It bundles the compare block from the current source and drives Debian's Chromium through playwright-core,
// on a page styled with the demo's Obsidian colour variables.
import esbuild from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { requireChromium } from './find-chromium.mjs';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs/images');

const [page] = await Promise.all([
	esbuild.build({
		stdin: { contents: "import { mountCompare } from './src/player/compare'; window.ProtocolCompare = { mountCompare };", resolveDir: root, loader: 'ts' },
		bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2021', minify: true, logLevel: 'warning',
	}),
	esbuild.build({ entryPoints: [join(root, 'scripts/demo/style.ts')], outfile: join(root, 'node_modules/.cache/protocol-compare-shots/style.mjs'), bundle: true, format: 'esm', platform: 'node', logLevel: 'warning' }),
]);
/** @type {{ DEMO_CSS: string }} */
const { DEMO_CSS } = await import('../node_modules/.cache/protocol-compare-shots/style.mjs');

/** The first ```protocol block of an example note. */
async function firstBlock(note) {
	const text = await readFile(join(root, 'example-vault', `${note}.md`), 'utf8');
	const match = /^```protocol[^\n]*\n([\s\S]*?)^```\s*$/m.exec(text);
	if (!match) throw new Error(`no protocol block in ${note}`);
	return match[1].replace(/\n$/, '');
}

function check(condition, message) {
	if (!condition) throw new Error(`screenshot check failed: ${message}`);
}

const sides = [
	{ name: 'Stateful login', diagram: { source: await firstBlock('Stateful login') } },
	{ name: '무상태 프로토콜 (Stateless)', diagram: { source: await firstBlock('무상태 프로토콜 (Stateless)') } },
];
const SHOTS = [
	{ file: 'compare-logins-light.png', theme: 'light', lang: 'en' },
	{ file: 'compare-logins-dark.png', theme: 'dark', lang: 'en' },
	{ file: 'compare-logins-ko.png', theme: 'light', lang: 'ko' },
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
		const tab = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
		tab.on('pageerror', (error) => process.stderr.write(`page error: ${error.message}\n`));
		await tab.setContent(`<!doctype html><html lang="${shot.lang}"><head><meta charset="utf-8"></head><body class="theme-${shot.theme}"><main id="note"></main></body></html>`);
		await tab.addStyleTag({ content: DEMO_CSS });
		await tab.addStyleTag({ content: `${css}\nmain { max-width: 1160px; }` });
		await tab.addScriptTag({ content: mermaid });
		await tab.addScriptTag({ content: page.outputFiles[0].text });
		await tab.evaluate(async ({ sides, lang, dark }) => {
			await window.ProtocolCompare.mountCompare(document.getElementById('note'), {
				mermaid: window.mermaid, language: lang, dark, idPrefix: 'shot', register: () => undefined, openNote: () => undefined,
				sides, fault: { kind: 'restart', participant: 'Server', moment: 'Login Response', line: 3 },
			});
		}, { sides, lang: shot.lang, dark: shot.theme === 'dark' });
		await tab.evaluate(() => document.fonts.ready);
		const verdicts = await tab.locator('[data-role="verdict"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-fails')));
		check(verdicts[0] === '4' && verdicts[1] === 'none', `verdicts should be 4 and none, not ${verdicts.join(', ')}`);
		await tab.locator('.protocol-compare').screenshot({ path: join(outDir, shot.file), animations: 'disabled' });
		await tab.close();
		process.stdout.write(`wrote docs/images/${shot.file}\n`);
	}
} finally {
	await browser.close();
}
