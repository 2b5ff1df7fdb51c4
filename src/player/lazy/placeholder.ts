/**
 * The box a block shows until its player is drawn (`draw-when-near.ts`): about the player's height, so
 * that the note's (or page's) scrollbar does not jump as players further up are drawn.
 */
import { el } from '../dom';

/** Heights in CSS pixels, read off players drawn by Mermaid 10.9–12 at full size. */
const HEIGHT = {
	/** Participants' boxes at the top and bottom, the controls, the caption and a one-row panel. */
	frame: 300,
	/** One message: its text and arrow. */
	message: 48,
	/** A note's box and padding, and each line of its text. */
	note: 34,
	noteLine: 24,
	/** The label of an alt, opt, loop, … block, and its end. */
	block: 40,
} as const;

/** Words that open a Mermaid block (its `end` closes it). */
const BLOCK_OPENERS: ReadonlySet<string> = new Set(['alt', 'opt', 'loop', 'par', 'critical', 'break', 'rect']);

/** The first word of a line, lower-cased. */
function firstWord(line: string): string {
	let end = 0;
	while (end < line.length && line[end] !== ' ' && line[end] !== '\t' && line[end] !== ':') end++;
	return line.slice(0, end).toLowerCase();
}

/** Lines in a note's text: Mermaid breaks them at `<br>`, `<br/>` or `<br />`. */
function noteLines(line: string): number {
	return line.toLowerCase().split('<br').length;
}

/**
 * About how tall the block's player will be, from its source text alone (one pass over the lines, no
 * parsing): messages, notes and their lines, and blocks.
 */
export function placeholderHeight(source: string): number {
	let height = HEIGHT.frame;
	for (const raw of source.split('\n')) {
		const line = raw.trim();
		if (line === '' || line.startsWith('%%')) continue;
		const word = firstWord(line);
		if (word === 'note') height += HEIGHT.note + HEIGHT.noteLine * noteLines(line);
		else if (BLOCK_OPENERS.has(word)) height += HEIGHT.block;
		else if (line.includes('->') || line.includes('-)') || line.includes('-x')) height += HEIGHT.message;
	}
	return height;
}

/** Shows the placeholder in `container` (removed with the rest of its content when the player is drawn). */
export function showPlaceholder(container: HTMLElement, source: string): HTMLElement {
	const box = el(container.ownerDocument, 'div', { class: 'protocol-placeholder', 'aria-hidden': 'true' });
	box.style.setProperty('--protocol-placeholder-height', `${placeholderHeight(source)}px`);
	container.append(box);
	return box;
}
