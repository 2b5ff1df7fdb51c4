import type { PlayerStrings } from '../i18n/player';
import { el } from './dom';
import { failureText } from './failure-text';
import type { PlayerModel } from './player-model';

/**
 * The faults section: injected restarts, every step of the path that fails (with its reason), the
 * current step's failure, and Clear faults — shown only while there is a fault to clear. The lists are
 * redone only when branches or restarts change; a step moves the current-step mark and the failure line.
 */
export class FaultsView {
	/** The `[data-role="faults"]` section. */
	readonly section: HTMLElement;
	private readonly failure: HTMLElement;
	private failedRows = new Map<number, HTMLElement>();
	private revision = -1;
	private position = -1;

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.section = el(doc, 'div', { class: 'protocol-faults', 'data-role': 'faults' });
		this.failure = el(doc, 'div', { class: 'protocol-failure', 'data-role': 'failure' });
	}

	/** Brings the section up to date with the model. */
	update(model: PlayerModel): void {
		const rebuilt = model.revision !== this.revision;
		if (rebuilt) this.rebuild(model);
		if (rebuilt || model.position !== this.position) {
			this.failedRows.get(this.position)?.classList.remove('is-current');
			this.failedRows.get(model.position)?.classList.add('is-current');
			this.position = model.position;
		}
		const current = failureText(model, model.position, this.strings);
		if (current === undefined) this.failure.remove();
		else {
			if (this.failure.textContent !== current) this.failure.textContent = current;
			if (this.failure.parentElement !== this.section) this.section.insertBefore(this.failure, this.section.querySelector('[data-action="clear-faults"]'));
		}
	}

	private rebuild(model: PlayerModel): void {
		const doc = this.doc;
		this.revision = model.revision;
		this.failedRows = new Map();
		const list = el(doc, 'ul', { class: 'protocol-fault-list' });
		for (const restart of model.restarts) {
			const at = model.positionOf(restart.atStep);
			if (at !== undefined) list.append(el(doc, 'li', { class: 'protocol-fault-restart' }, [this.strings.restartedAt(model.label(restart.participant), at + 1)]));
		}
		model.frames.forEach((_, position) => {
			const reason = failureText(model, position, this.strings);
			if (reason === undefined) return;
			const row = el(doc, 'li', { class: 'protocol-fault-failed', 'data-failed-position': position }, [this.strings.failedStep(position + 1, reason)]);
			this.failedRows.set(position, row);
			list.append(row);
		});
		const parts: HTMLElement[] = [];
		if (list.childElementCount > 0) parts.push(list);
		// Nothing to clear, nothing to press: the button only shows while a restart is injected.
		if (model.restarts.length > 0) parts.push(el(doc, 'button', { type: 'button', class: 'protocol-clear-faults', 'data-action': 'clear-faults' }, [this.strings.clearFaults]));
		this.section.replaceChildren(...parts);
		this.section.hidden = parts.length === 0;
	}
}
