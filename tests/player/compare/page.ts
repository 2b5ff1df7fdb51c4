import { build } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Harness } from '../../browser/harness';

/** Builds the compare block for the browser and serves it at `/protocol-compare.js` on the harness's server. */
export async function serveCompareBundle(harness: Harness): Promise<string> {
	const result = await build({
		entryPoints: [join(import.meta.dirname, 'entry.ts')],
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2021',
		write: false,
		logLevel: 'silent',
	});
	harness.server.set('/protocol-compare.js', { body: result.outputFiles[0]?.text ?? '', type: 'text/javascript' });
	return '<script src="/protocol-compare.js"></script>';
}

/** A side as a test names it: a note name and its diagram source, or what is missing. */
export type TestSide = { name: string; source: string } | { name: string; missing: 'note' | 'diagram' };

/** Mounts one compare block in a fresh `.test-compare` container; its cleanups are kept in `window.__compareCleanups`. */
export function mountCompareBlock(page: Page, sides: TestSide[], options: Record<string, unknown> = {}): Promise<void> {
	return page.evaluate(async ([sides, options]) => {
		const win = window as unknown as {
			ProtocolCompare: { mountCompare(c: HTMLElement, o: object): Promise<unknown> };
			mermaid: unknown;
			__compareCleanups?: Array<() => void>;
			__opened?: string[];
		};
		const cleanups: Array<() => void> = (win.__compareCleanups ??= []);
		win.__opened = [];
		const container = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
		container.className = 'test-compare';
		document.body.append(container);
		await win.ProtocolCompare.mountCompare(container, {
			mermaid: win.mermaid,
			idPrefix: 'cmp',
			language: 'en',
			dark: false,
			register: (cleanup: () => void) => cleanups.push(cleanup),
			openNote: (name: string) => win.__opened?.push(name),
			sides: sides.map((side) => ('source' in side ? { name: side.name, diagram: { source: side.source } } : { name: side.name, diagram: { missing: side.missing } })),
			...options,
		});
	}, [sides, options] as const);
}

/** Runs every cleanup of the mounted compare blocks and empties the page. */
export function resetComparePage(page: Page): Promise<void> {
	return page.evaluate(() => {
		const win = window as unknown as { __compareCleanups?: Array<() => void> };
		for (const cleanup of (win.__compareCleanups ?? []).splice(0)) cleanup();
		document.body.querySelectorAll('.test-compare').forEach((node) => node.remove());
	});
}
