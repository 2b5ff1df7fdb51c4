import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION, byAction, byClass, byRole, CLASS, DATA, isPlayerAction, ROLE } from '../../src/player/dom-contract';

const DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'dom-contract.md'), 'utf8');

/** The hooks named in the document's table: every code span of every row, both columns. */
interface Hooks {
	actions: Set<string>;
	roles: Set<string>;
	classes: Set<string>;
	attributes: Set<string>;
}

/** The code spans of a table row (`\|` inside one is Markdown's escaped bar, read as `|`). */
function codeSpans(row: string): string[] {
	const spans: string[] = [];
	let open = -1;
	for (let i = 0; i < row.length; i += 1) {
		if (row[i] !== '`') continue;
		if (open < 0) open = i + 1;
		else {
			spans.push(row.slice(open, i).split('\\|').join('|'));
			open = -1;
		}
	}
	return spans;
}

/** The values written in `[name="a|b"]` selectors of a span. */
function valuesOf(span: string, name: string): string[] {
	const values: string[] = [];
	const opener = `[${name}="`;
	for (let at = span.indexOf(opener); at >= 0; at = span.indexOf(opener, at + 1)) {
		const end = span.indexOf('"]', at);
		values.push(...span.slice(at + opener.length, end).split('|'));
	}
	return values;
}

/** Words made of lower-case letters, digits and hyphens that follow `prefix` in a span (`.name`, `data-name`). */
function namesAfter(span: string, prefix: string, keepPrefix: boolean): string[] {
	const names: string[] = [];
	for (let at = span.indexOf(prefix); at >= 0; at = span.indexOf(prefix, at + 1)) {
		let end = at + prefix.length;
		while (end < span.length && /[a-z0-9-]/.test(span[end] ?? '')) end += 1;
		if (end > at + prefix.length) names.push(span.slice(keepPrefix ? at : at + prefix.length, end));
	}
	return names;
}

function hooksOf(doc: string): Hooks {
	const rows = doc.split('\n').filter((line) => line.startsWith('| `'));
	const hooks: Hooks = { actions: new Set(), roles: new Set(), classes: new Set(), attributes: new Set() };
	for (const span of rows.flatMap(codeSpans)) {
		for (const action of valuesOf(span, 'data-action')) hooks.actions.add(action);
		for (const role of valuesOf(span, 'data-role')) hooks.roles.add(role);
		for (const name of namesAfter(span, '.', false)) hooks.classes.add(name);
		for (const attribute of namesAfter(span, 'data-', true)) hooks.attributes.add(attribute);
	}
	return hooks;
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe('the DOM contract (docs/dom-contract.md)', () => {
	const hooks = hooksOf(DOC);

	it('reads a table of hooks from the document', () => {
		// Worked out by hand from rows the document must keep: the controls, the root and its step classes.
		expect(hooks.actions.has('first') && hooks.actions.has('last')).toBe(true);
		expect(hooks.classes.has('protocol-player') && hooks.classes.has('is-current')).toBe(true);
		expect(hooks.attributes.has('data-step-index')).toBe(true);
	});

	it('documents exactly the actions of ACTION', () => {
		expect(sorted(hooks.actions)).toEqual(sorted(Object.values(ACTION)));
	});

	it('documents exactly the roles of ROLE', () => {
		expect(sorted(hooks.roles)).toEqual(sorted(Object.values(ROLE)));
	});

	it('documents exactly the classes of CLASS', () => {
		expect(sorted(hooks.classes)).toEqual(sorted(Object.values(CLASS)));
	});

	it('documents exactly the data attributes of DATA', () => {
		expect(sorted(hooks.attributes)).toEqual(sorted(Object.values(DATA)));
	});

	it('finds a hook missing from the document', () => {
		const without = DOC.split('\n').filter((line) => !line.includes('`[data-action="clear-faults"]`')).join('\n');
		expect(hooksOf(without).actions.has('clear-faults')).toBe(false);
	});
});

describe('selectors of the DOM contract', () => {
	it('writes the selectors tests and hosts use', () => {
		expect(byAction(ACTION.clearFaults)).toBe('[data-action="clear-faults"]');
		expect(byRole(ROLE.faultMapVerdict)).toBe('[data-role="fault-map-verdict"]');
		expect(byClass(CLASS.willFail)).toBe('.is-will-fail');
	});

	it('tells the player\'s own actions from the compare block\'s and the export menu\'s', () => {
		expect(isPlayerAction('restart')).toBe(true);
		expect(isPlayerAction('next')).toBe(true);
		expect(isPlayerAction('compare-apply')).toBe(false);
		expect(isPlayerAction('copy-step')).toBe(false);
		expect(isPlayerAction('reload')).toBe(false);
		expect(isPlayerAction(null)).toBe(false);
	});
});
