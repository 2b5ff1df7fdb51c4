import { decodeEntities } from './entities';

/**
 * The text Mermaid shows for a message, note, label or alias: trimmed, without a leading `wrap:` /
 * `nowrap:` marker, entity codes decoded.
 */
export function displayText(raw: string): string {
	const trimmed = raw.trim();
	const unwrapped = /^:?(?:no)?wrap:/.test(trimmed) ? trimmed.replace(/^:?(?:no)?wrap:/, '').trim() : trimmed;
	return decodeEntities(unwrapped);
}

/** The text after a message's or a note's colon (`: hello` → `hello`). */
export function textAfterColon(rawWithColon: string): string {
	return displayText(rawWithColon.trim().slice(1));
}
