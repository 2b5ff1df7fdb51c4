import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';

/** The player's controls, with the parts that change while stepping. */
export interface Controls {
	bar: HTMLElement;
	play: HTMLButtonElement;
	counter: HTMLElement;
	caption: HTMLElement;
	speed: HTMLSelectElement;
	announcer: HTMLElement;
	buttons: HTMLButtonElement[];
}

/** Autoplay speeds offered, as multipliers of the normal pace. */
const SPEEDS = [0.5, 1, 2] as const;

/** Symbols on the buttons; the words are in their labels. */
export const ICONS = { first: '⇤', prev: '←', play: '▶', pause: '❚❚', next: '→', last: '⇥' } as const;

/**
 * Builds first/back/play/forward/last buttons (each with a screen-reader label), the speed choice, the
 * "k / n" counter, the caption line and a polite live region that announces the current step.
 * Clicks are handled by the player root's one delegated listener, through `data-action`.
 */
export function buildControls(doc: Document, strings: PlayerStrings): Controls {
	const button = (action: 'first' | 'prev' | 'play' | 'next' | 'last', label: string): HTMLButtonElement =>
		el(doc, 'button', { type: 'button', class: `protocol-player-button protocol-player-${action}`, 'data-action': action, 'aria-label': label, title: label }, [ICONS[action]]);
	const buttons = [
		button('first', strings.first),
		button('prev', strings.prev),
		button('play', strings.play),
		button('next', strings.next),
		button('last', strings.last),
	];
	const speed = el(doc, 'select', { class: 'protocol-player-speed', 'data-role': 'speed', 'aria-label': strings.speed, title: strings.speed });
	for (const value of SPEEDS) {
		const option = el(doc, 'option', { value: String(value) }, [`${value}×`]);
		if (value === 1) option.selected = true;
		speed.append(option);
	}
	const counter = el(doc, 'span', { class: 'protocol-player-counter', 'data-role': 'counter' });
	const bar = el(doc, 'div', { class: 'protocol-player-controls', role: 'toolbar', 'aria-label': strings.controls }, [...buttons, speed, counter]);
	const caption = el(doc, 'div', { class: 'protocol-player-caption', 'data-role': 'caption' });
	const announcer = el(doc, 'div', { class: 'protocol-player-sr-only', 'data-role': 'announcer', 'aria-live': 'polite', role: 'status' });
	return { bar, play: buttons[2], counter, caption, speed, announcer, buttons };
}
