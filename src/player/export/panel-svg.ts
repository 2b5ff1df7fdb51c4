import { captionLine, type SnapshotCard, type StepSnapshot } from '../../core';
import type { ExportStrings } from '../../i18n/export';
import { itemText } from '../present/cards';
import { n, svgEl } from './svg-build';
import type { ExportTheme } from './theme';
import { wrapText, type MeasureText } from './text-measure';
import { DATA, ROLE } from '../dom-contract';

/** A drawn part of an exported image: its element (at 0,0) and its size. */
export interface Drawn {
	element: Element;
	width: number;
	height: number;
}

/** Sizes in pixels (the image's user units). */
export const SIZES = { title: 18, caption: 15, text: 13, name: 14, line: 1.4, pad: 10, cardGap: 10 } as const;

/** The panel's width: wide enough for most items, never wider than this. */
export const PANEL_MIN = 220;
export const PANEL_MAX = 340;

interface Context {
	doc: Document;
	theme: ExportTheme;
	measure: MeasureText;
}

/** Lines of text stacked from `y`, each `size × line` high; returns the group and the y below it. */
function lines(ctx: Context, texts: readonly string[], x: number, y: number, size: number, attributes: Record<string, string | undefined>): { nodes: Element[]; bottom: number } {
	const nodes: Element[] = [];
	let at = y;
	for (const text of texts) {
		at += size * SIZES.line;
		nodes.push(svgEl(ctx.doc, 'text', { x: n(x), y: n(at - size * 0.35), 'font-size': size, ...attributes }, [text]));
	}
	return { nodes, bottom: at };
}

/**
 * The line above the drawing: the block's title and kind badge (when it has them), then the counter and
 * caption (in the failure or warning colour when the step did not happen as written, as the player's
 * caption), then the outcome as the player's fault list words it, then the notes. Wrapped to `width`.
 */
export function drawCaption(ctx: Context, snapshot: StepSnapshot, heading: { title?: string; kind?: string }, width: number): Drawn {
	const group = svgEl(ctx.doc, 'g', { class: 'protocol-export-caption' });
	let y = 0;
	if (heading.title !== undefined || heading.kind !== undefined) {
		const title = heading.title ?? '';
		const kind = heading.kind === undefined ? '' : `${heading.title === undefined ? '' : ' · '}${heading.kind}`;
		const wrapped = wrapText(`${title}${kind}`.trim(), width, (t) => ctx.measure(t, SIZES.title, 'bold'));
		const drawn = lines(ctx, wrapped, 0, y, SIZES.title, { 'font-weight': 'bold', fill: ctx.theme.text, [DATA.role]: ROLE.title });
		group.append(...drawn.nodes);
		y = drawn.bottom + 4;
	}
	const outcome = snapshot.outcome;
	const outcomeColor = outcome?.kind === 'consequence' ? ctx.theme.consequence : ctx.theme.failed;
	const captionLines = wrapText(captionLine(snapshot, ' · '), width, (t) => ctx.measure(t, SIZES.caption, 'bold'));
	const drawnCaption = lines(ctx, captionLines, 0, y, SIZES.caption, { 'font-weight': 'bold', fill: outcome !== undefined ? outcomeColor : ctx.theme.text, [DATA.role]: ROLE.caption });
	group.append(...drawnCaption.nodes);
	y = drawnCaption.bottom;
	const extra: Array<{ text: string; role: string; color: string }> = [];
	if (outcome !== undefined) extra.push({ text: `${outcome.heading} ${outcome.reason}`, role: 'failure', color: outcomeColor });
	for (const note of snapshot.notes) extra.push({ text: note, role: 'note', color: ctx.theme.failed });
	for (const { text, role, color } of extra) {
		const wrapped = wrapText(text, width, (t) => ctx.measure(t, SIZES.text));
		const drawn = lines(ctx, wrapped, 0, y, SIZES.text, { fill: color, [DATA.role]: role, 'data-outcome': role === 'failure' ? outcome?.kind : undefined });
		group.append(...drawn.nodes);
		y = drawn.bottom;
	}
	return { element: group, width, height: y };
}

/** The marks before an item: what this step did to it, in the player's colours. */
function mark(change: SnapshotCard['rows'][number]['change'], theme: ExportTheme): { text: string; color: string } {
	if (change === 'added') return { text: '+ ', color: theme.added };
	if (change === 'changed') return { text: '~ ', color: theme.changed };
	if (change === 'removed') return { text: '− ', color: theme.failed };
	return { text: '', color: theme.text };
}

/** One participant's card: its name, then each item (`key: value`, wrapped) with its mark, or the card's note. */
function drawCard(ctx: Context, card: SnapshotCard, width: number): Drawn {
	const { doc, theme, measure } = ctx;
	const inner = width - 2 * SIZES.pad;
	const group = svgEl(doc, 'g', { class: 'protocol-export-card', [DATA.participant]: card.name });
	const parts: Element[] = [];
	let y = SIZES.pad - 2;
	const name = lines(ctx, wrapText(card.name, inner, (t) => measure(t, SIZES.name, 'bold')), SIZES.pad, y, SIZES.name, { 'font-weight': 'bold', fill: theme.text });
	parts.push(...name.nodes);
	y = name.bottom + 2;
	for (const row of card.rows) {
		const { text: sign, color } = mark(row.change, theme);
		// The player's own wording (src/player/present): `key = value`, then the durable mark's word.
		const text = `${sign}${itemText(row.key, row.value)}${row.durable !== undefined ? ` [${row.durable}]` : ''}`;
		const wrapped = wrapText(text, inner, (t) => measure(t, SIZES.text, row.change === undefined || row.change === 'removed' ? 'normal' : 'bold'));
		const drawn = lines(ctx, wrapped, SIZES.pad, y, SIZES.text, {
			fill: color,
			'font-weight': row.change === 'added' || row.change === 'changed' ? 'bold' : undefined,
			'text-decoration': row.change === 'removed' ? 'line-through' : undefined,
			[DATA.item]: row.key,
			[DATA.change]: row.change,
		});
		parts.push(...drawn.nodes);
		y = drawn.bottom;
	}
	if (card.restartNote !== undefined) {
		const drawn = lines(ctx, wrapText(card.restartNote, inner, (t) => measure(t, SIZES.text)), SIZES.pad, y, SIZES.text, { fill: theme.muted, 'font-style': 'italic', 'data-role': 'restart-note' });
		parts.push(...drawn.nodes);
		y = drawn.bottom;
	}
	if (card.note !== undefined) {
		const drawn = lines(ctx, wrapText(card.note, inner, (t) => measure(t, SIZES.text)), SIZES.pad, y, SIZES.text, { fill: theme.muted, 'font-style': 'italic' });
		parts.push(...drawn.nodes);
		y = drawn.bottom;
	}
	const height = y + SIZES.pad;
	group.append(svgEl(doc, 'rect', { width: n(width), height: n(height), rx: 6, fill: theme.surface, stroke: theme.border }), ...parts);
	return { element: group, width, height };
}

/** The widest line the panel would like to show, so that it is no wider than needed. */
export function panelWidthFor(snapshots: readonly StepSnapshot[], choices: readonly string[], measure: MeasureText): number {
	let widest = 0;
	for (const snapshot of snapshots) {
		for (const card of snapshot.cards) {
			widest = Math.max(widest, measure(card.name, SIZES.name, 'bold'));
			for (const row of card.rows) widest = Math.max(widest, measure(`+ ${itemText(row.key, row.value)}${row.durable !== undefined ? ` [${row.durable}]` : ''}`, SIZES.text, 'bold'));
		}
	}
	for (const line of choices) widest = Math.max(widest, measure(line, SIZES.text));
	return Math.max(PANEL_MIN, Math.min(PANEL_MAX, Math.ceil(widest + 2 * SIZES.pad)));
}

/** The state panel beside the drawing: its heading, one card per participant, then the chosen branches and faults. */
export function drawPanel(ctx: Context, snapshot: StepSnapshot, choices: readonly string[], words: ExportStrings, width: number): Drawn {
	const group = svgEl(ctx.doc, 'g', { class: 'protocol-export-panel', [DATA.role]: ROLE.state });
	let y = 0;
	const heading = lines(ctx, [words.stateHeading], 0, y, SIZES.text, { 'font-weight': 'bold', fill: ctx.theme.muted });
	group.append(...heading.nodes);
	y = heading.bottom + 4;
	for (const card of snapshot.cards) {
		const drawn = drawCard(ctx, card, width);
		drawn.element.setAttribute('transform', `translate(0 ${n(y)})`);
		group.append(drawn.element);
		y += drawn.height + SIZES.cardGap;
	}
	if (choices.length > 0) {
		const head = lines(ctx, [words.branchesHeading], 0, y, SIZES.text, { 'font-weight': 'bold', fill: ctx.theme.muted });
		group.append(...head.nodes);
		y = head.bottom;
		for (const line of choices) {
			const drawn = lines(ctx, wrapText(line, width, (t) => ctx.measure(t, SIZES.text)), 0, y, SIZES.text, { fill: ctx.theme.text });
			group.append(...drawn.nodes);
			y = drawn.bottom;
		}
	}
	return { element: group, width, height: y };
}
