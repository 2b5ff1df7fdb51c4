import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { Protocol } from '../../../src/core/model';
import { branchChoices } from '../../../src/core/simulate/branch-choices';
import { pathOf } from '../../../src/core/simulate/path';

/** `n` nested `alt … else` blocks: block i's first branch holds message i, its `else` holds block i + 1; the innermost `else` holds `last`. */
function nested(n: number): Protocol {
	const lines = ['sequenceDiagram'];
	for (let i = 0; i < n; i++) lines.push(`alt a${i}`, `A->>B: m${i}`, `else b${i}`);
	lines.push('A->>B: last');
	for (let i = 0; i < n; i++) lines.push('end');
	const result = parseProtocol(lines.join('\n'));
	if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
	return result.protocol;
}

describe('deeply nested blocks', () => {
	it('stores each step once: the innermost block on the step, step ranges on branches, the holding branch on a block', () => {
		const protocol = nested(3);
		expect(protocol.steps.map((step) => step.block)).toEqual([
			{ block: 0, branch: 0 }, { block: 1, branch: 0 }, { block: 2, branch: 0 }, { block: 2, branch: 1 },
		]);
		expect(protocol.blocks.map((block) => [block.parent, block.parentBranch, block.branches.map((b) => [b.firstStep, b.endStep])])).toEqual([
			[undefined, undefined, [[0, 1], [1, 4]]],
			[0, 1, [[1, 2], [2, 4]]],
			[1, 1, [[2, 3], [3, 4]]],
		]);
	});

	it('walks 2,000 nested blocks by their defaults and by choices deep inside', () => {
		const n = 2000;
		const protocol = nested(n);
		expect(pathOf(protocol)).toEqual([0]);
		// A choice inside an untaken branch changes nothing.
		expect(pathOf(protocol, { 5: 1 })).toEqual([0]);
		const elses: Record<number, number> = {};
		for (let i = 0; i < 1000; i++) elses[i] = 1;
		expect(pathOf(protocol, elses)).toEqual([1000]);
		for (let i = 1000; i < n; i++) elses[i] = 1;
		expect(pathOf(protocol, elses)).toEqual([n]);
	});

	it('offers every nested block as a choice, on the path only while every outer else is taken', () => {
		const protocol = nested(300);
		const choices = branchChoices(protocol, { 0: 1, 1: 1 });
		expect(choices).toHaveLength(300);
		expect(choices.slice(0, 4).map((choice) => choice.onPath)).toEqual([true, true, true, false]);
		expect(choices.every((choice, index) => choice.onPath === index <= 2)).toBe(true);
	});
});
