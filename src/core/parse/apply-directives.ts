import type { Diagnostic, Participant, Protocol } from '../model';
import { diagnostic } from './diagnostics';
import type { Directive } from './directives';

/**
 * Attaches directives to the step written above them (SPEC §1); those above the first step set the
 * starting state. Names may be ids or labels. Problems are warnings: the diagram still plays.
 */
export function applyDirectives(protocol: Protocol, directives: Directive[], warnings: Diagnostic[]): void {
	for (const directive of directives) {
		if (directive.kind === 'title') { protocol.title = directive.text; continue; }
		if (directive.kind === 'kind') { protocol.kind = directive.value; continue; }
		if (directive.kind === 'phase') { applyPhase(protocol, directive, warnings); continue; }
		if (directive.kind === 'drop' || directive.kind === 'on-failure') { applyFaultDirective(protocol, directive, warnings); continue; }
		const participant = resolve(protocol.participants, directive.participant);
		if (!participant) {
			const known = protocol.participants.map((p) => p.id === p.label ? p.id : `${p.id} (${p.label})`).join(', ');
			warnings.push(diagnostic(directive.line, `unknown participant \`${directive.participant}\`: expected one of ${known || 'the diagram\'s participants'}`));
			continue;
		}
		const id = participant.id;
		if (directive.kind === 'durable') {
			(protocol.durable[id] ??= []).push(...directive.items);
			continue;
		}
		const step = stepAbove(protocol, directive.line);
		if (directive.kind === 'needs') {
			if (step) step.needs.push({ participant: id, keys: directive.keys, line: directive.line });
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
	const step = stepAbove(protocol, directive.line);
	if (step) step.phase = directive.name;
	else warnings.push(diagnostic(directive.line, '`@phase` must come after the message or note that ends the phase'));
}

/** `@drop` scripts the loss of the message above; `@on-failure TEXT` is the label of the reply above while its request fails. */
function applyFaultDirective(protocol: Protocol, directive: Extract<Directive, { kind: 'drop' | 'on-failure' }>, warnings: Diagnostic[]): void {
	const step = stepAbove(protocol, directive.line);
	const name = directive.kind === 'drop' ? '`@drop`' : '`@on-failure`';
	if (step?.kind !== 'message') {
		warnings.push(diagnostic(directive.line, `${name} must come right after a message: ${step ? 'a note cannot be lost or answered' : 'nothing has happened yet'}`));
		return;
	}
	if (directive.kind === 'drop') step.drop = true;
	else step.onFailure = directive.text;
}

/** The last step written on a line before `line`. */
function stepAbove(protocol: Protocol, line: number): Protocol['steps'][number] | undefined {
	let found: Protocol['steps'][number] | undefined;
	for (const step of protocol.steps) {
		if (step.line >= line) break;
		found = step;
	}
	return found;
}

function resolve(participants: Participant[], name: string): Participant | undefined {
	const lower = name.toLowerCase();
	return participants.find((p) => p.id === name)
		?? participants.find((p) => p.label === name)
		?? participants.find((p) => p.id.toLowerCase() === lower || p.label.toLowerCase() === lower);
}
