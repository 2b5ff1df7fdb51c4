// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerProtocolBlocks } from '../../../src/obsidian/blocks/register-protocol-blocks';
import { countingPlayer } from '../support/counting-player';
import { testPlugin, withHost } from '../support/context';
import { renderReadingView, settle } from '../support/reading-view';
import { installObsidianDom } from '../../fakes/obsidian/dom';

installObsidianDom(window);

/** Three blocks: "A->>B: one", "A->>B: two", "A->>B: three". */
const NOTE = ['# Three', '```protocol', 'A->>B: one', '```', '', '```protocol', 'A->>B: two', '```', '', '```protocol', 'A->>B: three', '```'].join('\n');

/**
 * A stand-in for the browser's IntersectionObserver (jsdom has none and lays nothing out): it records what
 * it observes, and the test says when a target is near the view (`report`), as the browser would.
 */
class FakeIntersectionObserver {
	static made: FakeIntersectionObserver[] = [];
	readonly targets: Element[] = [];
	connected = true;
	constructor(
		private readonly callback: (entries: Array<Pick<IntersectionObserverEntry, 'isIntersecting' | 'target'>>) => void,
		readonly options: IntersectionObserverInit & { scrollMargin?: string },
	) {
		FakeIntersectionObserver.made.push(this);
	}
	observe(target: Element): void {
		this.targets.push(target);
	}
	disconnect(): void {
		this.connected = false;
	}
	/** The browser's report for every target: near the view or not. */
	report(isIntersecting: boolean): void {
		if (this.connected) this.callback(this.targets.map((target) => ({ isIntersecting, target })));
	}
}

/** What jsdom cannot tell: that an element is laid out (one box), as it is in a shown note. */
function layOut(): () => void {
	const proto = Element.prototype as { getClientRects: () => DOMRectList };
	const original = Object.getOwnPropertyDescriptor(proto, 'getClientRects');
	Object.defineProperty(proto, 'getClientRects', { configurable: true, writable: true, value: () => [{ x: 0, y: 0, width: 100, height: 100 }] });
	return () => {
		if (original !== undefined) Object.defineProperty(proto, 'getClientRects', original);
	};
}

/** What makes Obsidian's reading view a scrolling view (here given to the rendered note's element). */
const SCROLLING_VIEW: Record<string, string> = { 'overflow-y': 'auto' };

const observers = (): FakeIntersectionObserver[] => FakeIntersectionObserver.made;
let restoreLayout: (() => void) | undefined;

beforeEach(() => {
	FakeIntersectionObserver.made = [];
	Object.assign(window, { IntersectionObserver: FakeIntersectionObserver });
});
afterEach(() => {
	Reflect.deleteProperty(window, 'IntersectionObserver');
	restoreLayout?.();
	restoreLayout = undefined;
	document.body.replaceChildren();
});

/** Renders the note in a scrolling view (Obsidian's reading view scrolls in its own element; here, the note's) and lets the observers report once. */
async function openInScrollingView(first: boolean[]) {
	const { app, plugin, ctx, memory } = testPlugin();
	const player = countingPlayer();
	registerProtocolBlocks(withHost(ctx, player, memory));
	restoreLayout = layOut();
	const note = await renderReadingView(plugin, NOTE, 'Three.md', 'after-post-processors');
	note.el.setCssProps(SCROLLING_VIEW);
	observers().forEach((observer, i) => observer.report(first[i] ?? false));
	await settle();
	return { app, player, note };
}

describe('drawing players when they come near the view', () => {
	it('draws only the blocks near the view, each with a generous margin, and the others as they come near', async () => {
		const { player, note } = await openInScrollingView([true, false, false]);
		expect(observers()).toHaveLength(3);
		expect(observers()[0]?.options).toMatchObject({ rootMargin: '100% 0px', scrollMargin: '100% 0px' });
		expect(player.mounts.map((m) => m.options.source)).toEqual(['A->>B: one']);
		// The two others wait in a placeholder of about their height: 300 px of frame and one 48 px message.
		const waiting = Array.from(note.el.querySelectorAll<HTMLElement>('.protocol-placeholder'));
		expect(waiting.map((box) => box.style.getPropertyValue('--protocol-placeholder-height'))).toEqual(['348px', '348px']);

		observers()[2]?.report(true);
		await settle();
		expect(player.mounts.map((m) => m.options.source)).toEqual(['A->>B: one', 'A->>B: three']);
		expect(note.el.querySelectorAll('.protocol-placeholder')).toHaveLength(1);
		// A drawn block is no longer watched.
		expect(observers().map((o) => o.connected)).toEqual([false, true, false]);
	});

	it('draws every block still waiting before the note is printed', async () => {
		const { player, note } = await openInScrollingView([true, false, false]);
		window.dispatchEvent(new Event('beforeprint'));
		// Shown blocks draw one after another, a frame apart (the draw line).
		await vi.waitFor(() => expect(player.mounts).toHaveLength(3));
		expect(player.mounts.map((m) => m.options.source)).toEqual(['A->>B: one', 'A->>B: two', 'A->>B: three']);
		expect(note.el.querySelectorAll('.protocol-placeholder')).toHaveLength(0);
		// Printing again draws nothing twice.
		window.dispatchEvent(new Event('beforeprint'));
		await settle();
		expect(player.mounts).toHaveLength(3);
	});

	it('draws at once what no reader will scroll to: a note rendered where nothing scrolls (an export container)', async () => {
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		restoreLayout = layOut();
		await renderReadingView(plugin, NOTE, 'Three.md', 'after-post-processors');
		observers().forEach((observer) => observer.report(false));
		await vi.waitFor(() => expect(player.mounts).toHaveLength(3));
		expect(observers().map((o) => o.connected)).toEqual([false, false, false]);
	});

	it('draws at once what is not laid out at all (a hidden container)', async () => {
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		const note = await renderReadingView(plugin, NOTE, 'Three.md', 'after-post-processors');
		note.el.setCssProps(SCROLLING_VIEW);
		observers().forEach((observer) => observer.report(false));
		await settle();
		expect(player.mounts).toHaveLength(3);
	});

	it('draws at once where the window has no IntersectionObserver', async () => {
		Reflect.deleteProperty(window, 'IntersectionObserver');
		const { plugin, ctx, memory } = testPlugin();
		const player = countingPlayer();
		registerProtocolBlocks(withHost(ctx, player, memory));
		await renderReadingView(plugin, NOTE, 'Three.md', 'after-post-processors');
		await settle();
		expect(player.mounts).toHaveLength(3);
		expect(observers()).toHaveLength(0);
	});

	it('does not draw a waiting block on a theme change, and draws it in the new theme when it comes near', async () => {
		const { app, player } = await openInScrollingView([true, false, false]);
		document.body.classList.add('theme-dark');
		app.workspace.trigger('css-change');
		await settle();
		// Only the drawn block is redrawn.
		expect(player.mounts.map((m) => [m.options.source, m.options.dark])).toEqual([['A->>B: one', false], ['A->>B: one', true]]);
		observers()[1]?.report(true);
		await settle();
		expect(player.mounts.at(-1)?.options).toMatchObject({ source: 'A->>B: two', dark: true });
		document.body.classList.remove('theme-dark');
	});

	it('leaves no observer or print listener behind once the note is closed, and draws nothing after', async () => {
		const { player, note } = await openInScrollingView([true, false, false]);
		note.renderer.unload();
		expect(observers().map((o) => o.connected)).toEqual([false, false, false]);
		expect(note.renderer.cleanupCount).toBe(0);
		window.dispatchEvent(new Event('beforeprint'));
		observers()[1]?.report(true);
		await settle();
		expect(player.mounts).toHaveLength(1);
	});
});
