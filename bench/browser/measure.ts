/**
 * Runs inside Chromium, on a page that already holds the real Mermaid (`window.mermaid`) and the
 * standalone player (`window.ProtocolPlayer`). Bundled as an IIFE by bench/player.ts; it puts its
 * measurements on `window.protocolBench` for the Node side to call.
 */

interface MermaidRender {
	render(id: string, text: string): Promise<{ svg: string; bindFunctions?: (element: Element) => void }>;
}

interface PlayerHandle {
	goTo(position: number): void;
}

interface StandalonePlayer {
	upgrade(root: Element): Promise<PlayerHandle[]>;
	destroy(root: Element): number;
}

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
}

interface BenchWindow {
	/** V8's collector, when Chromium runs with `--js-flags=--expose-gc` (bench/player.ts launches it so). */
	gc?: () => void;
	mermaid?: MermaidRender;
	ProtocolPlayer?: StandalonePlayer;
	protocolBench?: ProtocolBench;
}

const win = window as unknown as BenchWindow;
let counter = 0;

/**
 * An HTML element of the page. This runs on a plain page, not in Obsidian, so `createEl` does not exist;
 * as in the player (src/player/dom.ts), an element in the XHTML namespace is what `createElement` makes.
 */
function html<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
	return document.createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElementTagNameMap[K];
}

function api(): { mermaid: MermaidRender; player: StandalonePlayer } {
	if (win.mermaid === undefined) throw new Error('window.mermaid is missing: Mermaid did not load');
	if (win.ProtocolPlayer === undefined) throw new Error('window.ProtocolPlayer is missing: the standalone script did not load');
	return { mermaid: win.mermaid, player: win.ProtocolPlayer };
}

/** A fresh block on the page, as the demo and Publish have it: `pre > code.language-protocol`. */
function blockHost(source: string): HTMLElement {
	const host = html('div');
	const pre = html('pre');
	const code = html('code');
	code.className = 'language-protocol';
	code.textContent = source;
	pre.append(code);
	host.append(pre);
	document.body.append(host);
	return host;
}

function readyIn(host: Element): boolean {
	return host.querySelector('.protocol-player[data-steps] [data-step-index], .protocol-error') !== null;
}

/** Resolves as soon as the host holds a ready player (or an error box), checked on every DOM change. */
function whenReady(host: Element): Promise<void> {
	if (readyIn(host)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const timer = window.setTimeout(() => {
			observer.disconnect();
			reject(new Error('no ready player after 30 s'));
		}, 30_000);
		const observer = new MutationObserver(() => {
			if (!readyIn(host)) return;
			observer.disconnect();
			window.clearTimeout(timer);
			resolve();
		});
		observer.observe(host, { childList: true, subtree: true, attributes: true });
	});
}

function failIfError(host: Element): void {
	const error = host.querySelector('.protocol-error');
	if (error !== null) throw new Error(`the player showed an error: ${error.textContent ?? ''}`);
}

/**
 * Resolves once the page has rendered a frame: a frame runs its animation-frame callbacks and then, in
 * the same task, style, layout and paint; a message posted from such a callback arrives after all that.
 */
function framePainted(): Promise<void> {
	return new Promise((resolve) => {
		window.requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				channel.port1.close();
				resolve();
			};
			channel.port2.postMessage(undefined);
		});
	});
}

/**
 * Lets the page render whatever changed before, so that its style and layout work is done here and not
 * inside the next timing: a draw starts from a page that is already laid out and painted, as a reader's
 * page is, and neither side pays for the other's teardown.
 */
async function settle(): Promise<void> {
	void document.body.getBoundingClientRect();
	await framePainted();
}

/**
 * Starts both sides alike: garbage left by the previous draw is collected first, outside the timing, so
 * that neither side pays for the other's allocations; then the clock starts.
 */
function startClock(): number {
	win.gc?.();
	return performance.now();
}

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

function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.requestAnimationFrame(() => resolve()));
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

win.protocolBench = { drawPlayer, drawMermaid, steps };
