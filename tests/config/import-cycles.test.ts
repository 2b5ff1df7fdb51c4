import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/files-under';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/**
 * The project files a source file imports or re-exports from, type-only ones included: a loop of types is
 * still two files that cannot be understood (or moved) one without the other.
 */
function importsOf(file: string, text: string): string[] {
	const targets: string[] = [];
	// `from '…'` and `import '…'` with a relative path; one quoted string each, so the expression is linear.
	for (const match of text.matchAll(/(?:from|import)\s+'(\.[^'\n]*)'/g)) {
		const base = resolve(dirname(file), match[1] ?? '');
		const found = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
		if (found !== undefined) targets.push(found);
	}
	return targets;
}

/** The groups of files that import each other round in a loop (strongly connected components of two or more, Tarjan). */
function importLoops(graph: Map<string, string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const loops: string[][] = [];
	let next = 0;
	const visit = (node: string): void => {
		index.set(node, next);
		low.set(node, next);
		next += 1;
		stack.push(node);
		onStack.add(node);
		for (const target of graph.get(node) ?? []) {
			if (!index.has(target)) {
				visit(target);
				low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
			} else if (onStack.has(target)) {
				low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
			}
		}
		if (low.get(node) !== index.get(node)) return;
		const group: string[] = [];
		let member: string | undefined;
		do {
			member = stack.pop();
			if (member === undefined) break;
			onStack.delete(member);
			group.push(member);
		} while (member !== node);
		if (group.length > 1) loops.push(group.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return loops;
}

describe('imports in src/', () => {
	it('form no loop: every file can be read after the files it imports (issue 21)', () => {
		const graph = new Map(filesUnder(SRC, '.ts').map((file) => [file, importsOf(file, readFileSync(file, 'utf8'))]));
		// The walk must have seen the project, or an empty graph would pass.
		expect(graph.size).toBeGreaterThan(200);
		expect([...graph.values()].flat().length).toBeGreaterThan(500);
		const loops = importLoops(graph).map((group) => group.map((file) => relative(SRC, file)));
		expect(loops).toEqual([]);
	});

	it('finds a loop of two files and a longer one, and none in a chain', () => {
		const graph = new Map([['a', ['b']], ['b', ['a']], ['c', ['d']], ['d', ['e']], ['e', ['c']], ['f', ['g']], ['g', []]]);
		expect(importLoops(graph)).toEqual([['a', 'b'], ['c', 'd', 'e']]);
		expect(importLoops(new Map([['f', ['g']], ['g', ['h']], ['h', []]]))).toEqual([]);
	});

	it('reads type-only imports and re-exports as imports', () => {
		const file = join(SRC, 'core', 'model.ts');
		const targets = importsOf(file, "import type { StateItem } from './state-item';\nexport { x } from './simulation-model';\nimport { y } from 'obsidian';");
		expect(targets.map((target) => relative(SRC, target))).toEqual([join('core', 'state-item.ts'), join('core', 'simulation-model.ts')]);
	});
});
