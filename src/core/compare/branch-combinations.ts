import type { Protocol } from '../model';
import { isChoosable } from '../simulate/branch-choices';

/** Most branch combinations a computed row walks; past it each block's branches are tried one block at a time. */
export const MAX_COMBINATIONS = 32;

/**
 * The branch choices whose paths together cover every branch of every choosable block: every combination
 * while there are at most `MAX_COMBINATIONS`, else the default path plus each branch of each block alone
 * (enough to reach every step, and linear in the number of branches).
 */
export function branchCombinations(protocol: Protocol): Record<number, number>[] {
	const choosable = protocol.blocks.filter((block) => isChoosable(block.kind) && block.branches.length > 1);
	let total = 1;
	for (const block of choosable) total = Math.min(total * block.branches.length, MAX_COMBINATIONS + 1);
	if (total <= MAX_COMBINATIONS) {
		let combos: Record<number, number>[] = [{}];
		for (const block of choosable) {
			combos = combos.flatMap((combo) => block.branches.map((_, branch) => ({ ...combo, [block.index]: branch })));
		}
		return combos;
	}
	const combos: Record<number, number>[] = [{}];
	for (const block of choosable) {
		for (let branch = 1; branch < block.branches.length; branch++) combos.push({ [block.index]: branch });
	}
	return combos;
}
