/**
 * Runs inside Chromium, on a page that already holds the real Mermaid (`window.mermaid`) and the
 * standalone player (`window.ProtocolPlayer`). Bundled as an IIFE by bench/player.ts; it puts its
 * measurements on `window.protocolBench` for the Node side to call.
 */

import { faultMapPaint, type FaultMapPaint } from './fault-map-paint';
import { api, blockHost, failIfError, framePainted, html, nextFrame, readyIn, settle, startClock, whenReady, win } from './page';

/** What a step measurement found, per step. */
export interface StepSample {
	/** Time inside the click handler (the whole synchronous script work of the step), ms. */
	script: number;
	/** Style and layout forced right after the step, ms: the rendering work of the next frame. */
	layout: number;
	/** Whether the step's highlight was already in place when the next animation frame ran. */
	paintedNextFrame: boolean;
}

/** Step timings: by the "next" button (what a user does) and by `handle.goTo` (the player's own work). */
export interface StepTimes {
	clicks: StepSample[];
	/** Script time of each `goTo(p)`, ms, stepping forward from the first position. */
	goTo: number[];
}

/** The functions the Node side calls through `page.evaluate`. */
export interface ProtocolBench {
	/** ms from the start of the work to the first painted frame showing the player (see `drawPlayer`). */
	drawPlayer(source: string): Promise<number>;
	/** The same for Mermaid's own render of the same text. */
	drawMermaid(source: string): Promise<number>;
	steps(source: string): Promise<StepTimes>;
	/** Opens the fault map of a fresh player of `source` and times it to the painted map (see `faultMapPaint`). */
	faultMapPaint(source: string): Promise<FaultMapPaint>;
}

interface MeasureWindow {
	protocolBench?: ProtocolBench;
}

let counter = 0;

/**
 * "First draw", as a reader sees it: from the start of the work until the first frame that shows the
 * finished drawing has been styled, laid out and painted. Both sides end at that same point, so style and
 * layout of whatever each puts in the page count on both sides, wherever they happen.
 */
async function drawPlayer(source: string): Promise<number> {
	const { player } = api();
	const host = blockHost(source);
	// The code block is on the page, rendered, before the script turns it into a player.
	await settle();
	const start = startClock();
	// `upgrade` resolves once each player is in the page (mountPlayer appends it before resolving).
	await player.upgrade(host);
	await framePainted();
	const painted = performance.now() - start;
	// Checked after the clock stopped: the bench's own look-ups over the drawing are no part of the draw.
	if (!readyIn(host)) throw new Error('upgrade() resolved before the player was in the page');
	failIfError(host);
	player.destroy(host);
	host.remove();
	await settle();
	return painted;
}

/**
 * Mermaid's own render of the same text, its SVG put into the page and measured to the same end point as
 * the player. `mermaid.run()` assigns the text as `innerHTML` (the lint forbids that here); DOMParser's
 * HTML parser, which the player uses too, is the same parser: both sides read the SVG text alike.
 */
async function drawMermaid(source: string): Promise<number> {
	const { mermaid } = api();
	const host = html('div');
	document.body.append(host);
	await settle();
	const start = startClock();
	const { svg, bindFunctions } = await mermaid.render(`bench-mermaid-${counter++}`, source);
	const parsed = new DOMParser().parseFromString(svg, 'text/html');
	const drawing = parsed.body.firstElementChild;
	if (drawing === null) throw new Error('Mermaid returned no drawing');
	host.append(document.adoptNode(drawing));
	bindFunctions?.(host);
	await framePainted();
	const painted = performance.now() - start;
	host.remove();
	await settle();
	return painted;
}

/**
 * Steps a linear diagram from its first to its last step with the "next" button, timing each click's
 * script work, the style and layout it causes, and whether the highlight is in place at the next frame;
 * then steps through again with `handle.goTo`. In a linear diagram path position p is step p, so `[data-step-index="p"]` must be current after it.
 */
async function steps(source: string): Promise<StepTimes> {
	const { player } = api();
	const host = blockHost(source);
	const [handle] = await player.upgrade(host);
	await whenReady(host);
	failIfError(host);
	const root = host.querySelector<HTMLElement>('.protocol-player');
	const next = root?.querySelector<HTMLElement>('[data-action="next"]');
	if (root == null || next == null || handle === undefined) throw new Error('the player has no [data-action="next"] control');
	const total = Number(root.dataset.steps);
	const samples: StepSample[] = [];
	// The first-draw benches before this one leave garbage behind: collect it now, not in the middle of a step.
	win.gc?.();
	// The player opens at Start (position −1), drawn as Mermaid draws it; the first step marks the whole
	// drawing once. Stepping is measured from the first step on, as before.
	handle.goTo(0);
	await nextFrame();
	for (let position = 1; position < total; position++) {
		const start = performance.now();
		next.click();
		const scripted = performance.now();
		// Reading a layout property makes Chromium do the frame's style and layout now, where we can time it.
		void document.documentElement.offsetHeight;
		const laidOut = performance.now();
		await nextFrame();
		const current = root.querySelector(`[data-step-index="${position}"]`);
		samples.push({
			script: scripted - start,
			layout: laidOut - scripted,
			paintedNextFrame: root.dataset.step === String(position) && current !== null && current.classList.contains('is-current'),
		});
	}
	const goTo: number[] = [];
	handle.goTo(0);
	await nextFrame();
	for (let position = 1; position < total; position++) {
		const start = performance.now();
		handle.goTo(position);
		goTo.push(performance.now() - start);
		// Let each step's frame happen, as when a user steps, so that work never piles up across steps.
		await nextFrame();
	}
	player.destroy(host);
	host.remove();
	return { clicks: samples, goTo };
}

(win as MeasureWindow).protocolBench = { drawPlayer, drawMermaid, steps, faultMapPaint };
