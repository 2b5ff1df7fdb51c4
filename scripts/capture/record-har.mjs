// Records the HAR fixtures of tests/fixtures/captures/ from real software: Chromium (found by
// find-chromium.mjs, launched as tests/browser/harness.ts does) logs into the two local sites of sites.mjs
// while playwright-core's recordHar writes what it sent and received. Then the HAR is anonymised: the
// browser's user agent and the random ports become fixed placeholders; the test secrets (made fresh per
// run) stay, since the tests check that the conversion hides them.
// Usage: node scripts/capture/record-har.mjs
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { requireChromium } from '../find-chromium.mjs';
import { startCookieSite, startTokenSite } from './sites.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', 'captures');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const browser = await chromium.launch({ executablePath: requireChromium(), args: ARGS });
const work = await mkdtemp(join(tmpdir(), 'protocol-har-'));
try {
	await record('cookie-login.har', startCookieSite, async (page, site) => {
		await page.goto(site.origin + '/');
		await page.fill('input[name=user]', 'ada');
		await page.fill('input[name=password]', 'correct horse battery staple');
		await Promise.all([page.waitForURL('**/profile'), page.click('button')]);
		await page.waitForFunction(() => document.getElementById('who')?.textContent === 'ada');
		// The beacon is sent after the answer is shown; give it a moment to leave.
		await page.waitForTimeout(300);
	}, { 8081: 'cookie' });
	await record('token-login.har', startTokenSite, async (page, site) => {
		await page.goto(site.origin + '/');
		await page.waitForFunction(() => document.getElementById('who')?.textContent === 'ada');
	}, { 8082: 'page', 8083: 'api' });
} finally {
	await browser.close();
	await rm(work, { recursive: true, force: true });
}

/** Starts a site, records one visit into `name`, anonymises it; `ports` names the fixed port of each origin. */
async function record(name, start, visit, ports) {
	const site = await start();
	const path = join(work, name);
	const context = await browser.newContext({ recordHar: { path, content: 'embed' } });
	try {
		await visit(await context.newPage(), site);
	} finally {
		await context.close();
		await site.close();
	}
	const fixed = Object.keys(ports).map(Number);
	const origins = [site.origin, site.apiOrigin].filter(Boolean).map((o) => new URL(o).port);
	let text = await readFile(path, 'utf8');
	origins.forEach((port, i) => { text = text.split(`:${port}`).join(`:${fixed[i]}`); });
	const har = JSON.parse(text);
	har.log.creator = { name: 'Playwright (Chromium)', version: 'anonymised' };
	for (const entry of har.log.entries) {
		for (const header of entry.request.headers) {
			if (header.name.toLowerCase() === 'user-agent') header.value = 'Mozilla/5.0 (anonymised) Chromium';
		}
	}
	await writeFile(join(out, name), JSON.stringify(har, null, 2) + '\n');
	process.stdout.write(`wrote ${name}: ${har.log.entries.length} entries\n`);
}
