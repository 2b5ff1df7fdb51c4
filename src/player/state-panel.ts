import type { ItemChange } from '../core/model';
import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import type { PlayerModel } from './player-model';

/** The localised reason a frame failed, from its structured failure (the English `failed` as a fallback). */
export function failureText(model: PlayerModel, position: number, strings: PlayerStrings): string | undefined {
	const frame = model.frames[position];
	if (frame?.failure !== undefined) return strings.failure(frame.failure, model.label(frame.failure.participant));
	return frame?.failed;
}

function itemRow(doc: Document, key: string, value: string | true | undefined, change: ItemChange['change'] | undefined, strings: PlayerStrings): HTMLElement {
	const parts: Array<Node | string> = [el(doc, 'span', { class: 'protocol-state-key' }, [key])];
	if (value !== undefined && value !== true) parts.push(el(doc, 'span', { class: 'protocol-state-value' }, [value]));
	if (change !== undefined) parts.push(el(doc, 'span', { class: 'protocol-player-sr-only' }, [` (${strings[change]})`]));
	const content = change === 'removed' ? [el(doc, 'del', {}, parts)] : parts;
	return el(doc, 'li', { class: `protocol-state-item${change !== undefined ? ` is-${change}` : ''}`, 'data-item': key, 'data-change': change }, content);
}

/**
 * The state cards at the current step (SPEC §2 "State panel"): one per participant that holds anything
 * on the path, its items with values, what this step added or changed marked, what it removed struck
 * through, and a Restart button. Rebuilt on every step: it is small, and stepping must not keep stale marks.
 */
export function stateCards(doc: Document, model: PlayerModel, strings: PlayerStrings): HTMLElement {
	const section = el(doc, 'div', { class: 'protocol-state', 'data-role': 'state' });
	const participants = model.participantsWithState();
	if (participants.length === 0) section.append(el(doc, 'p', { class: 'protocol-state-empty' }, [strings.noState]));
	const frame = model.currentFrame();
	const before = model.frames[model.position - 1]?.state ?? {};
	for (const participant of participants) {
		const name = model.label(participant);
		const held = frame?.state[participant] ?? {};
		const changes = new Map((frame?.changes ?? []).filter((c) => c.participant === participant).map((c) => [c.key, c.change]));
		const list = el(doc, 'ul', { class: 'protocol-state-items' });
		for (const [key, value] of Object.entries(held)) list.append(itemRow(doc, key, value, changes.get(key), strings));
		for (const [key, change] of changes) {
			if (change === 'removed' && !(key in held)) list.append(itemRow(doc, key, before[participant]?.[key], 'removed', strings));
		}
		const restart = el(doc, 'button', {
			type: 'button', class: 'protocol-state-restart', 'data-action': 'restart', 'data-participant': participant,
			'aria-label': strings.restartLabel(name), title: strings.restartLabel(name),
		}, [strings.restart]);
		section.append(el(doc, 'div', { class: 'protocol-state-card', 'data-participant': participant }, [
			el(doc, 'div', { class: 'protocol-state-card-header' }, [el(doc, 'span', { class: 'protocol-state-name' }, [name]), restart]),
			list,
		]));
	}
	return section;
}

/**
 * The faults section: injected restarts, every step of the path that fails (with its reason), the
 * current step's failure, and the Clear faults button.
 */
export function faultsSection(doc: Document, model: PlayerModel, strings: PlayerStrings): HTMLElement {
	const section = el(doc, 'div', { class: 'protocol-faults', 'data-role': 'faults' });
	const list = el(doc, 'ul', { class: 'protocol-fault-list' });
	for (const restart of model.restarts) {
		const at = model.positionOf(restart.atStep);
		if (at !== undefined) list.append(el(doc, 'li', { class: 'protocol-fault-restart' }, [strings.restartedAt(model.label(restart.participant), at + 1)]));
	}
	model.frames.forEach((_, position) => {
		const reason = failureText(model, position, strings);
		if (reason === undefined) return;
		const current = position === model.position;
		list.append(el(doc, 'li', { class: `protocol-fault-failed${current ? ' is-current' : ''}`, 'data-failed-position': position }, [strings.failedStep(position + 1, reason)]));
	});
	if (list.childElementCount > 0) section.append(list);
	const current = failureText(model, model.position, strings);
	if (current !== undefined) section.append(el(doc, 'div', { class: 'protocol-failure', 'data-role': 'failure' }, [current]));
	section.append(el(doc, 'button', {
		type: 'button', class: 'protocol-clear-faults', 'data-action': 'clear-faults', disabled: model.restarts.length === 0,
	}, [strings.clearFaults]));
	return section;
}
