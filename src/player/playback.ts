import type { RegisterCleanup } from './api';
import { listen } from './dom';
import { isHtmlTag } from './dom-checks';
import type { PlayerModel } from './player-model';
import type { PlayerView } from './player-view';

/** What the player's behaviour needs besides its model and view. */
export interface PlaybackOptions {
	autoplayMs: number;
	register: RegisterCleanup;
	/** Redraws the view; `playing` switches the play button to pause. */
	render(playing: boolean): void;
}

/** The player's behaviour once mounted. */
export interface Playback {
	goTo(position: number): void;
}

/** Elements whose own keys (arrows, Space) must not step the player. */
function ownsKeys(target: EventTarget | null): boolean {
	return isHtmlTag(target, 'select') || isHtmlTag(target, 'input') || isHtmlTag(target, 'textarea');
}

/**
 * Wires the controls: one delegated click, change and keydown listener on the root, and the autoplay
 * timer. All of them are handed to `register`, so the host's cleanup leaves nothing running.
 */
export function attachPlayback(view: PlayerView, model: PlayerModel, options: PlaybackOptions): Playback {
	const { root, controls } = view;
	// The root's own window: inside Obsidian the player may sit in a pop-out window.
	const win = root.ownerDocument.defaultView ?? window;
	let timer: number | undefined;
	let speed = 1;
	const playing = (): boolean => timer !== undefined;
	const render = (): void => options.render(playing());

	const stop = (): void => {
		if (timer !== undefined) win.clearTimeout(timer);
		timer = undefined;
	};
	const schedule = (): void => {
		timer = win.setTimeout(() => {
			timer = undefined;
			if (model.position >= model.path.length - 1) return render();
			model.position += 1;
			if (model.position < model.path.length - 1) schedule();
			render();
		}, options.autoplayMs / speed);
	};
	const goTo = (position: number): void => {
		model.position = model.clamp(position);
		render();
	};
	const togglePlay = (): void => {
		if (playing()) stop();
		else {
			// Play from the end starts again from the beginning, as media players do.
			if (model.position >= model.path.length - 1) model.position = 0;
			if (model.path.length > 1) schedule();
		}
		render();
	};
	const step = (action: string): void => {
		stop();
		const last = model.path.length - 1;
		const target = { first: 0, prev: model.position - 1, next: model.position + 1, last }[action];
		if (target !== undefined) goTo(target);
	};
	options.register(stop);

	listen(root, 'click', (event) => {
		const button = (event.target as Element | null)?.closest<HTMLElement>('button[data-action]');
		if (button === null || button === undefined || !root.contains(button)) return;
		const action = button.getAttribute('data-action') ?? '';
		if (action === 'play') togglePlay();
		else if (action === 'restart') {
			model.restartAtCurrent(button.getAttribute('data-participant') ?? '');
			render();
		} else if (action === 'clear-faults') {
			model.clearFaults();
			render();
		} else step(action);
	}, options.register);

	listen(root, 'change', (event) => {
		const select = event.target;
		if (!isHtmlTag(select, 'select')) return;
		if (select === controls.speed) {
			speed = Number(select.value) || 1;
			if (playing()) {
				stop();
				schedule();
			}
		} else if (select.getAttribute('data-role') === 'branch') {
			model.chooseBranch(Number(select.getAttribute('data-block')), Number(select.value));
			render();
		}
	}, options.register);

	listen(root, 'keydown', (event) => {
		if (ownsKeys(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
		const keys: Record<string, string> = { ArrowLeft: 'prev', ArrowRight: 'next', Home: 'first', End: 'last' };
		const action = keys[event.key];
		if (action !== undefined) step(action);
		else if (event.key === ' ' || event.key === 'Spacebar') {
			// Space on a focused button presses that button, as everywhere else on the page.
			if (isHtmlTag(event.target, 'button')) return;
			togglePlay();
		} else return;
		event.preventDefault();
	}, options.register);

	return { goTo };
}
