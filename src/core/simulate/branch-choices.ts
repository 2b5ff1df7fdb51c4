import type { Block, BlockKind, Protocol } from '../model';
import { blocksOnPath, branchTaken, chosenBranch, CHOOSABLE_KINDS, parentBranchOf } from './path';

/** One option of a branch choice. */
export interface BranchOption {
	/** Branch index, the value to put in `SimulateOptions.branches[block]`. */
	branch: number;
	/** The label as written after the keyword (`else Success` → `Success`); may be empty. */
	label: string;
	/** The synthetic "skip" branch of an `opt` or `break`: the player words it in the user's language. */
	skip: boolean;
}

/** A block whose branch the user can choose: `alt`, `critical`, `opt` or `break`. */
export interface BranchChoice {
	/** Block index, the key of `SimulateOptions.branches`. */
	block: number;
	kind: Extract<BlockKind, 'alt' | 'critical' | 'opt' | 'break'>;
	label: string;
	/** 1-based line of the opening keyword. */
	line: number;
	options: BranchOption[];
	/** The branch that happens for the given choices (the first when none or an out-of-range one is given). */
	chosen: number;
	/** Whether the block itself happens: false when it sits inside a branch that is not taken. */
	onPath: boolean;
}

/** Every block a user can choose a branch in, in order of the opening lines, with its options and current choice. */
export function branchChoices(protocol: Protocol, branches: Readonly<Record<number, number>> = {}): BranchChoice[] {
	const choices: BranchChoice[] = [];
	const onPath = blocksOnPath(protocol, branches);
	for (const block of protocol.blocks) {
		if (!isChoosable(block.kind)) continue;
		const skippable = block.kind === 'opt' || block.kind === 'break';
		choices.push({
			block: block.index,
			kind: block.kind,
			label: block.label,
			line: block.line,
			options: block.branches.map((branch, index) => ({
				branch: index,
				label: branch.label,
				skip: skippable && index === 1,
			})),
			chosen: chosenBranch(block, branches),
			onPath: onPath[block.index] !== false,
		});
	}
	return choices;
}

/** Whether the user picks the branch of a block of this kind (SPEC §2 "Branches"). */
export function isChoosable(kind: BlockKind): kind is BranchChoice['kind'] {
	return CHOOSABLE_KINDS.has(kind);
}

/** Whether every block around `block` has the branch holding it taken. */
export function blockOnPath(protocol: Protocol, block: Block, branches: Readonly<Record<number, number>> = {}): boolean {
	let child = block;
	// The depth bound guards against a malformed parent chain that loops.
	for (let depth = 0; child.parent !== undefined && depth < protocol.blocks.length; depth++) {
		const parent = protocol.blocks[child.parent];
		if (parent === undefined) return true;
		if (!branchTaken(protocol, { block: parent.index, branch: parentBranchOf(parent, child) }, branches)) return false;
		child = parent;
	}
	return true;
}
