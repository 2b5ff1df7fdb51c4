import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import { ACTION, DATA, ROLE, type StepAction } from './dom-contract';

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
	const button = (action: StepAction | typeof ACTION.play, label: string): HTMLButtonElement =>
		el(doc, 'button', { type: 'button', class: `protocol-player-button protocol-player-${action}`, [DATA.action]: action, 'aria-label': label, title: label }, [ICONS[action]]);
	const buttons = [
		button(ACTION.first, strings.first),
		button(ACTION.prev, strings.prev),
		button(ACTION.play, strings.play),
		button(ACTION.next, strings.next),
		button(ACTION.last, strings.last),
	];
	const speed = el(doc, 'select', { class: 'protocol-player-speed', [DATA.role]: ROLE.speed, 'aria-label': strings.speed, title: strings.speed });
	for (const value of SPEEDS) {
		const option = el(doc, 'option', { value: String(value) }, [`${value}×`]);
		if (value === 1) option.selected = true;
		speed.append(option);
	}
	const counter = el(doc, 'span', { class: 'protocol-player-counter', [DATA.role]: ROLE.counter });
	const bar = el(doc, 'div', { class: 'protocol-player-controls', role: 'toolbar', 'aria-label': strings.controls }, [...buttons, speed, counter]);
	const caption = el(doc, 'div', { class: 'protocol-player-caption', [DATA.role]: ROLE.caption });
	const announcer = el(doc, 'div', { class: 'protocol-player-sr-only', [DATA.role]: ROLE.announcer, 'aria-live': 'polite', role: 'status' });
	return { bar, play: buttons[2], counter, caption, speed, announcer, buttons };
}
