// @vitest-environment jsdom
import { Component } from 'obsidian';
import { beforeAll, describe, expect, it } from 'vitest';
import { Redraws } from '../../src/obsidian/redraws';
import { installObsidianDom } from '../fakes/obsidian/dom';

beforeAll(() => installObsidianDom(window));

function setup(): { owner: Component; el: HTMLElement; redraws: Redraws } {
	const owner = new Component();
	owner.load();
	const el = createDiv();
	el.createDiv({ text: 'placeholder' });
	const redraws = new Redraws(owner, el);
	redraws.start();
	return { owner, el, redraws };
}

describe('Redraws', () => {
	it('keeps what is shown until the drawing is ready, then swaps it in and ends the previous drawing', () => {
		const { el, redraws } = setup();
		const first = redraws.begin(redraws.next());
		let firstEnded = false;
		first.drawing.register(() => (firstEnded = true));
		const one = el.createDiv({ text: 'one' });
		expect(el.textContent).toBe('placeholderone');
		expect(redraws.finish(first, one)).toBe(true);
		expect(el.textContent).toBe('one');
		const second = redraws.begin(redraws.next());
		const two = el.createDiv({ text: 'two' });
		expect(redraws.finish(second, two)).toBe(true);
		expect(el.textContent).toBe('two');
		expect(firstEnded).toBe(true);
	});

	it('drops a drawing that finishes after a newer one started, running its cleanups', () => {
		const { el, redraws } = setup();
		const slow = redraws.begin(redraws.next());
		let slowEnded = false;
		slow.drawing.register(() => (slowEnded = true));
		const fast = redraws.begin(redraws.next());
		expect(redraws.finish(fast, el.createDiv({ text: 'fast' }))).toBe(true);
		expect(redraws.finish(slow, el.createDiv({ text: 'slow' }))).toBe(false);
		expect(el.textContent).toBe('fast');
		expect(slowEnded).toBe(true);
	});

	it('replaces everything with the message when the latest draw fails, and ignores an older failure', () => {
		const { el, redraws } = setup();
		const old = redraws.next();
		const latest = redraws.begin(redraws.next());
		redraws.fail(old, 'old failure');
		expect(el.textContent).toBe('placeholder');
		redraws.fail(latest, 'Mermaid is not available');
		expect(el.querySelector('.protocol-error')?.textContent).toBe('Mermaid is not available');
		expect(el.childElementCount).toBe(1);
	});

	it('shows nothing once its owner is unloaded', () => {
		const { el, redraws } = setup();
		const pending = redraws.begin(redraws.next());
		redraws.stop();
		expect(redraws.finish(pending, el.createDiv({ text: 'late' }))).toBe(false);
		expect(el.textContent).toBe('placeholder');
	});
});
