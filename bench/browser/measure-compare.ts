/**
 * Runs inside Chromium on a page holding the real Mermaid (`window.mermaid`). Bundled as an IIFE by
 * bench/compare.ts with the player and the compare block; puts `window.compareBench` on the page.
 * Both draws are timed alike: from the start of the work to the first painted frame showing the result.
 */
import { mountCompare } from '../../src/player/compare';
import { mountPlayer } from '../../src/player';
import type { MermaidLike } from '../../src/player/api';
import { framePainted } from './page';

/** The functions the Node side calls. */
export interface CompareBench {
	/** ms to draw one player of `source`. */
	drawOne(source: string): Promise<number>;
	/** ms to draw a compare block of the two sources. */
	drawCompare(a: string, b: string): Promise<number>;
}

const win = window as unknown as { mermaid: MermaidLike; gc?: () => void; compareBench?: CompareBench };

async function timed(draw: (host: HTMLElement, register: (cleanup: () => void) => void) => Promise<unknown>): Promise<number> {
	const host = document.createElementNS('http://www.w3.org/1999/xhtml', 'div');
	document.body.append(host);
	const cleanups: Array<() => void> = [];
	void document.body.getBoundingClientRect();
	await framePainted();
	win.gc?.();
	const start = performance.now();
	await draw(host, (cleanup) => cleanups.push(cleanup));
	await framePainted();
	const ms = performance.now() - start;
	if (host.querySelector('.protocol-error') !== null) throw new Error('a player showed an error');
	for (const cleanup of cleanups) cleanup();
	host.remove();
	return ms;
}

let counter = 0;
const common = () => ({ mermaid: win.mermaid, language: 'en' as const, dark: false, idPrefix: `bench-${++counter}` });

win.compareBench = {
	drawOne: (source) => timed((host, register) => mountPlayer(host, { ...common(), source, register })),
	drawCompare: (a, b) => timed((host, register) => mountCompare(host, {
		...common(),
		register,
		sides: [{ name: 'A', diagram: { source: a } }, { name: 'B', diagram: { source: b } }],
	})),
};
