import type { Diagnostic, Need, Participant, Protocol } from '../model';
import { diagnostic } from './diagnostics';
import type { Directive } from './directives';

/** How many participants an "unknown participant" warning lists before it says "…": the message stays readable. */
const KNOWN_LISTED = 20;

/**
 * Attaches directives to the step written above them (SPEC §1); those above the first step set the
 * starting state. Names may be ids or labels. Problems are warnings: the diagram still plays.
 * Linear in the number of directives and steps (each lookup is a map or a binary search), so that tens of
 * thousands of directives parse in well under a second.
 */
export function applyDirectives(protocol: Protocol, directives: Directive[], warnings: Diagnostic[]): void {
	const resolve = participantResolver(protocol.participants);
	let known: string | undefined;
	for (const directive of directives) {
		if (directive.kind === 'title') { protocol.title = directive.text; continue; }
		if (directive.kind === 'kind') { protocol.kind = directive.value; continue; }
		if (directive.kind === 'phase') { applyPhase(protocol, directive, warnings); continue; }
		if (directive.kind === 'drop' || directive.kind === 'on-failure') { applyFaultDirective(protocol, directive, warnings); continue; }
		const participant = resolve(directive.participant);
		if (!participant) {
			known ??= knownList(protocol.participants);
			warnings.push(diagnostic(directive.line, `unknown participant \`${directive.participant}\`: expected one of ${known || 'the diagram\'s participants'}`));
			continue;
		}
		const id = participant.id;
		if (directive.kind === 'durable') {
			// A loop, not push(...items): a line of 200,000 items must not overflow the call stack.
			const list = (protocol.durable[id] ??= []);
			for (const item of directive.items) list.push(item);
			continue;
		}
		const step = stepAbove(protocol.steps, directive.line);
		if (directive.kind === 'needs') {
			if (step) {
				const need: Need = { participant: id, keys: directive.keys, line: directive.line };
				if (directive.values !== undefined) need.values = directive.values;
				step.needs.push(need);
			}
			else warnings.push(diagnostic(directive.line, '`@needs` must come after the message it is about'));
			continue;
		}
		if (directive.kind === 'restart' && !step) {
			warnings.push(diagnostic(directive.line, '`@restart` must come after a message or note: nothing has happened yet'));
			continue;
		}
		const effect = directive.kind === 'add'
			? { kind: 'add' as const, participant: id, items: directive.items, line: directive.line }
			: directive.kind === 'remove'
				? { kind: 'remove' as const, participant: id, keys: directive.keys, line: directive.line }
				: { kind: 'restart' as const, participant: id, line: directive.line };
		(step ? step.effects : protocol.initial).push(effect);
	}
}

/** `@phase NAME` names the moment right after the step above it (a compare block offers it as a moment). */
function applyPhase(protocol: Protocol, directive: Extract<Directive, { kind: 'phase' }>, warnings: Diagnostic[]): void {
	const step = stepAbove(protocol.steps, directive.line);
	if (step) step.phase = directive.name;
	else warnings.push(diagnostic(directive.line, '`@phase` must come after the message or note that ends the phase'));
}

/** `@drop` scripts the loss of the message above; `@on-failure TEXT` is the label of the reply above while its request fails. */
function applyFaultDirective(protocol: Protocol, directive: Extract<Directive, { kind: 'drop' | 'on-failure' }>, warnings: Diagnostic[]): void {
	const step = stepAbove(protocol.steps, directive.line);
	const name = directive.kind === 'drop' ? '`@drop`' : '`@on-failure`';
	if (step?.kind !== 'message') {
		warnings.push(diagnostic(directive.line, `${name} must come right after a message: ${step ? 'a note cannot be lost or answered' : 'nothing has happened yet'}`));
		return;
	}
	if (directive.kind === 'drop' && step.from === step.to) {
		warnings.push(diagnostic(directive.line, '`@drop` must come right after a message to another participant: a message to oneself cannot be lost'));
		return;
	}
	if (directive.kind === 'drop') step.drop = true;
	else step.onFailure = directive.text;
}

/** The last step written on a line before `line`: a binary search, as steps are in line order. */
export function stepAbove<S extends { line: number }>(steps: readonly S[], line: number): S | undefined {
	let low = 0;
	let high = steps.length;
	// Invariant: every step before `low` is above `line`, none from `high` on is.
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((steps[middle]?.line ?? line) < line) low = middle + 1;
		else high = middle;
	}
	return low > 0 ? steps[low - 1] : undefined;
}

/**
 * Finds a participant by id, else by label, else by either ignoring case: the first in the list wins each
 * time, as scanning the list would. The maps are built on first use (most blocks have few directives).
 */
function participantResolver(participants: readonly Participant[]): (name: string) => Participant | undefined {
	let exact: Map<string, Participant> | undefined;
	let ignoringCase: Map<string, Participant> | undefined;
	return (name) => {
		if (!exact) {
			exact = new Map();
			for (const p of participants) if (!exact.has(p.id)) exact.set(p.id, p);
			// Labels after every id: an id match wins over a label match, whatever their order in the list.
			const byLabel = new Map<string, Participant>();
			for (const p of participants) if (!byLabel.has(p.label)) byLabel.set(p.label, p);
			for (const [label, p] of byLabel) if (!exact.has(label)) exact.set(label, p);
		}
		const found = exact.get(name);
		if (found) return found;
		if (!ignoringCase) {
			ignoringCase = new Map();
			for (const p of participants) {
				const id = p.id.toLowerCase();
				if (!ignoringCase.has(id)) ignoringCase.set(id, p);
				const label = p.label.toLowerCase();
				if (!ignoringCase.has(label)) ignoringCase.set(label, p);
			}
		}
		return ignoringCase.get(name.toLowerCase());
	};
}

function knownList(participants: readonly Participant[]): string {
	const names = participants.slice(0, KNOWN_LISTED).map((p) => p.id === p.label ? p.id : `${p.id} (${p.label})`);
	return participants.length > KNOWN_LISTED ? `${names.join(', ')}, …` : names.join(', ');
}
