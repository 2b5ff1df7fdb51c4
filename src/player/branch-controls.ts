import { isChoosable, type Block } from '../core';
import type { PlayerStrings } from '../i18n/player';
import { el, SVG_NS } from './dom';
import type { PlayerModel } from './player-model';
import type { BlockAnchor } from './svg-mapping';
import { CLASS, DATA, ROLE } from './dom-contract';

/** Whether a block's second branch is the synthetic "skip" of an `opt`/`break`. */
function isSkippable(block: Block): boolean {
	return block.kind === 'opt' || block.kind === 'break';
}

/** The words for each branch of a block: the condition as written, or "(skipped)" for an opt/break's skip. */
function branchLabels(block: Block, strings: PlayerStrings): string[] {
	const skippable = isSkippable(block);
	return block.branches.map((branch, k) => {
		if (skippable && k === 1) return strings.skipBranch;
		const label = branch.label.trim() || (skippable ? block.label.trim() : '');
		if (skippable) return `${label} ${strings.takeBranch}`.trim();
		return label || strings.unnamedBranch(k + 1);
	});
}

/** A `[data-role="branch"][data-block="N"]` choice whose options carry `data-branch="K"`. */
function branchSelect(doc: Document, block: Block, strings: PlayerStrings, className: string): HTMLSelectElement {
	const label = strings.branchControlLabel(block.kind, block.line, isSkippable(block));
	const select = el(doc, 'select', { class: className, [DATA.role]: ROLE.branch, [DATA.block]: block.index, 'aria-label': label, title: label });
	branchLabels(block, strings).forEach((label, k) => select.append(el(doc, 'option', { value: k, [DATA.branch]: k }, [label])));
	return select;
}

/** Whether a block happens for the chosen branches: every enclosing choice takes the branch it sits in. */
function blockOnPath(model: PlayerModel, block: Block): boolean {
	let child = block;
	while (child.parent !== undefined) {
		const parent = model.protocol.blocks[child.parent];
		if (parent === undefined) return true;
		if (isChoosable(parent.kind)) {
			const chosen = model.branches[parent.index] ?? 0;
			const within = parent.branches.reduce((found, branch, k) => (branch.line > 0 && branch.line <= child.line ? k : found), 0);
			if (within !== chosen) return false;
		}
		child = parent;
	}
	return true;
}

/** The panel's list of branch choices, one per choosable block, captioned by the block's kind ("alt — choose a branch"). */
export function branchPanel(doc: Document, model: PlayerModel, strings: PlayerStrings): { section: HTMLElement; selects: HTMLSelectElement[] } {
	const section = el(doc, 'div', { class: 'protocol-branches', [DATA.role]: ROLE.branches }, [el(doc, 'div', { class: 'protocol-panel-heading' }, [strings.branches])]);
	const selects: HTMLSelectElement[] = [];
	for (const block of model.protocol.blocks.filter((block) => isChoosable(block.kind))) {
		const select = branchSelect(doc, block, strings, 'protocol-branch-select');
		selects.push(select);
		const caption = el(doc, 'span', { class: 'protocol-branch-name' }, [strings.branchPrompt(block.kind, isSkippable(block))]);
		section.append(el(doc, 'label', { class: 'protocol-branch', [DATA.kind]: block.kind }, [caption, select]));
	}
	return { section, selects };
}

/**
 * The on-diagram choice, in SVG user units: its text is the size of Mermaid's block labels (16 px, in
 * every version), so it scales with the drawing exactly as the label it covers. It spans from `above`
 * the label's baseline to just under it — the label's own line, inside the block's frame — so it covers
 * neither the frame nor the message below.
 */
const OVERLAY = { fontSize: 16, height: 22, above: 17, chrome: 40 } as const;

/** Wide (Hangul, CJK, fullwidth) characters take a full em; others about half of one. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** About how wide a label is at the overlay's font size, without asking the layout (no reflow while mounting). */
function textWidth(label: string): number {
	let ems = 0;
	for (const char of label) ems += WIDE.test(char) ? 1 : 0.56;
	return ems * OVERLAY.fontSize;
}

/**
 * Puts a branch choice on the diagram at each choosable block's condition label, in a `<foreignObject>`
 * so that it scales and moves with the SVG (ADR 0004). The label it covers is hidden, not removed.
 */
export function branchOverlays(doc: Document, svg: SVGSVGElement, anchors: readonly BlockAnchor[], model: PlayerModel, strings: PlayerStrings): HTMLSelectElement[] {
	const selects: HTMLSelectElement[] = [];
	for (const anchor of anchors) {
		const block = model.protocol.blocks[anchor.block];
		if (block === undefined || !isChoosable(block.kind)) continue;
		const select = branchSelect(doc, block, strings, 'protocol-branch-overlay-select');
		const longest = Math.max(...branchLabels(block, strings).map(textWidth));
		const width = Math.min(anchor.width, longest + OVERLAY.chrome);
		const holder = doc.createElementNS(SVG_NS, 'foreignObject');
		holder.setAttribute('class', CLASS.branchOverlay);
		holder.setAttribute('x', String(anchor.x - width / 2));
		holder.setAttribute('y', String(anchor.y - OVERLAY.above));
		holder.setAttribute('width', String(width));
		holder.setAttribute('height', String(OVERLAY.height));
		holder.append(select);
		anchor.conditionText?.classList.add(CLASS.covered);
		svg.append(holder);
		selects.push(select);
	}
	return selects;
}

/** Shows the current choices on every branch control; blocks that do not happen are disabled. */
export function syncBranchSelects(selects: readonly HTMLSelectElement[], model: PlayerModel): void {
	for (const select of selects) {
		const block = model.protocol.blocks[Number(select.dataset.block)];
		if (block === undefined) continue;
		select.value = String(model.branches[block.index] ?? 0);
		select.disabled = !blockOnPath(model, block);
	}
}
