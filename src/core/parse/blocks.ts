import type { Block, BlockKind, BlockPosition } from '../model';
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

	/** Opens a block at `line`. */
	openBlock(keyword: BlockKeyword, label: string, line: number): void {
		const kind: BlockKind = keyword === 'par_over' ? 'par' : keyword;
		const parent = this.open[this.open.length - 1]?.block.index;
		const block: Block = { index: this.blocks.length, kind, label, line, endLine: 0, branches: [{ label, line, steps: [] }] };
		if (parent !== undefined) block.parent = parent;
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
		top.block.branches.push({ label, line, steps: [] });
		return undefined;
	}

	/** Closes the innermost block; returns false when none is open. */
	close(line: number): boolean {
		const top = this.open.pop();
		if (!top) return false;
		top.block.endLine = line;
		// `opt` and `break` may be skipped: the player offers that as a second, empty branch.
		if (top.block.kind === 'opt' || top.block.kind === 'break') top.block.branches.push({ label: 'skip', line: 0, steps: [] });
		return true;
	}

	/** Where a step written now sits, outermost first; also records the step in every enclosing branch. */
	place(stepIndex: number): BlockPosition[] {
		return this.open.map(({ block }) => {
			const branch = block.branches.length - 1;
			block.branches[branch]?.steps.push(stepIndex);
			return { block: block.index, branch };
		});
	}

	/** Blocks never closed, innermost last. */
	unclosed(): Block[] {
		return this.open.map((o) => o.block);
	}
}
