import { displayText } from './message-text';
import { parseParticipant, parseSingleName } from './participant-statement';
import { parseActorInfo, parseMessage, parseNote } from './signal-statement';
import type { Segment } from './source-lines';
import type { BlockKeyword, Statement, StatementError } from './statement-types';

/** A statement read from a segment, with a warning when it is understood but doubtful. */
export interface ReadStatement {
	statement: Statement;
	warning?: string;
}

const OPENERS: readonly BlockKeyword[] = ['loop', 'rect', 'opt', 'alt', 'par_over', 'par', 'critical', 'break'];
const BRANCHES = ['else', 'and', 'option'] as const;

/** Reads one segment as a Mermaid sequence statement. */
export function readStatement(segment: Segment): ReadStatement | StatementError {
	const text = segment.text;
	const word = (/^[A-Za-z_]+/.exec(text)?.[0] ?? '').toLowerCase();
	const rest = text.slice(word.length);
	// Keywords need a word boundary, as Mermaid's `\b`: `Endpoint` is a name, `End` is not.
	const keyword = rest === '' || !/^\w/.test(rest) ? word : '';
	if (keyword === 'sequencediagram') return { statement: { type: 'header' } };
	if (keyword === 'participant' || keyword === 'actor') return participant(rest, keyword, false, segment);
	if (keyword === 'create') {
		const inner = /^\s+(participant|actor)\b/i.exec(rest);
		if (!inner) return { type: 'error', message: 'expected `create participant Name` or `create actor Name`' };
		const which = (inner[1] ?? '').toLowerCase() as 'participant' | 'actor';
		return participant(rest.slice(inner[0].length), which, true, segment);
	}
	if (keyword === 'destroy') return wrap(parseSingleName(rest, (id) => ({ type: 'destroy', id }), '`destroy Name`'));
	if (keyword === 'activate' || keyword === 'deactivate') {
		const on = keyword === 'activate';
		return wrap(parseSingleName(rest, (id) => ({ type: 'activation', id, on }), `\`${keyword} Name\``));
	}
	if (keyword === 'note') return wrap(parseNote(rest));
	if (keyword === 'box') return { statement: { type: 'box', text: rest.trim() } };
	if (keyword === 'end') {
		return rest.trim() === '' ? { statement: { type: 'end' } } : { type: 'error', message: 'expected nothing after `end`' };
	}
	const opener = OPENERS.find((k) => k === keyword);
	if (opener) return { statement: { type: 'open', keyword: opener, label: displayText(rest) } };
	const branch = BRANCHES.find((k) => k === keyword);
	if (branch) return { statement: { type: 'branch', keyword: branch, label: displayText(rest) } };
	if (keyword === 'autonumber') return autonumber(rest, segment);
	if (/^(?:links|link|properties|details)$/.test(keyword) && /^[ \t]+[^/\\+()<>:\n,;\s-]/.test(rest)) {
		return wrap(parseActorInfo(rest, keyword));
	}
	const title = /^title(?::\s|\s)(.+)$/i.exec(text);
	if (title) return { statement: { type: 'title', text: displayText(title[1] ?? '') } };
	if (/^acc(?:Title|Descr)\s*:/i.test(text)) return { statement: { type: 'accessibility' } };
	return wrap(parseMessage(text));
}

function participant(rest: string, keyword: 'participant' | 'actor', create: boolean, segment: Segment): ReadStatement | StatementError {
	const result = parseParticipant(rest, keyword, create);
	if ('message' in result) return result;
	if (segment.swallowsLineBreak && segment.text.endsWith('}')) return swallowed('`}`');
	return result.warning === undefined ? { statement: result.statement } : result;
}

function autonumber(rest: string, segment: Segment): ReadStatement | StatementError {
	const args = rest.trim();
	let statement: Statement;
	if (args === '') statement = { type: 'autonumber', off: false };
	else if (/^off$/i.test(args)) statement = { type: 'autonumber', off: true };
	else {
		const numbers = /^(\d+(?:\.\d{1,2})?|\.\d{1,2})(?:\s+(\d+(?:\.\d{1,2})?|\.\d{1,2}))?$/.exec(args);
		if (!numbers) return { type: 'error', message: 'expected `autonumber`, `autonumber off` or `autonumber START [INCREMENT]`' };
		// Mermaid needs a blank after the last number; at a `;` it reads no number at all.
		statement = { type: 'autonumber', off: false, start: Number(numbers[1]) };
		if (numbers[2] !== undefined) statement.increment = Number(numbers[2]);
	}
	if (segment.swallowsLineBreak) return swallowed('`autonumber`');
	return { statement };
}

function swallowed(what: string): StatementError {
	return { type: 'error', message: `remove the blanks at the end of this line: Mermaid reads no line break after ${what} followed by blanks` };
}

function wrap(result: Statement | StatementError): ReadStatement | StatementError {
	return result.type === 'error' ? result : { statement: result };
}
