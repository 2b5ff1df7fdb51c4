import { describe, expect, it } from 'vitest';
import { branchChoices } from '../../../src/core/simulate/branch-choices';
import { protocol } from './build-protocol';

/**
 * Blocks: 0 loop (not choosable), 1 alt [ok | error] holding 2 opt in its first branch and 3 break in its second,
 * 4 par (not choosable), 5 critical [main | fallback].
 */
function manyBlocks() {
	return protocol()
		.block('loop', ['retry'], (b) => b.message('A', 'B', 'try'))
		.block('alt', ['ok', 'error'],
			(b) => b.message('B', 'A', 'ok').block('opt', ['cache'], (o) => o.message('A', 'C', 'put')),
			(b) => b.message('B', 'A', 'error').block('break', ['give up'], (k) => k.message('A', 'User', 'sorry')))
		.block('par', ['x', 'y'], (b) => b.message('A', 'B', 'x'), (b) => b.message('A', 'C', 'y'))
		.block('critical', ['main', 'fallback'], (b) => b.message('A', 'DB', 'write'), (b) => b.message('A', 'Log', 'write'))
		.build();
}

describe('branchChoices', () => {
	it('lists alt, opt, break and critical blocks with their branch labels, and not loop or par', () => {
		const choices = branchChoices(manyBlocks());
		expect(choices.map((choice) => [choice.block, choice.kind, choice.label])).toEqual([
			[1, 'alt', 'ok'],
			[2, 'opt', 'cache'],
			[3, 'break', 'give up'],
			[5, 'critical', 'main'],
		]);
		expect(choices[0]?.options).toEqual([
			{ branch: 0, label: 'ok', skip: false },
			{ branch: 1, label: 'error', skip: false },
		]);
	});

	it('marks the synthetic second branch of an opt or a break as the skip option', () => {
		const choices = branchChoices(manyBlocks());
		expect(choices[1]?.options.map((option) => option.skip)).toEqual([false, true]);
		expect(choices[2]?.options.map((option) => option.skip)).toEqual([false, true]);
	});

	it('reports the branch in force: the first by default, the chosen one, the first again for an out-of-range choice', () => {
		expect(branchChoices(manyBlocks()).map((choice) => choice.chosen)).toEqual([0, 0, 0, 0]);
		expect(branchChoices(manyBlocks(), { 1: 1, 5: 1 }).map((choice) => choice.chosen)).toEqual([1, 0, 0, 1]);
		expect(branchChoices(manyBlocks(), { 1: 9 }).map((choice) => choice.chosen)).toEqual([0, 0, 0, 0]);
	});

	it('says which blocks happen: a block inside an untaken branch does not', () => {
		expect(branchChoices(manyBlocks()).map((choice) => choice.onPath)).toEqual([true, true, false, true]);
		expect(branchChoices(manyBlocks(), { 1: 1 }).map((choice) => choice.onPath)).toEqual([true, false, true, true]);
	});

	it('places an empty nested block by its line, since it has no step to tell', () => {
		const p = protocol()
			.block('alt', ['a', 'b'], (b) => b.message('A', 'B', 'a'), (b) => b.block('opt', ['nothing'], () => undefined))
			.build();
		expect(branchChoices(p).map((choice) => choice.onPath)).toEqual([true, false]);
		expect(branchChoices(p, { 0: 1 }).map((choice) => choice.onPath)).toEqual([true, true]);
	});
});
