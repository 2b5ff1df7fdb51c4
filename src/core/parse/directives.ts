import type { StateItem } from '../model';
import { splitAtColon, splitAtStateOperator } from './directive-parts';
import type { DirectiveLine } from './source-lines';

/** A directive comment as written, its participant not yet resolved. */
export type Directive =
	| { kind: 'title'; text: string; line: number }
	| { kind: 'kind'; value: 'stateful' | 'stateless'; line: number }
	| { kind: 'add'; participant: string; items: StateItem[]; line: number }
	| { kind: 'remove'; participant: string; keys: string[]; line: number }
	| { kind: 'needs'; participant: string; keys: string[]; line: number }
	| { kind: 'durable'; participant: string; items: StateItem[]; line: number }
	| { kind: 'restart'; participant: string; line: number }
	| { kind: 'phase'; name: string; line: number }
	| { kind: 'drop'; line: number }
	| { kind: 'on-failure'; text: string; line: number };

const NAMES = ['title', 'kind', 'state', 'needs', 'durable', 'restart', 'phase', 'drop', 'on-failure'];

/** Reads one `%% @...` line (SPEC §1); a string is the warning to show when it cannot be read. */
export function parseDirective({ line, text }: DirectiveLine): Directive | string {
	const name = directiveName(text);
	const body = text.slice(name.length + 1).trim();
	switch (name.toLowerCase()) {
		case 'title':
			return body === '' ? 'expected `%% @title TEXT`' : { kind: 'title', text: body, line };
		case 'kind': {
			const value = body.toLowerCase();
			return value === 'stateful' || value === 'stateless' ? { kind: 'kind', value, line } : 'expected `%% @kind stateful` or `%% @kind stateless`';
		}
		case 'state': return stateDirective(body, line);
		case 'needs':
		case 'durable': {
			const match = splitAtColon(body);
			const participant = match?.[0] ?? '';
			if (!match || participant === '') return `expected \`%% @${name} P: a, b\``;
			if (name.toLowerCase() === 'needs') {
				const keys = stateItems(match[1])?.map((item) => item.key);
				return keys ? { kind: 'needs', participant, keys, line } : `expected \`%% @needs P: a, b\``;
			}
			const items = stateItems(match[1]);
			return items ? { kind: 'durable', participant, items, line } : `expected \`%% @durable P: a, b\``;
		}
		case 'restart':
			return body === '' ? 'expected `%% @restart P`' : { kind: 'restart', participant: body, line };
		case 'phase':
			return body === '' ? 'expected `%% @phase NAME`' : { kind: 'phase', name: body, line };
		case 'drop':
			return body === '' ? { kind: 'drop', line } : 'expected `%% @drop` alone under the message that is lost';
		case 'on-failure':
			return body === '' ? 'expected `%% @on-failure TEXT` under a reply' : { kind: 'on-failure', text: body, line };
		default:
			return `unknown directive \`@${name}\`: expected one of ${NAMES.map((n) => `@${n}`).join(', ')}`;
	}
}

/** The word after `@`: letters, digits, `_` and `-` (`on-failure`), read by a scanner, so linear in the line. */
function directiveName(text: string): string {
	if (!text.startsWith('@')) return '';
	let end = 1;
	while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
	return text.slice(1, end);
}

function isNameChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

function stateDirective(body: string, line: number): Directive | string {
	const match = splitAtStateOperator(body);
	const usage = 'expected `%% @state P += a, b = v` or `%% @state P -= a`';
	if (!match) return usage;
	const [participant, operator, list] = match;
	const items = stateItems(list);
	if (!items) return usage;
	if (operator === '+=') return { kind: 'add', participant, items, line };
	if (items.some((item) => item.value !== true)) return 'expected only names after `-=`, as in `%% @state P -= session`';
	return { kind: 'remove', participant, keys: items.map((item) => item.key), line };
}

/** `a, b = v` → items; undefined when a name is empty. */
function stateItems(list: string): StateItem[] | undefined {
	const items: StateItem[] = [];
	for (const part of list.split(',')) {
		const equals = part.indexOf('=');
		const key = (equals >= 0 ? part.slice(0, equals) : part).trim();
		if (key === '') return undefined;
		items.push(equals >= 0 ? { key, value: part.slice(equals + 1).trim() } : { key, value: true });
	}
	return items;
}
