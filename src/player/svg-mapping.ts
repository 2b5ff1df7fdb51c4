import type { Protocol } from '../core';
import { DATA } from './dom-contract';

/** The SVG elements of one step. `line` is the arrow (messages) or the note's box, where a tooltip goes. */
export interface StepGraphics {
	elements: Element[];
	line?: Element;
}

/** Where a block's label sits in SVG user units, for placing its branch control. */
export interface BlockAnchor {
	block: number;
	/** The text element showing the first branch's condition (`[Server Error]`), when drawn. */
	conditionText?: Element;
	/** Centre x of the condition text (or just right of the kind label). */
	x: number;
	/** Baseline y of the condition text. */
	y: number;
	/** Room across the block, for the control's width. */
	width: number;
}

/** The result of mapping Mermaid's drawing back to the protocol's steps. */
export interface SvgMapping {
	steps: Map<number, StepGraphics>;
	anchors: BlockAnchor[];
	/** True when Mermaid drew as many messages and notes as the protocol has. */
	complete: boolean;
}

interface MessageGroup {
	elements: Element[];
	line: Element;
	y: number;
}

/**
 * A message label written as math (`$$x^2$$`) is drawn as a class-less `<foreignObject>` instead of a
 * `.messageText`, in the same place of the drawing order (10.9, 11.4 and 12 alike).
 */
const MESSAGE_PARTS = '.messageText, .messageLine0, .messageLine1, .sequenceNumber, line[marker-start]:not([class]), foreignObject';

/**
 * The elements that hold message arrows. A `<foreignObject>` among their children labels a message; math
 * in a note, a block label or a participant's name sits in that element's own group, which holds no arrow.
 */
function arrowParents(svg: SVGSVGElement): Set<Element | null> {
	return new Set(Array.from(svg.querySelectorAll('.messageLine0, .messageLine1'), (line) => line.parentElement));
}

function num(element: Element, name: string): number {
	const value = Number.parseFloat(element.getAttribute(name) ?? '');
	return Number.isFinite(value) ? value : 0;
}

/** The y where an arrow starts: `y1` of a line, the first point of a self-message's path. */
function arrowY(line: Element): number {
	if (line.hasAttribute('y1')) return num(line, 'y1');
	const match = /M\s*[-\d.]+[ ,]+([-\d.]+)/.exec(line.getAttribute('d') ?? '');
	return match?.[1] !== undefined ? Number.parseFloat(match[1]) : 0;
}

/**
 * Messages in drawing order. Every Mermaid version from 10.9 to 12 draws a message as its text line(s),
 * then the arrow (`line` or, for a self-message, `path`), then the autonumber marker and number. Grouping
 * around the arrow keeps an empty message text or a multi-line one from shifting the rest.
 */
function messageGroups(svg: SVGSVGElement): MessageGroup[] {
	const groups: MessageGroup[] = [];
	let pending: Element[] = [];
	const labelParents = arrowParents(svg);
	for (const part of Array.from(svg.querySelectorAll(MESSAGE_PARTS))) {
		const classes = part.classList;
		if (part.localName === 'foreignObject') {
			if (labelParents.has(part.parentElement)) pending.push(part);
		} else if (classes.contains('messageText')) pending.push(part);
		else if (classes.contains('messageLine0') || classes.contains('messageLine1')) {
			groups.push({ elements: [...pending, part], line: part, y: arrowY(part) });
			pending = [];
		} else if (pending.length === 0 && groups.length > 0) {
			groups[groups.length - 1]?.elements.push(part);
		}
	}
	return groups;
}

/**
 * Notes in drawing order: each `rect.note` with the `.noteText` lines that share its group, or the
 * `<foreignObject>` Mermaid draws there instead when the note is written as math.
 */
function noteGroups(svg: SVGSVGElement): StepGraphics[] {
	return Array.from(svg.querySelectorAll('rect.note')).map((rect) => {
		const parent = rect.parentElement;
		const texts = parent !== null && parent !== (svg as Element) ? Array.from(parent.querySelectorAll('.noteText, foreignObject')) : [];
		return { elements: [rect, ...texts], line: rect };
	});
}

/**
 * An activation bar belongs to the message that starts it: the last arrow at or above the bar's top
 * (Mermaid starts the bar at that arrow's height in every version).
 */
function attachActivations(svg: SVGSVGElement, messages: Array<{ step: number; y: number }>, steps: Map<number, StepGraphics>): void {
	const bars = svg.querySelectorAll('rect.activation0, rect.activation1, rect.activation2');
	for (const bar of Array.from(bars)) {
		const top = num(bar, 'y');
		let owner: number | undefined;
		let best = -Infinity;
		for (const message of messages) {
			if (message.y <= top + 2 && message.y > best) {
				best = message.y;
				owner = message.step;
			}
		}
		if (owner !== undefined) steps.get(owner)?.elements.push(bar);
	}
}

/**
 * Block labels in drawing order. Mermaid draws a block when it reaches its `end`, so the labels come in
 * order of the blocks' end lines (an inner block before the one around it); `rect` blocks have no label.
 */
function blockAnchors(svg: SVGSVGElement, protocol: Protocol): BlockAnchor[] {
	const labelled = protocol.blocks.filter((block) => block.kind !== 'rect').sort((a, b) => a.endLine - b.endLine);
	const labels = Array.from(svg.querySelectorAll('.labelText'));
	const anchors: BlockAnchor[] = [];
	labelled.forEach((block, i) => {
		const label = labels[i];
		const group = label?.parentElement;
		if (label === undefined || group == null) return;
		const frame = group.querySelector('.loopLine');
		const left = frame !== null ? Math.min(num(frame, 'x1'), num(frame, 'x2')) : num(label, 'x') - 25;
		const right = frame !== null ? Math.max(num(frame, 'x1'), num(frame, 'x2')) : left + 200;
		const condition = group.querySelector('.loopText') ?? undefined;
		const labelRight = left + 50;
		anchors.push({
			block: block.index,
			conditionText: condition,
			x: condition !== undefined ? num(condition, 'x') : labelRight + (right - labelRight) / 2,
			y: condition !== undefined ? num(condition, 'y') : num(label, 'y') + 5,
			width: Math.max(40, right - labelRight - 8),
		});
	});
	return anchors;
}

/** The lowest y a step reaches in the drawing: its arrow (a self-message's loop ends lowest) or its note's box. */
export function stepBottom(graphics: StepGraphics): number | undefined {
	const line = graphics.line;
	if (line === undefined) return undefined;
	if (line.hasAttribute('y1')) return Math.max(num(line, 'y1'), num(line, 'y2'));
	if (line.hasAttribute('height')) return num(line, 'y') + num(line, 'height');
	const ys = Array.from((line.getAttribute('d') ?? '').matchAll(/[-\d.]+[ ,]+([-\d.]+)/g), (match) => Number.parseFloat(match[1] ?? ''));
	const finite = ys.filter(Number.isFinite);
	return finite.length > 0 ? Math.max(...finite) : undefined;
}

/**
 * The x of a participant's lifeline. Mermaid 11 and 12 name the line after the participant; Mermaid 10.9
 * only numbers it (`#actor0`, ...) in the order participants appear, which is the protocol's order.
 */
export function lifelineX(svg: SVGSVGElement, protocol: Protocol, participant: string): number | undefined {
	const line = lifeline(svg, protocol, participant);
	return line !== undefined ? num(line, 'x1') : undefined;
}

/** A participant's lifeline element (found as in `lifelineX`). */
export function lifeline(svg: SVGSVGElement, protocol: Protocol, participant: string): Element | undefined {
	const lines = Array.from(svg.querySelectorAll('line'));
	const index = protocol.participants.findIndex((p) => p.id === participant);
	return lines.find((l) => l.getAttribute('name') === participant) ?? lines.find((l) => index >= 0 && l.id === `actor${index}`);
}

/**
 * Maps Mermaid's drawing to the protocol's steps from element order, which works for Mermaid 10.9, 11.x
 * and 12 alike (the `data-et`/`data-id` marks of newer versions count control entries too, so they are not
 * step indices). The k-th drawn message is the k-th message step; the k-th note the k-th note step.
 * Each mapped element is tagged `data-step-index` (SPEC §2 DOM contract).
 */
export function mapSvgToSteps(svg: SVGSVGElement, protocol: Protocol): SvgMapping {
	const steps = new Map<number, StepGraphics>();
	const messageSteps = protocol.steps.filter((step) => step.kind === 'message');
	const noteSteps = protocol.steps.filter((step) => step.kind === 'note');
	const messages = messageGroups(svg);
	const notes = noteGroups(svg);
	const arrows: Array<{ step: number; y: number }> = [];
	messageSteps.forEach((step, i) => {
		const group = messages[i];
		if (group === undefined) return;
		steps.set(step.index, { elements: group.elements, line: group.line });
		arrows.push({ step: step.index, y: group.y });
	});
	noteSteps.forEach((step, i) => {
		const group = notes[i];
		if (group !== undefined) steps.set(step.index, group);
	});
	attachActivations(svg, arrows, steps);
	for (const [index, graphics] of steps) {
		for (const element of graphics.elements) element.setAttribute(DATA.stepIndex, String(index));
	}
	return {
		steps,
		anchors: blockAnchors(svg, protocol),
		complete: messages.length === messageSteps.length && notes.length === noteSteps.length,
	};
}
