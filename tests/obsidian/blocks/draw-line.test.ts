// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DrawLine } from '../../../src/player/lazy/draw-line';
import { installObsidianDom } from '../../fakes/obsidian/dom';

installObsidianDom(window);

/** A draw the test finishes by hand, recording when it started. */
function heldDraw(name: string, started: string[]): { draw: () => Promise<void>; finish: () => void } {
	let finish: () => void = () => {};
	const done = new Promise<void>((resolve) => (finish = resolve));
	return { draw: () => { started.push(name); return done; }, finish: () => finish() };
}

describe('DrawLine', () => {
	it('starts the next block only when the one before has finished, in the order they came', async () => {
		const line = new DrawLine();
		const started: string[] = [];
		const [one, two, three] = ['one', 'two', 'three'].map((name) => heldDraw(name, started));
		const el = document.body.createDiv();
		for (const held of [one, two, three]) if (held) line.add(held.draw, el);
		expect(started).toEqual(['one']);
		one?.finish();
		await vi.waitFor(() => expect(started).toEqual(['one', 'two']));
		two?.finish();
		await vi.waitFor(() => expect(started).toEqual(['one', 'two', 'three']));
	});

	it('goes on after a block whose drawing failed', async () => {
		const line = new DrawLine();
		const drawn: string[] = [];
		const el = document.body.createDiv();
		line.add(() => Promise.reject(new Error('broken')), el);
		line.add(() => {
			drawn.push('after');
			return Promise.resolve();
		}, el);
		await vi.waitFor(() => expect(drawn).toEqual(['after']));
	});
});
