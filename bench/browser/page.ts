/**
 * What the bench's page scripts share (they run inside Chromium, on a page holding the real Mermaid and the
 * standalone player): the page's window, fresh blocks, waiting for a ready player and for a painted frame.
 */

/** Mermaid's API, as far as the bench uses it. */
export interface MermaidRender {
	render(id: string, text: string): Promise<{ svg: string; bindFunctions?: (element: Element) => void }>;
}

/** A mounted player, as far as the bench uses it. */
export interface PlayerHandle {
	goTo(position: number): void;
}

/** The standalone script's API (`window.ProtocolPlayer`). */
export interface StandalonePlayer {
	upgrade(root: Element): Promise<PlayerHandle[]>;
	destroy(root: Element): number;
}

/** What the page holds: Mermaid, the standalone player, V8's collector, and the bench's own functions. */
export interface BenchWindow {
	/** V8's collector, when Chromium runs with `--js-flags=--expose-gc` (bench/player.ts launches it so). */
	gc?: () => void;
	mermaid?: MermaidRender;
	ProtocolPlayer?: StandalonePlayer;
	protocolBench?: unknown;
}

/** The page's window, as the bench sees it. */
export const win = window as unknown as BenchWindow;

/**
 * An HTML element of the page. This runs on a plain page, not in Obsidian, so `createEl` does not exist;
 * as in the player (src/player/dom.ts), an element in the XHTML namespace is what `createElement` makes.
 */
export function html<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
	return document.createElementNS('http://www.w3.org/1999/xhtml', tag) as HTMLElementTagNameMap[K];
}

export function api(): { mermaid: MermaidRender; player: StandalonePlayer } {
	if (win.mermaid === undefined) throw new Error('window.mermaid is missing: Mermaid did not load');
	if (win.ProtocolPlayer === undefined) throw new Error('window.ProtocolPlayer is missing: the standalone script did not load');
	return { mermaid: win.mermaid, player: win.ProtocolPlayer };
}

/** A fresh block on the page, as the demo and Publish have it: `pre > code.language-protocol`. */
export function blockHost(source: string): HTMLElement {
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

export function readyIn(host: Element): boolean {
	return host.querySelector('.protocol-player[data-steps] [data-step-index], .protocol-error') !== null;
}

/** Resolves as soon as the host holds a ready player (or an error box), checked on every DOM change. */
export function whenReady(host: Element): Promise<void> {
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

export function failIfError(host: Element): void {
	const error = host.querySelector('.protocol-error');
	if (error !== null) throw new Error(`the player showed an error: ${error.textContent ?? ''}`);
}

/**
 * Resolves once the page has rendered a frame: a frame runs its animation-frame callbacks and then, in
 * the same task, style, layout and paint; a message posted from such a callback arrives after all that.
 */
export function framePainted(): Promise<void> {
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
export async function settle(): Promise<void> {
	void document.body.getBoundingClientRect();
	await framePainted();
}

/**
 * Starts both sides alike: garbage left by the previous draw is collected first, outside the timing, so
 * that neither side pays for the other's allocations; then the clock starts.
 */
export function startClock(): number {
	win.gc?.();
	return performance.now();
}

/** Resolves at the next animation frame. */
export function nextFrame(): Promise<void> {
	return new Promise((resolve) => window.requestAnimationFrame(() => resolve()));
}
