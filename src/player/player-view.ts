import type { Diagnostic, Protocol } from '../core/model';
import type { PlayerStrings } from '../i18n/player';
import { stepCaption } from './caption';
import { buildControls, ICONS, type Controls } from './controls';
import { applyStepClasses } from './diagram-classes';
import { el } from './dom';
import { syncBranchSelects } from './branch-controls';
import type { PlayerModel } from './player-model';
import { faultsSection, failureText, stateCards } from './state-panel';
import type { SvgMapping } from './svg-mapping';

/** The player's DOM: the root and the parts that change. */
export interface PlayerView {
	root: HTMLElement;
	diagram: HTMLElement;
	controls: Controls;
	panel: HTMLElement;
	/** Branch choices in the panel and on the diagram, kept in sync. */
	branchSelects: HTMLSelectElement[];
	mapping?: SvgMapping;
}

/** The `@title` heading and `@kind` badge, when the block has them. */
function header(doc: Document, protocol: Protocol, strings: PlayerStrings): HTMLElement | undefined {
	if (protocol.title === undefined && protocol.kind === undefined) return undefined;
	const head = el(doc, 'div', { class: 'protocol-player-header' });
	if (protocol.title !== undefined) head.append(el(doc, 'div', { class: 'protocol-player-title', 'data-role': 'title', role: 'heading', 'aria-level': 4 }, [protocol.title]));
	if (protocol.kind !== undefined) {
		const words = protocol.kind === 'stateful' ? strings.kindStateful : strings.kindStateless;
		head.append(el(doc, 'span', { class: `protocol-player-kind is-${protocol.kind}`, 'data-role': 'kind', 'data-kind': protocol.kind }, [words]));
	}
	return head;
}

/** The warnings listed under the player (directives naming unknown participants, ...). */
export function warningsList(doc: Document, warnings: readonly Diagnostic[], strings: PlayerStrings): HTMLElement | undefined {
	if (warnings.length === 0) return undefined;
	const list = el(doc, 'ul', {});
	for (const warning of warnings) {
		const where = warning.line > 0 ? `${strings.lineLabel(warning.line)}: ` : '';
		list.append(el(doc, 'li', { 'data-line': warning.line > 0 ? warning.line : undefined }, [`${where}${warning.message}`]));
	}
	return el(doc, 'div', { class: 'protocol-player-warnings', 'data-role': 'warnings' }, [
		el(doc, 'div', { class: 'protocol-panel-heading' }, [strings.warningsHeading]),
		list,
	]);
}

/** Builds the player's root with its header, diagram holder, controls and panel (empty until the first update). */
export function buildView(doc: Document, protocol: Protocol, strings: PlayerStrings, fadedOpacity: number): PlayerView {
	const controls = buildControls(doc, strings);
	const diagram = el(doc, 'div', { class: 'protocol-player-diagram' });
	const panel = el(doc, 'div', { class: 'protocol-player-panel' });
	const root = el(doc, 'div', { class: 'protocol-player', tabindex: 0, 'data-step': 0, 'data-steps': 0 });
	root.style.setProperty('--protocol-faded-opacity', String(Math.max(0, Math.min(1, fadedOpacity))));
	const head = header(doc, protocol, strings);
	if (head !== undefined) root.append(head);
	root.append(controls.bar, controls.caption, diagram, panel, controls.announcer);
	return { root, diagram, controls, panel, branchSelects: [] };
}

/** Which control had focus inside a part that is rebuilt, so the same control can have it back. */
function focusKey(doc: Document, within: HTMLElement): string | undefined {
	const active = doc.activeElement;
	if (!(active instanceof HTMLElement) || !within.contains(active)) return undefined;
	const action = active.getAttribute('data-action');
	if (action === null) return undefined;
	const participant = active.getAttribute('data-participant');
	return participant !== null ? `[data-action="${action}"][data-participant="${CSS.escape(participant)}"]` : `[data-action="${action}"]`;
}

/** Brings the whole view up to date with the model: root attributes, counter, caption, classes, panel. */
export function updateView(view: PlayerView, model: PlayerModel, strings: PlayerStrings, playing: boolean): void {
	const doc = view.root.ownerDocument;
	const total = model.path.length;
	const stepIndex = model.path[model.position];
	const step = stepIndex !== undefined ? model.protocol.steps[stepIndex] : undefined;
	view.root.setAttribute('data-step', String(model.position));
	view.root.setAttribute('data-steps', String(total));
	view.controls.counter.textContent = total > 0 ? `${model.position + 1} / ${total}` : `0 / 0`;
	const caption = step !== undefined ? stepCaption(step, (p) => model.label(p), strings) : strings.noSteps;
	view.controls.caption.textContent = caption;
	const failure = failureText(model, model.position, strings);
	view.controls.caption.classList.toggle('is-failed', failure !== undefined);
	const announcement = strings.announce(model.position + 1, total, caption) + (failure !== undefined ? `. ${failure}` : '');
	if (view.controls.announcer.textContent !== announcement) view.controls.announcer.textContent = announcement;
	view.controls.play.textContent = playing ? ICONS.pause : ICONS.play;
	view.controls.play.setAttribute('aria-label', playing ? strings.pause : strings.play);
	view.controls.play.setAttribute('title', playing ? strings.pause : strings.play);
	view.controls.play.setAttribute('aria-pressed', String(playing));
	if (view.mapping !== undefined) applyStepClasses(view.mapping, model, strings);
	syncBranchSelects(view.branchSelects, model);
	const refocus = focusKey(doc, view.panel);
	const cards = stateCards(doc, model, strings);
	const faults = faultsSection(doc, model, strings);
	const oldCards = view.panel.querySelector('[data-role="state"]');
	if (oldCards !== null) oldCards.replaceWith(cards);
	else view.panel.prepend(cards);
	const oldFaults = view.panel.querySelector('[data-role="faults"]');
	if (oldFaults !== null) oldFaults.replaceWith(faults);
	else cards.after(faults);
	if (refocus !== undefined) {
		const target = view.panel.querySelector<HTMLElement>(refocus);
		if (target !== null && !(target as HTMLButtonElement).disabled) target.focus();
		else view.root.focus();
	}
}
