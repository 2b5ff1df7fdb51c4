import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files-under';
import { Menu } from '../fakes/obsidian/menu';
import { Notice } from '../fakes/obsidian/notice';
import { FuzzySuggestModal } from '../fakes/obsidian/suggest-modal';
import { forgetGlobalUi } from '../support/fresh-fakes';

// Test files share their worker's modules (ADR 0023), so a module that keeps state at its top level would carry it
// from one test file into the next, and in Obsidian from one note into another. These checks keep such state out.

const ROOT = join(import.meta.dirname, '..', '..');

/** Collections that may change after load; a `WeakMap` keyed by the caller's objects is the allowed cache. */
const MUTABLE = new Set(['Map', 'Set', 'Array', 'WeakSet']);

/**
 * The top-level declarations of a file that can hold changing state: any `let` or `var`, and a `const` made with
 * `new Map()` / `new Set()` / `new Array()` or an array literal unless its declared type is read-only
 * (`ReadonlySet`, `readonly T[]`, `Readonly…`) or it ends in `as const`.
 */
export function moduleState(fileName: string, text: string): string[] {
	const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
	const found: string[] = [];
	for (const statement of file.statements) {
		if (ts.isClassDeclaration(statement)) {
			// A static field that can be assigned is module-level state too, kept on the class.
			for (const member of statement.members) {
				const modifiers = ts.canHaveModifiers(member) ? ts.getModifiers(member) ?? [] : [];
				const is = (kind: ts.SyntaxKind): boolean => modifiers.some((modifier) => modifier.kind === kind);
				if (ts.isPropertyDeclaration(member) && is(ts.SyntaxKind.StaticKeyword) && !is(ts.SyntaxKind.ReadonlyKeyword)) {
					const line = file.getLineAndCharacterOfPosition(member.getStart(file)).line + 1;
					found.push(`${statement.name?.getText(file) ?? 'class'}.${member.name.getText(file)} (line ${line}): static`);
				}
			}
			continue;
		}
		if (!ts.isVariableStatement(statement)) continue;
		const list = statement.declarationList;
		const constant = (list.flags & ts.NodeFlags.Const) !== 0;
		for (const declaration of list.declarations) {
			const name = declaration.name.getText(file);
			const line = file.getLineAndCharacterOfPosition(declaration.getStart(file)).line + 1;
			if (!constant) {
				found.push(`${name} (line ${line}): let/var`);
				continue;
			}
			const type = declaration.type?.getText(file) ?? '';
			if (/^(Readonly|readonly )/.test(type)) continue;
			const init = declaration.initializer;
			if (init === undefined || (ts.isAsExpression(init) && init.type.getText(file) === 'const')) continue;
			const made = ts.isNewExpression(init) && MUTABLE.has(init.expression.getText(file));
			if (made || ts.isArrayLiteralExpression(init)) found.push(`${name} (line ${line}): ${init.getText(file).slice(0, 30)}`);
		}
	}
	return found;
}

describe('module state', () => {
	it('finds a top-level let, a Map made at load and an array that can grow, and lets constants and WeakMaps be', () => {
		const text = [
			'let count = 0;',
			'const seen = new Map<string, number>();',
			'const list: string[] = [];',
			'const cache = new WeakMap<object, number>();',
			'const KINDS: ReadonlySet<string> = new Set([\'a\']);',
			'const ORDER = [\'a\', \'b\'] as const;',
			'const NONE: readonly number[] = [];',
			'export function f(): void { let inner = 1; inner += 1; }',
			'export class Notices { static shown: string[] = []; static readonly LIMIT = 3; private own: string[] = []; }',
		].join('\n');
		expect(moduleState('sample.ts', text)).toEqual(['count (line 1): let/var', 'seen (line 2): new Map<string, number>()', 'list (line 3): []', 'Notices.shown (line 9): static']);
	});

	it('finds none in src/ or the test support (state lives in objects that callers own)', () => {
		const files = [...filesUnder(join(ROOT, 'src'), '.ts'), ...filesUnder(join(ROOT, 'tests', 'support'), '.ts')].filter((file) => !file.endsWith('.test.ts'));
		expect(files.length).toBeGreaterThan(100);
		const found = files.flatMap((file) => moduleState(file, readFileSync(file, 'utf8')).map((what) => `${relative(ROOT, file)}: ${what}`));
		expect(found).toEqual([]);
	});

	it('finds in the fakes only the global UI that every test file starts without (tests/support/fresh-fakes.ts)', () => {
		const found = filesUnder(join(ROOT, 'tests', 'fakes'), '.ts').flatMap((file) => moduleState(file, readFileSync(file, 'utf8')).map((what) => what.replace(/ \(line \d+\)/, '')));
		// Obsidian's notices, menus and pickers are app-wide, so their fakes remember the last ones on the class.
		expect(found.sort()).toEqual(['FuzzySuggestModal.lastOpened: static', 'Menu.lastShown: static', 'Notice.all: static', 'Notice.shown: static']);
		new Notice('Left over from another test file');
		Menu.lastShown = new Menu();
		FuzzySuggestModal.lastOpened = {} as FuzzySuggestModal<unknown>;
		forgetGlobalUi();
		expect([Notice.shown, Notice.all, Menu.lastShown, FuzzySuggestModal.lastOpened]).toEqual([[], [], null, null]);
	});
});
