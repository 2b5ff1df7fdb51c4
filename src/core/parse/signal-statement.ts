import { readActorName, skipSpaces } from './actor-name';
import { arrowAt } from './arrows';
import { decodeEntities } from './entities';
import { textAfterColon } from './message-text';
import type { MessageStatement, NoteStatement, StatementError } from './statement-types';

const EXPECTED_MESSAGE = 'expected a message like `A->>B: text`, a note, a participant or a block keyword';

/**
 * Parses `A->>B: text` with Mermaid's variants: `+`/`-` after the arrow (activate the receiver /
 * deactivate the sender) and `()` central connections before or after it.
 */
export function parseMessage(text: string): MessageStatement | StatementError {
	const from = readActorName(text, 0);
	if (!from) return { type: 'error', message: EXPECTED_MESSAGE };
	let pos = skipSpaces(text, from.end);
	const centralBefore = text.startsWith('()', pos);
	if (centralBefore) pos = skipSpaces(text, pos + 2);
	const arrow = arrowAt(text, pos);
	if (arrow === undefined) return { type: 'error', message: EXPECTED_MESSAGE };
	pos = skipSpaces(text, pos + arrow.length);
	let activate = false;
	let deactivate = false;
	if (!centralBefore && (text[pos] === '+' || text[pos] === '-')) {
		activate = text[pos] === '+';
		deactivate = text[pos] === '-';
		pos = skipSpaces(text, pos + 1);
	} else if (text.startsWith('()', pos)) {
		pos = skipSpaces(text, pos + 2);
	}
	const to = readActorName(text, pos);
	if (!to) return { type: 'error', message: `expected the receiver's name after \`${arrow}\`` };
	pos = skipSpaces(text, to.end);
	if (text[pos] !== ':') return { type: 'error', message: 'expected `:` and the message text after the receiver' };
	return {
		type: 'message',
		from: decodeEntities(from.name),
		to: decodeEntities(to.name),
		arrow,
		text: textAfterColon(text.slice(pos)),
		activate,
		deactivate,
	};
}

/** Parses what follows `note`: `left of A: text`, `right of A: text`, `over A: text` or `over A,B: text`. */
export function parseNote(rest: string): NoteStatement | StatementError {
	const placementMatch = /^\s*(left of|right of|over)\b/i.exec(rest);
	if (!placementMatch) return { type: 'error', message: 'expected `Note left of A: text`, `Note right of A: text` or `Note over A,B: text`' };
	const placement = (placementMatch[1] ?? '').toLowerCase() as NoteStatement['placement'];
	const first = readActorName(rest, placementMatch[0].length);
	if (!first) return { type: 'error', message: `expected a participant after \`${placement}\`` };
	const actors = [decodeEntities(first.name)];
	let pos = skipSpaces(rest, first.end);
	if (placement === 'over' && rest[pos] === ',') {
		const second = readActorName(rest, pos + 1);
		if (!second) return { type: 'error', message: 'expected a second participant after `,`' };
		actors.push(decodeEntities(second.name));
		pos = skipSpaces(rest, second.end);
	}
	if (rest[pos] !== ':') return { type: 'error', message: 'expected `:` and the note text' };
	return { type: 'note', placement, actors, text: textAfterColon(rest.slice(pos)) };
}

/** Parses `links A: ...`, `link A: ...`, `properties A: ...`, `details A: ...`: the participant they describe. */
export function parseActorInfo(rest: string, keyword: string): { type: 'actor-info'; id: string } | StatementError {
	const name = readActorName(rest, 0);
	const colon = name ? skipSpaces(rest, name.end) : -1;
	if (!name || rest[colon] !== ':') return { type: 'error', message: `expected \`${keyword} Name: ...\`` };
	return { type: 'actor-info', id: decodeEntities(name.name) };
}
