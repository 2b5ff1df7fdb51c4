import type { Diagnostic, Protocol } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { syncBranchSelects } from './branch-controls';
import { buildControls, ICONS, type Controls } from './controls';
import type { DiagramPainter } from './diagram-classes';
import { diagnosticMessage } from './diagnostic-text';
import { changeAttribute, el } from './dom';
import { isTextNode } from './dom-checks';
import { FaultMapView } from './fault-map-view';
import { FaultsView } from './faults-view';
import type { ModelChange, PlayerModel } from './player-model';
import { presentStep } from './present/position';
import type { RestartMarkers } from './restart-markers';
import { StateCards } from './state-cards';
import { byAction, CLASS, DATA, ROLE, type Action } from './dom-contract';

/** The player's DOM: the root and the parts that change. */
export interface PlayerView {
	root: HTMLElement;
	diagram: HTMLElement;
	controls: Controls;
	panel: HTMLElement;
	cards: StateCards;
	faults: FaultsView;
	/** The fault map, computed only when opened. */
	faultMap: FaultMapView;
	/** Branch choices in the panel and on the diagram, kept in sync. */
	branchSelects: HTMLSelectElement[];
	/** The drawing's state classes and restart badges, once Mermaid has drawn. */
	painter?: DiagramPainter;
	markers?: RestartMarkers;
}

/** The `@title` heading and `@kind` badge, when the block has them. */
function header(doc: Document, protocol: Protocol, strings: PlayerStrings): HTMLElement | undefined {
	if (protocol.title === undefined && protocol.kind === undefined) return undefined;
	const head = el(doc, 'div', { class: 'protocol-player-header' });
	if (protocol.title !== undefined) head.append(el(doc, 'div', { class: 'protocol-player-title', [DATA.role]: ROLE.title, role: 'heading', 'aria-level': 4 }, [protocol.title]));
	if (protocol.kind !== undefined) {
		const words = protocol.kind === 'stateful' ? strings.kindStateful : strings.kindStateless;
		head.append(el(doc, 'span', { class: `protocol-player-kind is-${protocol.kind}`, [DATA.role]: ROLE.kind, [DATA.kind]: protocol.kind }, [words]));
	}
	return head;
}

/** The warnings listed under the player (directives naming unknown participants, ...). */
export function warningsList(doc: Document, warnings: readonly Diagnostic[], strings: PlayerStrings): HTMLElement | undefined {
	if (warnings.length === 0) return undefined;
	const list = el(doc, 'ul', {});
	for (const warning of warnings) {
		const where = warning.line > 0 ? `${strings.lineLabel(warning.line)}: ` : '';
		list.append(el(doc, 'li', { [DATA.line]: warning.line > 0 ? warning.line : undefined }, [`${where}${diagnosticMessage(warning)}`]));
	}
	return el(doc, 'div', { class: 'protocol-player-warnings', [DATA.role]: ROLE.warnings }, [
		el(doc, 'div', { class: 'protocol-panel-heading' }, [strings.warningsHeading]),
		list,
	]);
}

/** Builds the player's root with its header, diagram holder, controls and panel (state cards, then faults). */
export function buildView(doc: Document, protocol: Protocol, strings: PlayerStrings, fadedOpacity: number): PlayerView {
	const controls = buildControls(doc, strings);
	const diagram = el(doc, 'div', { class: 'protocol-player-diagram' });
	const cards = new StateCards(doc, strings);
	const faults = new FaultsView(doc, strings);
	const faultMap = new FaultMapView(doc, strings);
	const panel = el(doc, 'div', { class: 'protocol-player-panel' }, [cards.section, faults.section, faultMap.section]);
	const root = el(doc, 'div', { class: CLASS.player, tabindex: 0, [DATA.step]: -1, [DATA.steps]: 0 });
	root.style.setProperty('--protocol-faded-opacity', String(Math.max(0, Math.min(1, fadedOpacity))));
	const head = header(doc, protocol, strings);
	if (head !== undefined) root.append(head);
	root.append(controls.bar, controls.caption, diagram, panel, controls.announcer);
	return { root, diagram, controls, panel, cards, faults, faultMap, branchSelects: [] };
}

/** Which control had focus inside the panel, so that the same control can have it back if it was replaced. */
function focusKey(doc: Document, within: HTMLElement): string | undefined {
	const active = doc.activeElement;
	if (active === null || !within.contains(active)) return undefined;
	const action = active.getAttribute(DATA.action) as Action | null;
	if (action === null) return undefined;
	const participant = active.getAttribute(DATA.participant);
	return participant !== null ? `${byAction(action)}[${DATA.participant}="${CSS.escape(participant)}"]` : byAction(action);
}

/** Sets an element's text, changing its one text node in place when there is one (no node churn per step). */
function setText(element: HTMLElement, text: string): void {
	const only = element.firstChild;
	if (only !== null && only === element.lastChild && isTextNode(only)) {
		if (only.data !== text) only.data = text;
	} else if (element.textContent !== text) element.textContent = text;
}

/** What the controls show for the path as a whole: the number of steps, whether the reader started, nothing to step. */
function updatePathControls(view: PlayerView, model: PlayerModel): void {
	const { controls } = view;
	const total = model.path.length;
	changeAttribute(view.root, DATA.steps, String(total));
	changeAttribute(view.root, DATA.started, String(model.started));
	// Nothing to step: no counter, no buttons to press, and the caption says why (issue 8, item 10).
	const empty = total === 0;
	if (controls.counter.hidden !== empty) controls.counter.hidden = empty;
	for (const button of controls.buttons) if (button.disabled !== empty) button.disabled = empty;
	if (controls.speed.disabled !== empty) controls.speed.disabled = empty;
	// Room for the widest "k / n" (numerals are tabular), so the counter keeps its width while stepping.
	const width = `${2 * String(Math.max(total, 1)).length + 3}ch`;
	if (controls.counter.style.minWidth !== width) controls.counter.style.minWidth = width;
	if (view.faults.section.hidden !== empty) view.faults.section.hidden = empty;
}

/**
 * The counter, caption, live region and play button for the current step (Start at position −1), in the presenter's
 * words. `moved`: only the position changed (a plain step), so what depends on the path alone is left as it is.
 */
function updateControls(view: PlayerView, model: PlayerModel, strings: PlayerStrings, playing: boolean, moved = false): void {
	const { controls } = view;
	const said = presentStep(model, model.position, strings);
	changeAttribute(view.root, DATA.step, String(model.position));
	if (!moved) updatePathControls(view, model);
	setText(controls.counter, said.counter);
	setText(controls.caption, said.caption);
	const failed = said.outcome === 'failed' || said.outcome === 'dropped';
	if (controls.caption.classList.contains(CLASS.failed) !== failed) controls.caption.classList.toggle(CLASS.failed, failed);
	const consequence = said.outcome === 'consequence';
	if (controls.caption.classList.contains(CLASS.consequence) !== consequence) controls.caption.classList.toggle(CLASS.consequence, consequence);
	setText(controls.announcer, said.announcement);
	const label = playing ? strings.pause : strings.play;
	setText(controls.play, playing ? ICONS.pause : ICONS.play);
	changeAttribute(controls.play, 'aria-label', label);
	changeAttribute(controls.play, 'title', label);
	changeAttribute(controls.play, 'aria-pressed', String(playing));
}

/**
 * Brings the view up to date after one change of the model (`change`), or, without one, after what is no
 * change of the model (play or pause, the fault map opened or closed). A plain step touches only what it
 * changes: the controls, the drawing's classes between the old and new position, the rows of the state cards
 * and the faults' current mark. Branch choices, failure marks and restart badges are redone when the path
 * changed (branches, faults); the fault map only when it is open and the branches changed.
 */
export function updateView(view: PlayerView, model: PlayerModel, strings: PlayerStrings, playing: boolean, change?: ModelChange): void {
	const doc = view.root.ownerDocument;
	updateControls(view, model, strings, playing, change?.kind === 'position');
	const refocus = focusKey(doc, view.panel);
	if (change !== undefined) redrawParts(view, model, change, true);
	view.faultMap.update(model);
	changeAttribute(view.faults.mapToggle, 'aria-expanded', String(view.faultMap.isOpen()));
	// A control that had focus and was replaced or hidden (Clear faults after clearing) hands it on.
	const active = doc.activeElement;
	if (refocus !== undefined && (active === null || active === doc.body || !view.root.contains(active))) {
		const target = view.panel.querySelector<HTMLElement>(refocus);
		if (target !== null && !(target as HTMLButtonElement).disabled) target.focus();
		else view.root.focus();
	}
}

/**
 * The first drawing of the whole view, as after a change of the path, the state cards apart: their room (every
 * position's rows) is the largest part of the first view, drawn in a task of its own before this
 * (`view.cards.update(model, { kind: 'path', … })`).
 */
export function drawView(view: PlayerView, model: PlayerModel, strings: PlayerStrings): void {
	updateControls(view, model, strings, false);
	redrawParts(view, model, { kind: 'path', from: model.position }, false);
	view.faultMap.update(model);
	changeAttribute(view.faults.mapToggle, 'aria-expanded', String(view.faultMap.isOpen()));
}

/** Redraws the drawing, branch choices, cards (unless `cards` is false) and faults for one change of the model. */
function redrawParts(view: PlayerView, model: PlayerModel, change: ModelChange, cards: boolean): void {
	view.painter?.paint(model, change);
	if (change.kind === 'path') {
		view.markers?.update(model);
		syncBranchSelects(view.branchSelects, model);
	}
	if (cards) view.cards.update(model, change);
	view.faults.update(model, change);
}
