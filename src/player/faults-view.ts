import type { PlayerStrings } from '../i18n/player';
import { changeAttribute, el } from './dom';
import type { ModelChange, PlayerModel, ShownOutcome } from './player-model';
import { faultLines } from './present/fault-lines';
import { listsOutcome, outcomeHeading, outcomeReason } from './present/outcomes';
import { ACTION, CLASS, DATA, ROLE } from './dom-contract';

/** A row for one path position whose step does not happen as written. */
interface OutcomeRow {
	element: HTMLElement;
	heading: HTMLElement;
	reason: HTMLElement;
	/** The outcome its heading and class say (`ok`: none yet). */
	shown: ShownOutcome;
}

/**
 * The faults section: the tools (lose the current message, the fault map's toggle, Clear faults while
 * there is a fault to clear), the injected restarts and lost messages, and every step the reader has
 * been shown to fail, answer wrongly or be about to fail, each with its reason once (`listsOutcome`). The
 * current step's reason, its failure line, carries `data-role="failure"`. Rows are made when branches or faults change, each in the room
 * reserved for all of them; a step only shows, hides or rewords the rows whose outcome it reveals.
 */
export class FaultsView {
	/** The `[data-role="faults"]` section. */
	readonly section: HTMLElement;
	/** Loses (or delivers again) the current message: `[data-action="drop"]`. */
	readonly drop: HTMLButtonElement;
	/** Opens and closes the fault map: `[data-action="fault-map"]`. */
	readonly mapToggle: HTMLButtonElement;
	private readonly tools: HTMLElement;
	private readonly list: HTMLElement;
	private clear: HTMLButtonElement | undefined;
	private rows = new Map<number, OutcomeRow>();

	constructor(private readonly doc: Document, private readonly strings: PlayerStrings) {
		this.drop = el(doc, 'button', { type: 'button', class: 'protocol-drop', [DATA.action]: ACTION.drop, 'aria-pressed': 'false' }, [strings.drop]);
		this.mapToggle = el(doc, 'button', { type: 'button', class: 'protocol-fault-map-toggle', [DATA.action]: ACTION.faultMap, 'aria-expanded': 'false', title: strings.faultMapLabel }, [strings.faultMap]);
		this.tools = el(doc, 'div', { class: 'protocol-fault-tools' }, [this.drop, this.mapToggle]);
		this.list = el(doc, 'ul', { class: 'protocol-fault-list' });
		this.section = el(doc, 'div', { class: 'protocol-faults', [DATA.role]: ROLE.faults }, [this.tools, this.list]);
	}

	/** Brings the section up to date after one change of the model: the rows are made again when the path changed. */
	update(model: PlayerModel, change: ModelChange): void {
		if (change.kind === 'path') this.rebuild(model);
		for (const [position, row] of this.rows) this.showRow(model, position, row);
		this.updateDrop(model);
	}

	private updateDrop(model: PlayerModel): void {
		const step = model.path[model.position];
		const written = step === undefined ? undefined : model.protocol.steps[step];
		// A scripted `@drop` shows as lost, and cannot be delivered: the note says it is lost.
		const scripted = written?.drop === true && written.from !== written.to;
		const message = model.canDrop(step);
		const dropped = scripted || model.isDropped(step);
		if (this.drop.disabled === message) this.drop.disabled = !message;
		const words = dropped && !scripted ? this.strings.undoDrop : this.strings.drop;
		if (this.drop.textContent !== words) this.drop.textContent = words;
		const label = message ? (dropped ? words : this.strings.dropLabel(model.position + 1)) : scripted ? this.strings.droppedByNote : words;
		if (this.drop.getAttribute('aria-label') !== label) {
			this.drop.setAttribute('aria-label', label);
			this.drop.setAttribute('title', label);
		}
		changeAttribute(this.drop, 'aria-pressed', String(dropped));
		if (step !== undefined) this.drop.setAttribute(DATA.step, String(step));
		else this.drop.removeAttribute(DATA.step);
	}

	private showRow(model: PlayerModel, position: number, row: OutcomeRow): void {
		const shown = model.shownOutcome(position);
		const visible = listsOutcome(model, position, model.position);
		if (row.element.hidden === visible) row.element.hidden = !visible;
		if (visible && shown !== 'ok' && row.shown !== shown) {
			row.heading.textContent = outcomeHeading(position, shown, this.strings);
			row.element.className = `protocol-fault-outcome is-${shown}`;
			// What the row's words and class say: a row hidden meanwhile keeps them for when it shows again.
			row.shown = shown;
		}
		const current = visible && position === model.position;
		row.element.classList.toggle(CLASS.current, current);
		if (current) row.reason.setAttribute(DATA.role, ROLE.failure);
		else row.reason.removeAttribute(DATA.role);
	}

	private rebuild(model: PlayerModel): void {
		const doc = this.doc;
		this.rows = new Map();
		const items = faultLines(model, this.strings).map((line) => line.kind === 'restart'
			? el(doc, 'li', { class: CLASS.faultRestart, [DATA.participant]: line.participant, [DATA.after]: line.position }, [line.text])
			: el(doc, 'li', { class: CLASS.faultDrop, [DATA.step]: line.step }, [line.text]));
		model.frames.forEach((frame, position) => {
			if (frame.outcome === 'ok') return;
			const heading = el(doc, 'span', { class: 'protocol-outcome-step' });
			const reason = el(doc, 'span', { class: 'protocol-outcome-reason' }, [outcomeReason(model, position, this.strings) ?? '']);
			const element = el(doc, 'li', { class: CLASS.faultOutcome, [DATA.position]: position, [DATA.step]: frame.step, hidden: true }, [heading, ' ', reason]);
			this.rows.set(position, { element, heading, reason, shown: 'ok' });
			items.push(element);
		});
		this.list.replaceChildren(...items);
		// Room for every row this path can show, so that revealing one while stepping moves nothing below.
		this.list.style.setProperty('--protocol-rows', String(items.length));
		this.list.hidden = items.length === 0;
		// Nothing to clear, nothing to press: the button only shows while a fault is injected.
		if (model.hasFaults()) {
			this.clear ??= el(doc, 'button', { type: 'button', class: 'protocol-clear-faults', [DATA.action]: ACTION.clearFaults }, [this.strings.clearFaults]);
			if (this.clear.parentElement !== this.tools) this.tools.append(this.clear);
		} else this.clear?.remove();
	}
}
