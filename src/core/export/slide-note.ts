import type { StepSnapshot } from './snapshot';
import { stateTable, type StateTableWords } from './state-table';

/** The words of the slide note besides the state table's. */
export interface SlideWords extends StateTableWords {
	/** "The Start position and 6 steps, exported from [[Stateful login]]" on the title slide. */
	titleLine(steps: number, sourceLink: string): string;
}

/** What a slide note is made from. */
export interface SlideNoteInput {
	title: string;
	/** The note the block comes from, as a wikilink target (its path without `.md`). */
	sourceNote: string;
	/** One entry per exported position, the Start position first; `image` is the link to that step's image. */
	steps: ReadonlyArray<{ snapshot: StepSnapshot; image: string }>;
	/** The chosen branches and injected faults, one line each, for the title slide. */
	choices: readonly string[];
	words: SlideWords;
}

/** A heading's text on one line: Markdown headings end at a line break, and a leading `#` would deepen them. */
function headingText(text: string): string {
	return text.replace(/[\r\n]+/g, ' ').replace(/^#+\s*/, '').trim();
}

/** Alt text of an image link: brackets would end it early. */
function altText(text: string): string {
	return text.replace(/[[\]\r\n]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** The counter and caption on one line ("3 / 8 · A → B: hi"), or the caption alone when there is no counter. */
export function captionLine(snapshot: StepSnapshot, separator: string): string {
	return snapshot.counter === '' ? snapshot.caption : `${snapshot.counter}${separator}${snapshot.caption}`;
}

/**
 * The slide note (issue 12): a title slide, then one slide per step — its counter and caption as the
 * heading, its image, its outcome when it did not happen as written (the player's fault list row), and the state as a small table — with a line of `---` between
 * slides, which Obsidian's Slides and Markdown slide tools (Marp, reveal.js) both read as slide breaks.
 * No front matter: its own `---` lines would read as slide breaks to some of those tools.
 */
export function slideNote(input: SlideNoteInput): string {
	const { words } = input;
	const title = [`# ${headingText(input.title)}`, '', words.titleLine(Math.max(0, input.steps.length - 1), `[[${input.sourceNote}]]`)];
	for (const line of input.choices) title.push('', `- ${line}`);
	const slides = [title.join('\n')];
	for (const { snapshot, image } of input.steps) {
		const parts = [`## ${headingText(captionLine(snapshot, ' · '))}`, '', `![${altText(captionLine(snapshot, ' '))}](${image})`];
		if (snapshot.outcome !== undefined) parts.push('', `> **${headingText(snapshot.outcome.heading)}** ${headingText(snapshot.outcome.reason)}`);
		for (const note of snapshot.notes) parts.push('', `> ${headingText(note)}`);
		const table = stateTable(snapshot.cards, words);
		if (table !== '') parts.push('', table);
		slides.push(parts.join('\n'));
	}
	return `${slides.join('\n\n---\n\n')}\n`;
}
