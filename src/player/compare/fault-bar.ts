import type { CompareFaultSpec } from '../../core';
import type { SharedMoment } from '../../core';
import type { CompareStrings } from '../../i18n/compare';
import type { RegisterCleanup } from '../api';
import { el, listen } from '../dom';
import { ACTION, DATA, ROLE } from '../dom-contract';

/** The shared fault bar: "Restart [participant] after [moment]" (or "Lose the message [moment]"), Apply, Clear. */
export interface FaultBar {
	root: HTMLElement;
	/** The fault the bar shows now, or null when it has nothing to offer. */
	current(): CompareFaultSpec | null;
}

/** Selects `value`, adding it as an option first when the list lacks it (a `fault:` line may name one side's own text). */
function choose(select: HTMLSelectElement, value: string): void {
	const doc = select.ownerDocument;
	const match = Array.from(select.options).find((option) => option.value.toLowerCase() === value.toLowerCase());
	if (match) {
		select.value = match.value;
		return;
	}
	select.append(el(doc, 'option', { value }, [value]));
	select.value = value;
}

/**
 * Builds the bar over the participants and moments every side shares; `initial` (the block's `fault:` line)
 * is preselected. Apply and Clear call back; every listener is registered for cleanup.
 */
export function faultBar(
	doc: Document,
	shared: { participants: string[]; moments: SharedMoment[] },
	initial: CompareFaultSpec | undefined,
	strings: CompareStrings,
	actions: { apply(fault: CompareFaultSpec): void; clear(): void },
	register: RegisterCleanup,
): FaultBar {
	const words = strings.bar;
	const kind = el(doc, 'select', { [DATA.role]: ROLE.compareKind, 'aria-label': words.label }, [
		el(doc, 'option', { value: 'restart' }, [words.restart]),
		el(doc, 'option', { value: 'drop' }, [words.drop]),
	]);
	const participant = el(doc, 'select', { [DATA.role]: ROLE.compareParticipant, 'aria-label': words.participant },
		shared.participants.map((label) => el(doc, 'option', { value: label }, [label])));
	const after = el(doc, 'span', { class: 'protocol-compare-after' }, [words.after]);
	const afterEnd = el(doc, 'span', { class: 'protocol-compare-after' }, [words.afterEnd]);
	const moment = el(doc, 'select', { [DATA.role]: ROLE.compareMoment, 'aria-label': words.moment },
		shared.moments.map((m) => el(doc, 'option', { value: m.text }, [m.text])));
	const apply = el(doc, 'button', { type: 'button', [DATA.action]: ACTION.compareApply }, [words.apply]);
	const clear = el(doc, 'button', { type: 'button', [DATA.action]: ACTION.compareClear }, [words.clear]);
	if (initial !== undefined) {
		kind.value = initial.kind;
		if (initial.kind === 'restart') choose(participant, initial.participant);
		choose(moment, initial.moment);
	} else if (shared.participants.length > 1) {
		// The first participant usually opens the exchange (the client); the one it talks to is the likelier lesson.
		participant.selectedIndex = 1;
	}
	const root = el(doc, 'div', { class: 'protocol-compare-bar', role: 'group', 'aria-label': words.label }, [kind, participant, after, moment, afterEnd, apply, clear]);
	const current = (): CompareFaultSpec | null => {
		if (moment.value === '') return null;
		if (kind.value === 'drop') return { kind: 'drop', moment: moment.value, line: 0 };
		return participant.value === '' ? null : { kind: 'restart', participant: participant.value, moment: moment.value, line: 0 };
	};
	const sync = (): void => {
		const restart = kind.value === 'restart';
		participant.hidden = !restart;
		after.hidden = !restart || words.after === '';
		afterEnd.hidden = !restart || words.afterEnd === '';
		apply.disabled = current() === null;
	};
	sync();
	if (shared.moments.length === 0 && initial === undefined) {
		root.append(el(doc, 'span', { class: 'protocol-compare-nothing', [DATA.role]: ROLE.compareNothing }, [words.nothingShared]));
	}
	listen(kind, 'change', sync, register);
	listen(participant, 'change', sync, register);
	listen(moment, 'change', sync, register);
	listen(apply, 'click', () => {
		const fault = current();
		if (fault !== null) actions.apply(fault);
	}, register);
	listen(clear, 'click', () => actions.clear(), register);
	return { root, current };
}
