import type { Step } from '../model';

/**
 * Words saying that something is kept (SPEC §1): English words as whole words, Korean stems anywhere
 * (Korean attaches endings: 저장합니다, 세션 생성).
 */
const STORES = /\b(?:stor(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|remember(?:s|ed|ing)?|keep(?:s|ing)?|kept|cach(?:e|es|ed|ing)|creat(?:e|es|ed|ing)\s+(?:a\s+|the\s+|new\s+)?sessions?)\b|저장|보관|생성|기억/i;

/** Whether a message's text says that its sender stores something. */
export function saysStored(text: string): boolean {
	return STORES.test(text);
}

/** The lines of a note (`<br>`, `<br/>`, `<br />` and line breaks), trimmed, empty ones dropped. */
export function noteLines(text: string): string[] {
	return text.split(/<br\s*\/?>|\n/i).map((l) => l.trim()).filter((l) => l !== '');
}

/**
 * State without directives: a self-message that says it stores something, followed by a note on the
 * same participant, makes each line of the note an item that participant holds from the note on.
 */
export function inferState(steps: Step[]): void {
	steps.forEach((message, i) => {
		const note = steps[i + 1];
		if (!note || message.kind !== 'message' || message.from !== message.to || note.kind !== 'note') return;
		const participant = message.from;
		if (note.from !== participant && note.to !== participant) return;
		if (!saysStored(message.text)) return;
		// Explicit `@state` for this participant right after the message says it better.
		const explicit = [...message.effects, ...note.effects].some((e) => e.kind !== 'restart' && e.participant === participant);
		if (explicit) return;
		const keys = [...new Set(noteLines(note.text))];
		if (keys.length === 0) return;
		note.effects.push({ kind: 'add', participant, items: keys.map((key) => ({ key, value: true })), line: note.line, inferred: true });
	});
}
