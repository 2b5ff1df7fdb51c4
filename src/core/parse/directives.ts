import type { StateItem } from '../model';
import { splitAtColon, splitAtStateOperator } from './directive-parts';
import type { DirectiveLine } from './source-lines';

/** A directive comment as written, its participant not yet resolved. */
export type Directive =
	| { kind: 'title'; text: string; line: number }
	| { kind: 'kind'; value: 'stateful' | 'stateless'; line: number }
	| { kind: 'add'; participant: string; items: StateItem[]; line: number }
	| { kind: 'remove'; participant: string; keys: string[]; line: number }
	| { kind: 'needs'; participant: string; keys: string[]; values?: (string | true)[]; line: number }
	| { kind: 'durable'; participant: string; items: StateItem[]; line: number }
	| { kind: 'restart'; participant: string; line: number }
	| { kind: 'phase'; name: string; line: number }
	| { kind: 'drop'; line: number }
	| { kind: 'on-failure'; text: string; line: number };

const NAMES: readonly string[] = ['title', 'kind', 'state', 'needs', 'durable', 'restart', 'phase', 'drop', 'on-failure'];

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
				const items = stateItems(match[1]);
				if (!items) return `expected \`%% @needs P: a, b = v\``;
				const needs: Directive = { kind: 'needs', participant, keys: items.map((item) => item.key), line };
				if (items.some((item) => item.value !== true)) needs.values = items.map((item) => item.value);
				return needs;
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

/**
 * `a, b = v` → items; undefined when a name is empty. A value in double quotes may hold commas and keeps its
 * blanks (`reason = "closed, by peer"`); read by a scanner, so linear in the list.
 */
function stateItems(list: string): StateItem[] | undefined {
	const items: StateItem[] = [];
	let at = 0;
	// The next `=` is searched again only once passed: a long list of names without one stays linear.
	let nextEquals = -2;
	// After a `"` that no other closes, no later value can be quoted: not searched again.
	let unclosed = false;
	for (;;) {
		const comma = list.indexOf(',', at);
		if (nextEquals !== -1 && nextEquals < at) nextEquals = list.indexOf('=', at);
		const equals = nextEquals;
		const end = comma < 0 ? list.length : comma;
		if (equals < 0 || equals > end) {
			const key = list.slice(at, end).trim();
			if (key === '') return undefined;
			items.push({ key, value: true });
		} else {
			const key = list.slice(at, equals).trim();
			if (key === '') return undefined;
			const quoted = unclosed ? undefined : quotedValue(list, equals + 1);
			if (quoted === null) unclosed = true;
			if (quoted) {
				items.push({ key, value: quoted.value });
				const next = list.indexOf(',', quoted.end);
				if (next < 0) return items;
				at = next + 1;
				continue;
			}
			items.push({ key, value: list.slice(equals + 1, end).trim() });
		}
		if (comma < 0) return items;
		at = comma + 1;
	}
}

/**
 * A value written `"…"` after `=` (blanks around it allowed, nothing else before the next comma); undefined when
 * the value is not quoted, null when no later `"` closes it.
 */
function quotedValue(list: string, from: number): { value: string; end: number } | undefined | null {
	let open = from;
	while (open < list.length && (list[open] === ' ' || list[open] === '\t')) open++;
	if (list[open] !== '"') return undefined;
	const close = list.indexOf('"', open + 1);
	if (close < 0) return null;
	const comma = list.indexOf(',', close + 1);
	if (list.slice(close + 1, comma < 0 ? list.length : comma).trim() !== '') return undefined;
	return { value: list.slice(open + 1, close), end: close + 1 };
}
