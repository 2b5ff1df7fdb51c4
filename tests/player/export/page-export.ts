import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import type { Harness } from '../../browser/harness';

/** What the export tests read of one step element: its state and outcome classes, how it is drawn, and a label's words. */
export interface StepLook {
	state: string;
	/** The outcome classes it carries (`is-failed`, `is-consequence`, `is-dropped`, `is-will-fail`), joined. */
	outcome: string;
	failed: boolean;
	opacity: string;
	stroke: string;
	fill: string;
	dash: string;
	visibility: string;
	decoration: string;
	/** A text element's words (an `@on-failure` reply reads its label while it is a consequence). */
	text?: string;
}

/** The hooks the test page exposes (tests/browser/harness.ts) plus the standalone script's export. */
export interface ExportPage {
	__players: Array<{ handle: { goTo(position: number): void; position(): number; root: HTMLElement } }>;
	ProtocolPlayer: { exportSteps(handle: unknown, options: object): Promise<string[]> };
}

/**
 * How each step's elements look, by step index and element role (`line`, `text`, `note`), in `root`: the
 * live player or an exported image shown in the page. Computed styles, so page CSS and baked styles compare.
 */
export function looksIn(page: Page, selector: string): Promise<Record<string, StepLook>> {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector);
		// As the export bakes them (look-reader.ts, legacyColors): `color(srgb …)` written as rgb()/rgba().
		const byte = (channel: string): number => Math.max(0, Math.min(255, Math.round(Number(channel) * 255)));
		const legacy = (value: string): string => value.replace(/color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+))?\)/g, (_, r: string, g: string, b: string, a: string | undefined) => {
			const rgb = `${byte(r)}, ${byte(g)}, ${byte(b)}`;
			return a === undefined || Number(a) >= 1 ? `rgb(${rgb})` : `rgba(${rgb}, ${Number(a)})`;
		});
		// An exported look writes a colour's alpha into fill-opacity / stroke-opacity (issue 19): fold it back in to compare with the player's rgba().
		const withOpacity = (color: string, opacity: string): string => {
			const match = /^rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)$/.exec(color);
			if (match === null) return color;
			const alpha = Number(((match[4] === undefined ? 1 : Number(match[4])) * Number(opacity || '1')).toFixed(2));
			return alpha >= 1 ? `rgb(${match[1]}, ${match[2]}, ${match[3]})` : `rgba(${match[1]}, ${match[2]}, ${match[3]}, ${alpha})`;
		};
		const looks: Record<string, { state: string; outcome: string; failed: boolean; opacity: string; stroke: string; fill: string; dash: string; visibility: string; decoration: string; text?: string }> = {};
		for (const element of Array.from(root?.querySelectorAll('[data-step-index]') ?? [])) {
			const role = element.classList.contains('messageText') ? 'text' : element.localName === 'rect' ? 'box' : element.localName === 'text' ? 'text' : 'line';
			const key = `${element.getAttribute('data-step-index')}:${role}:${element.localName}`;
			if (looks[key] !== undefined) continue;
			const style = getComputedStyle(element);
			looks[key] = {
				state: ['is-past', 'is-current', 'is-future', 'is-off-path'].filter((c) => element.classList.contains(c)).join(' '),
				outcome: ['is-failed', 'is-consequence', 'is-dropped', 'is-will-fail'].filter((c) => element.classList.contains(c)).join(' '),
				failed: element.classList.contains('is-failed'),
				opacity: style.opacity,
				stroke: withOpacity(legacy(style.stroke), style.strokeOpacity),
				fill: withOpacity(legacy(style.fill), style.fillOpacity),
				dash: style.strokeDasharray,
				visibility: style.visibility,
				decoration: style.textDecorationLine,
			};
			if (element.localName === 'text') looks[key].text = element.textContent ?? '';
		}
		return looks;
	}, selector);
}

/** Exports player `n` of the test page through `window.ProtocolPlayer.exportSteps`. */
export function exportTexts(page: Page, n: number, options: object): Promise<string[]> {
	return page.evaluate(([n, options]) => {
		const w = window as unknown as ExportPage;
		return w.ProtocolPlayer.exportSteps(w.__players[n]?.handle, options);
	}, [n, options] as const);
}

/**
 * Shows an exported SVG text in the page, outside any player (so only its own styles apply), in a
 * `#shown` holder; returns whether it parsed as XML without an error.
 */
export function showSvg(page: Page, text: string): Promise<boolean> {
	return page.evaluate((text) => {
		document.getElementById('shown')?.remove();
		const parsed = new DOMParser().parseFromString(text, 'image/svg+xml');
		if (parsed.getElementsByTagName('parsererror').length > 0) return false;
		const holder = document.createElementNS('http://www.w3.org/1999/xhtml', 'div') as HTMLDivElement;
		holder.id = 'shown';
		holder.append(document.importNode(parsed.documentElement, true));
		document.body.append(holder);
		return true;
	}, text);
}

/** Moves every animation of the page to `time` ms and holds it there. */
export function seekAnimations(page: Page, time: number): Promise<number> {
	return page.evaluate((time) => {
		const animations = document.getAnimations();
		for (const animation of animations) {
			animation.pause();
			animation.currentTime = time;
		}
		return animations.length;
	}, time);
}

/** An exported HTML file opened from `file://` in a context where every other request is refused. */
export interface OpenedHtmlFile {
	page: Page;
	context: BrowserContext;
	/** Every URL the page asked for, the refused ones included. */
	requests: string[];
	/** Closes the context and removes the file. */
	close(): Promise<void>;
}

/** Writes `html` to a temporary `NAME.html`, opens it from `file://` with no network at all, and waits for its player. */
export async function openHtmlFile(harness: Harness, html: string, name = 'Login'): Promise<OpenedHtmlFile> {
	const dir = await mkdtemp(join(tmpdir(), 'protocol-html-'));
	const file = join(dir, `${name}.html`);
	await writeFile(file, html);
	const requests: string[] = [];
	const context = await harness.browser.newContext();
	await context.route('**/*', (route) => {
		requests.push(route.request().url());
		return route.request().url().startsWith('file:') ? route.continue() : route.abort();
	});
	const page = await context.newPage();
	await page.goto(pathToFileURL(file).href);
	await page.locator('.protocol-player').waitFor();
	return {
		page, context, requests,
		close: async () => {
			await context.close();
			await rm(dir, { recursive: true, force: true });
		},
	};
}
