import stringWidth from 'string-width';

/**
 * The number of monospace columns `text` takes in an editor with a 2:1 East Asian font, measured by
 * grapheme cluster (`string-width`): Hangul, CJK, ✅ and ❌ and every emoji sequence (👩‍💻, 🇰🇷, ✍🏽) count
 * two; ambiguous characters such as the em dash count one, as editors draw them with a Latin font.
 * Escape sequences and control characters are measured as written, never stripped.
 */
export function displayWidth(text: string): number {
	return stringWidth(text, { ambiguousIsNarrow: true, countAnsiEscapeCodes: true });
}

/** `text` followed by spaces up to `width` display columns (never cut when it is wider). */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
