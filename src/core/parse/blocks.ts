import type { Block, BlockKind, BlockPosition, Branch } from '../model';
import type { BlockKeyword } from './statement-types';

/** Which branch keyword each block kind takes (`else` for `alt`, ...). */
const BRANCH_KEYWORD: Partial<Record<BlockKind, 'else' | 'and' | 'option'>> = { alt: 'else', par: 'and', critical: 'option' };

/**
 * The blocks opened so far and the ones still open, as `loop/alt/... end` lines arrive.
 * Errors come back as messages for the caller to place on the line.
 */
export class BlockStack {
	readonly blocks: Block[] = [];
	private readonly open: { block: Block; keyword: BlockKeyword }[] = [];
	/** Index the next step will get: a branch's steps are the contiguous range written while it is open. */
	private nextStep = 0;

	/** Opens a block at `line`. */
	openBlock(keyword: BlockKeyword, label: string, line: number): void {
		const kind: BlockKind = keyword === 'par_over' ? 'par' : keyword;
		const parent = this.open[this.open.length - 1]?.block;
		const block: Block = { index: this.blocks.length, kind, label, line, endLine: 0, branches: [this.newBranch(label, line)] };
		if (parent !== undefined) {
			block.parent = parent.index;
			block.parentBranch = parent.branches.length - 1;
		}
		this.blocks.push(block);
		this.open.push({ block, keyword });
	}

	/** Starts the next branch of the innermost block; returns an error message when that block takes no such branch. */
	branch(keyword: 'else' | 'and' | 'option', label: string, line: number): string | undefined {
		const top = this.open[this.open.length - 1];
		const owner = keyword === 'else' ? 'alt' : keyword === 'and' ? 'par' : 'critical';
		if (!top) return `\`${keyword}\` outside \`${owner}\`: it must come between \`${owner}\` and \`end\``;
		if (BRANCH_KEYWORD[top.block.kind] !== keyword) {
			return `\`${keyword}\` belongs to \`${owner}\`, but the open block is \`${top.keyword}\` (line ${top.block.line})`;
		}
		this.endBranch(top.block);
		top.block.branches.push(this.newBranch(label, line));
		return undefined;
	}

	/** Closes the innermost block; returns false when none is open. */
	close(line: number): boolean {
		const top = this.open.pop();
		if (!top) return false;
		top.block.endLine = line;
		this.endBranch(top.block);
		// `opt` and `break` may be skipped: the player offers that as a second, empty branch.
		if (top.block.kind === 'opt' || top.block.kind === 'break') top.block.branches.push(this.newBranch('skip', 0));
		return true;
	}

	/**
	 * The innermost block and branch a step written now sits in (undefined at top level). Nothing is recorded per
	 * enclosing block: branches keep step ranges, so deep nesting stays linear in time and memory.
	 */
	place(stepIndex: number): BlockPosition | undefined {
		this.nextStep = stepIndex + 1;
		const top = this.open[this.open.length - 1]?.block;
		return top === undefined ? undefined : { block: top.index, branch: top.branches.length - 1 };
	}

	private newBranch(label: string, line: number): Branch {
		return { label, line, firstStep: this.nextStep, endStep: this.nextStep };
	}

	/** The block's current (last) branch ends here. */
	private endBranch(block: Block): void {
		const branch = block.branches[block.branches.length - 1];
		if (branch !== undefined) branch.endStep = this.nextStep;
	}

	/** Blocks never closed, innermost last. */
	unclosed(): Block[] {
		return this.open.map((o) => o.block);
	}
}
