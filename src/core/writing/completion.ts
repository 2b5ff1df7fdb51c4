import { DIRECTIVE_IDS, directiveInsertion, PARTICIPANT_DIRECTIVES, type DirectiveId } from './directive-list';
import type { WritingFacts } from './writing-facts';

/** What is being completed: a directive's name, a participant, an item a participant holds, or an item's value. */
export type CompletionKind = 'directive' | 'participant' | 'item' | 'value';

/** One suggestion: what it shows, what it writes, and what it is (a directive's id; a participant's other name). */
export interface CompletionOption {
	text: string;
	insert: string;
	/** For a directive, its id (the caller words its description). */
	directive?: DirectiveId;
	/** For a participant, its label when `text` is its id, or its id when `text` is its label. */
	alias?: string;
}

/** The completions at a cursor: the column where the text they replace starts, what was typed there, and the options. */
export interface Completion {
	kind: CompletionKind;
	/** Column (in the line given) where the replaced text starts; it ends at the cursor. */
	from: number;
	query: string;
	options: CompletionOption[];
}

/**
 * The completions for a directive line of a playable block, from the line's text before the cursor (callout
 * markers allowed before `%%`). `facts` is asked only when participants, items or values are wanted, so typing a
 * directive's name parses nothing. A hand-written scanner: linear in the line. Null when nothing applies.
 */
export function completionAt(before: string, facts: () => WritingFacts | undefined): Completion | null {
	const at = before.indexOf('%%');
	if (at < 0 || !onlyMarkers(before, at)) return null;
	let i = skipBlanks(before, at + 2);
	if (before[i] !== '@') return null;
	const nameStart = i;
	i++;
	while (i < before.length && isNameChar(before.charCodeAt(i))) i++;
	const name = before.slice(nameStart + 1, i);
	if (i === before.length) return directiveCompletion(nameStart, name);
	const id = name.toLowerCase() as DirectiveId;
	if (!PARTICIPANT_DIRECTIVES.includes(id) || !isBlank(before[i])) return null;
	const known = facts();
	if (!known) return null;
	if (id === 'restart') return participantCompletion(before, i, known, '');
	const separator = id === 'state' ? stateOperator(before, i) : before.indexOf(':', skipBlanks(before, i) + 1);
	if (separator < 0) return participantCompletion(before, i, known, id === 'state' ? ' ' : ': ');
	const participant = before.slice(i, separator).trim();
	return itemCompletion(before, separator + (id === 'state' ? 2 : 1), participant, known);
}

function directiveCompletion(from: number, typed: string): Completion | null {
	const query = typed.toLowerCase();
	const options = DIRECTIVE_IDS.filter((id) => id.startsWith(query)).map((id) => ({ text: `@${id}`, insert: directiveInsertion(id), directive: id }));
	return options.length === 0 ? null : { kind: 'directive', from, query: typed, options };
}

function participantCompletion(before: string, after: number, facts: WritingFacts, suffix: string): Completion | null {
	const from = skipBlanks(before, after);
	const query = before.slice(from);
	const options: CompletionOption[] = [];
	for (const p of facts.participants) {
		options.push({ text: p.id, insert: p.id + suffix, ...(p.label === p.id ? {} : { alias: p.label }) });
		if (p.label !== p.id) options.push({ text: p.label, insert: p.label + suffix, alias: p.id });
	}
	return completion('participant', from, query, options);
}

/** After `P +=`, `P -=` or `P:`: the item being typed (after the last comma), or its value after `=`. */
function itemCompletion(before: string, listStart: number, participant: string, facts: WritingFacts): Completion | null {
	const comma = before.lastIndexOf(',');
	const partStart = Math.max(listStart, comma + 1);
	const equals = before.indexOf('=', partStart);
	if (equals >= 0) {
		const key = before.slice(partStart, equals).trim();
		const from = skipBlanks(before, equals + 1);
		return completion('value', from, before.slice(from), facts.valuesOf(participant, key).map((v) => ({ text: v, insert: v })));
	}
	const from = skipBlanks(before, partStart);
	return completion('item', from, before.slice(from), facts.itemsOf(participant).map((key) => ({ text: key, insert: key })));
}

/** Options that start with the query (any case) first, then those that contain it; null when none. */
function completion(kind: CompletionKind, from: number, query: string, options: CompletionOption[]): Completion | null {
	const lower = query.toLowerCase();
	const starting = options.filter((o) => o.text.toLowerCase().startsWith(lower));
	const containing = lower === '' ? [] : options.filter((o) => !o.text.toLowerCase().startsWith(lower) && o.text.toLowerCase().includes(lower));
	const found = [...starting, ...containing];
	return found.length === 0 ? null : { kind, from, query, options: found };
}

/** The index of the first `+=` or `-=` after the participant's first character, or −1. */
function stateOperator(text: string, from: number): number {
	for (let i = skipBlanks(text, from) + 1; i < text.length - 1; i++) {
		if ((text[i] === '+' || text[i] === '-') && text[i + 1] === '=') return i;
	}
	return -1;
}

/** Only blanks and callout markers (`>`) before the comment. */
function onlyMarkers(text: string, end: number): boolean {
	for (let i = 0; i < end; i++) if (!isBlank(text[i]) && text[i] !== '>') return false;
	return true;
}

function skipBlanks(text: string, from: number): number {
	let i = from;
	while (i < text.length && isBlank(text[i])) i++;
	return i;
}

function isBlank(char: string | undefined): boolean {
	return char === ' ' || char === '\t';
}

function isNameChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}
