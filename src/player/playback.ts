import type { RegisterCleanup } from './api';
import { listen } from './dom';
import { isElement } from './dom-checks';
import { ACTION, byRole, DATA, isPlayerAction, ROLE, type PlayerAction, type StepAction } from './dom-contract';
import type { PlayerModel } from './player-model';
import type { PlayerView } from './player-view';

/** What the player's behaviour needs besides its model and view. */
export interface PlaybackOptions {
	autoplayMs: number;
	register: RegisterCleanup;
	/**
	 * Redraws what is no change of the model (the play button, the fault map opened or closed): the model's own
	 * changes redraw the view through its signal.
	 */
	redraw(): void;
}

/** The player's behaviour once mounted. */
export interface Playback {
	goTo(position: number): void;
	/** Whether autoplay is running (the play button then shows pause). */
	playing(): boolean;
}

/** The element an event came from, checked by node type rather than `instanceof` (pop-out windows have their own classes). */
function elementOf(target: EventTarget | null): Element | null {
	return isElement(target) ? target : null;
}

/** Elements whose own keys (arrows, Space) must not step the player. */
function ownsKeys(target: Element | null): boolean {
	const tag = target?.tagName.toLowerCase();
	return tag === 'select' || tag === 'input' || tag === 'textarea';
}

/** A cell of the fault map, when the element is one. */
function faultCell(target: Element | null): Element | null {
	// A cell of the grid, its mark painted on the diagram (src/player/fault-map-overlay.ts) or its entry in the
	// list a narrow player shows (src/player/fault-map-list.ts).
	return target?.closest(`${byRole(ROLE.faultMap)} [role="gridcell"][tabindex], svg [${DATA.faultCell}], ${byRole(ROLE.faultMapList)} [${DATA.faultCell}]`) ?? null;
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
	const redraw = (): void => options.redraw();

	const stop = (): void => {
		if (timer !== undefined) win.clearTimeout(timer);
		timer = undefined;
	};
	const schedule = (): void => {
		timer = win.setTimeout(() => {
			timer = undefined;
			if (model.position >= model.path.length - 1) return redraw();
			// The next tick is set before the step, so that the step's redraw shows the pause button while playing on.
			if (model.position + 1 < model.path.length - 1) schedule();
			model.next();
		}, options.autoplayMs / speed);
	};
	const goTo = (position: number): void => model.goTo(position);
	const togglePlay = (): void => {
		if (playing()) stop();
		else if (model.path.length > 0) {
			schedule();
			// Play from the end starts again from Start, as media players do.
			model.goTo(model.position >= model.path.length - 1 ? -1 : model.position);
		} else model.setStarted(false);
		redraw();
	};
	const step = (action: StepAction): void => {
		stop();
		const last = model.path.length - 1;
		const target: Record<StepAction, number> = { first: -1, prev: model.position - 1, next: model.position + 1, last };
		const { position, started } = model;
		goTo(target[action]);
		// The model tells its subscribers (the view redraws) when the position or `started` changes. Already there
		// (Next on the last step) it does not, but the play button may need to show play: drawn here, never twice.
		if (model.position === position && model.started === started) redraw();
	};
	options.register(stop);

	/** Injects the fault a map cell stands for and shows the first step it breaks (or where it happens). */
	const inject = (cell: Element): void => {
		const pick = view.faultMap.pick(cell);
		if (pick === undefined) return;
		stop();
		if (pick.kind === 'restart') model.restartAfter(pick.participant, pick.after);
		else if (!model.isDropped(pick.step)) model.toggleDrop(pick.step);
		model.goTo(pick.firstBroken ?? (pick.kind === 'restart' ? pick.after : pick.position));
		redraw();
	};

	/** What each button of the player does: one entry per action of the DOM contract, so none is left unhandled. */
	const handlers: Record<PlayerAction, (button: Element) => void> = {
		[ACTION.first]: () => step(ACTION.first),
		[ACTION.prev]: () => step(ACTION.prev),
		[ACTION.next]: () => step(ACTION.next),
		[ACTION.last]: () => step(ACTION.last),
		[ACTION.play]: togglePlay,
		[ACTION.restart]: (button) => model.restartAfter(button.getAttribute(DATA.participant) ?? ''),
		[ACTION.drop]: () => model.toggleDrop(),
		[ACTION.faultMap]: () => {
			view.faultMap.toggle(model);
			redraw();
		},
		[ACTION.faultMapMore]: (button) => view.faultMap.list.more(button),
		[ACTION.clearFaults]: () => model.clearFaults(),
	};

	listen(root, 'click', (event) => {
		const target = elementOf(event.target);
		const cell = faultCell(target);
		if (cell !== null && root.contains(cell)) return inject(cell);
		const button = target?.closest<HTMLElement>(`button[${DATA.action}]`);
		if (button === null || button === undefined || !root.contains(button)) return;
		const action = button.getAttribute(DATA.action);
		if (isPlayerAction(action)) handlers[action](button);
	}, options.register);

	// Hovering or focusing a cell of the fault map lists what that fault breaks.
	const describe = (event: Event): void => {
		const cell = faultCell(elementOf(event.target));
		if (cell !== null) view.faultMap.describe(cell, model);
	};
	listen(root, 'mouseover', describe, options.register);
	listen(root, 'focusin', describe, options.register);

	listen(root, 'change', (event) => {
		const select = elementOf(event.target) as HTMLSelectElement | null;
		if (select === null || select.tagName.toLowerCase() !== 'select') return;
		if (select === controls.speed) {
			speed = Number(select.value) || 1;
			if (playing()) {
				stop();
				schedule();
			}
		} else if (select.getAttribute(DATA.role) === ROLE.branch) {
			model.chooseBranch(Number(select.getAttribute(DATA.block)), Number(select.value));
		}
	}, options.register);

	listen(root, 'keydown', (event) => {
		const target = elementOf(event.target);
		if (ownsKeys(target) || event.altKey || event.ctrlKey || event.metaKey) return;
		const cell = faultCell(target);
		if (cell !== null) {
			// Inside the fault map the arrows move between cells; Enter and Space try the cell's fault.
			if (event.key === 'Enter' || event.key === ' ') inject(cell);
			else if (!view.faultMap.navigate(cell, event.key)) return;
			event.preventDefault();
			return;
		}
		const keys: Partial<Record<string, StepAction>> = { ArrowLeft: ACTION.prev, ArrowRight: ACTION.next, Home: ACTION.first, End: ACTION.last };
		const action = keys[event.key];
		if (action !== undefined) step(action);
		else if (event.key === ' ' || event.key === 'Spacebar') {
			// Space on a focused button presses that button, as everywhere else on the page.
			if (target?.tagName.toLowerCase() === 'button') return;
			togglePlay();
		} else return;
		event.preventDefault();
	}, options.register);

	return { goTo, playing };
}
