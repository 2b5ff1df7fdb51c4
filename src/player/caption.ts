import type { Step } from '../core/model';
import type { PlayerStrings } from '../i18n/player';

/** Mermaid's line breaks (`<br>`, `<br/>`) as a reader would say them: a space. */
function plain(text: string): string {
	return text.replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The current step in words: "Server → Client: Login Response" for a message, "Note on Server: ..." for a
 * note. Participants are named by the labels the diagram shows.
 */
export function stepCaption(step: Step, label: (participant: string) => string, strings: PlayerStrings): string {
	const text = plain(step.text);
	if (step.kind === 'note') {
		const on = step.from === step.to ? label(step.from) : `${label(step.from)}, ${label(step.to)}`;
		return strings.noteCaption(on, text);
	}
	return `${label(step.from)} → ${label(step.to)}: ${text}`;
}
