import { commentText, markdownText } from './markdown-text';
import type { StepSnapshot } from './snapshot';
import type { StateTableWords } from './state-table';

/** The words of the slide note besides the state table's. */
export interface SlideWords extends StateTableWords {
	/** "The Start position and 6 steps, exported from [Stateful login](…)" on the title slide. */
	titleLine(steps: number, sourceLink: string): string;
	/** "The Start position and 6 steps" when there is no note to link to (a web page's player). */
	titleLineAlone(steps: number): string;
	/** "and 4 more (in the speaker notes)" under a cut list of choices. */
	moreChoices(count: number): string;
}

/** The note a slide note links back to: its name and a Markdown link target (relative, encoded). */
export interface SlideSource {
	name: string;
	href: string;
}

/** What a slide note is made from. */
export interface SlideNoteInput {
	title: string;
	/** The note the block comes from; none for a player on a web page. */
	source?: SlideSource;
	/**
	 * One entry per exported position, the Start position first: `image` is the link to that step's image,
	 * `width` and `height` its size in pixels (to scale it to the slide).
	 */
	steps: ReadonlyArray<{ snapshot: StepSnapshot; image: string; width: number; height: number }>;
	/** The chosen branches and injected faults, one line each, for the title slide. */
	choices: readonly string[];
	words: SlideWords;
}

/**
 * The box a step's image is scaled into, in a 1280×720 slide: Marp's default theme pads a slide by 78.5 px
 * on each side (1123×563 left); reveal.js scales images to 95% of its slide anyway.
 */
export const SLIDE_IMAGE_BOX = { width: 1100, height: 540 } as const;

/** Choices shown on the title slide; the rest go to its speaker notes, so that it fits. */
const TITLE_CHOICES = 6;

/** The counter and caption on one line ("3 / 8 · A → B: hi"), or the caption alone when there is no counter. */
export function captionLine(snapshot: StepSnapshot, separator: string): string {
	return snapshot.counter === '' ? snapshot.caption : `${snapshot.counter}${separator}${snapshot.caption}`;
}

/** An image's size scaled (never enlarged) into the slide's image box, in whole pixels. */
export function fitToSlide(width: number, height: number): { width: number; height: number } {
	const scale = Math.min(1, SLIDE_IMAGE_BOX.width / Math.max(1, width), SLIDE_IMAGE_BOX.height / Math.max(1, height));
	return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)) };
}

/** Speaker notes: an HTML comment (Marp's presenter notes; hidden in Obsidian and reveal.js). */
function speakerNotes(lines: readonly string[]): string {
	return `<!--\n${lines.map(commentText).join('\n')}\n-->`;
}

/** The state of a step as lines of plain text, for the speaker notes. */
function stateLines(snapshot: StepSnapshot, words: StateTableWords): string[] {
	return snapshot.cards.map((card) => {
		const rows = card.rows.map((row) => {
			const mark = row.change === undefined ? '' : ` (${words[row.change]})`;
			// As the player writes an item (issue 18): `key = value`.
			return `${row.key}${row.value === true ? '' : ` = ${row.value}`}${mark}`;
		});
		if (rows.length === 0) return `${card.name}: ${card.restartNote ?? card.note ?? words.nothing}`;
		return `${card.name}: ${rows.join('; ')}${card.restartNote !== undefined ? ` — ${card.restartNote}` : ''}`;
	});
}

/**
 * The slide note (issues 12 and 19): Marp front matter (`marp: true`), a title slide, then one slide per
 * step holding only the step's image, scaled to fit a 16:9 slide (Marp's `w:`/`h:` image keywords;
 * reveal.js scales it itself) — the image already shows the counter, caption, outcome and state panel,
 * so they are not repeated under it but kept in the slide's speaker notes (the state as one line per participant).
 * Slides are separated by `---` lines (Marp, reveal.js and Obsidian's Slides). Every text from the note is
 * escaped (`markdownText`); the link back to the note is a Markdown link, which every deck tool shows as
 * its text.
 */
export function slideNote(input: SlideNoteInput): string {
	const { words } = input;
	const steps = Math.max(0, input.steps.length - 1);
	const title = [`# ${markdownText(input.title).trim()}`, ''];
	title.push(input.source === undefined ? words.titleLineAlone(steps) : words.titleLine(steps, `[${markdownText(input.source.name)}](${input.source.href})`));
	const shown = input.choices.length > TITLE_CHOICES ? input.choices.slice(0, TITLE_CHOICES - 1) : input.choices;
	if (shown.length > 0) title.push('', ...shown.map((line) => `- ${markdownText(line)}`));
	if (shown.length < input.choices.length) {
		title.push('', words.moreChoices(input.choices.length - shown.length), '', speakerNotes(input.choices));
	}
	const slides = [title.join('\n')];
	for (const { snapshot, image, width, height } of input.steps) {
		const size = fitToSlide(width, height);
		const notes = [captionLine(snapshot, ' · ')];
		if (snapshot.outcome !== undefined) notes.push(`${snapshot.outcome.heading} ${snapshot.outcome.reason}`);
		notes.push(...snapshot.notes, ...stateLines(snapshot, words));
		const parts = [speakerNotes(notes), '', `![w:${size.width} h:${size.height}](${image})`];
		slides.push(parts.join('\n'));
	}
	const front = ['---', 'marp: true', 'size: 16:9', 'paginate: true', '---', ''].join('\n');
	return `${front}\n${slides.join('\n\n---\n\n')}\n`;
}
