/**
 * The words for a step (issue 18, src/player/present): the caption the controls show, the export writes and the
 * fault list quotes for a lost message. No DOM here.
 */
import type { Step } from '../../core';
import type { PlayerStrings } from '../../i18n/player';
import type { PlayerModel } from '../player-model';

/** Mermaid's line breaks: `<br>`, `<br/>`, `<br />`. */
const BREAK = /<br\s*\/?>/gi;

/** Text lines separated by Mermaid's line breaks, each with its spaces collapsed; empty lines dropped. */
function lines(text: string): string[] {
	return text.split(BREAK).map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line !== '');
}

/**
 * A note's lines as one readable line: usually a list ("User ID<br>Username"), so they are joined with
 * ", " — except after a line that already ends in punctuation, which only needs a space.
 */
function joinNoteLines(parts: readonly string[]): string {
	// The previous line's last character decides, not a pattern over the text joined so far (quadratic on a long note).
	return parts.map((line, i) => (i === 0 ? line : `${ENDS_SENTENCE.has((parts[i - 1] ?? '').slice(-1)) ? ' ' : ', '}${line}`)).join('');
}

/** Punctuation after which the next note line only needs a space. */
const ENDS_SENTENCE: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '。', '、']);

/**
 * The current step in words: "Server → Client: Login Response" for a message, "Note on Server: User ID,
 * Username" for a note. A message broken over lines reads as one sentence (joined with spaces).
 * Participants are named by the labels the diagram shows.
 */
export function stepCaption(step: Step, label: (participant: string) => string, strings: PlayerStrings): string {
	if (step.kind === 'note') {
		const on = step.from === step.to ? label(step.from) : `${label(step.from)}, ${label(step.to)}`;
		return strings.noteCaption(on, joinNoteLines(lines(step.text)));
	}
	return `${label(step.from)} → ${label(step.to)}: ${lines(step.text).join(' ')}`;
}

/**
 * The caption of the step at a path position as the player shows it to a reader standing there: a reply reads
 * its `@on-failure` text whenever its arrow does (`PlayerModel.shownLabel`), so caption and arrow never disagree.
 */
export function shownStepCaption(model: PlayerModel, position: number, strings: PlayerStrings): string | undefined {
	const index = model.path[position];
	const step = index === undefined ? undefined : model.protocol.steps[index];
	if (step === undefined) return undefined;
	const label = model.shownLabel(position, position);
	return stepCaption(label === undefined ? step : { ...step, text: label }, (p) => model.label(p), strings);
}
