/** The note a capture becomes: properties that link the capture file, a line of words, the `protocol` block. */

/** Which conversion a file takes, by its extension. */
export type CaptureKind = 'har' | 'pcap';

/** `har` for `.har`, `pcap` for `.pcap`/`.pcapng`/`.cap`, undefined for anything else. */
export function captureKind(extension: string): CaptureKind | undefined {
	const lower = extension.toLowerCase().replace(/^\./, '');
	if (lower === 'har') return 'har';
	if (lower === 'pcap' || lower === 'pcapng' || lower === 'cap') return 'pcap';
	return undefined;
}

/** What the note holds. */
export interface CaptureNoteInput {
	/** The `protocol` block's text (a conversion's `text`). */
	block: string;
	/** The capture's vault path, linked in the `source` property; absent for pasted HAR. */
	sourcePath?: string;
	/** Lines written above the block (already in the reader's language), e.g. what was hidden. */
	intro?: string[];
}

/**
 * The note's text. The link is a YAML string (quotes and backslashes escaped) holding a wiki link, so
 * Obsidian shows it as a link property; the fence is longer than any backtick run in the block.
 */
export function captureNote({ block, sourcePath, intro = [] }: CaptureNoteInput): string {
	const parts: string[] = [];
	if (sourcePath !== undefined) parts.push('---', `source: "${yamlEscape(`[[${sourcePath}]]`)}"`, '---', '');
	for (const line of intro) parts.push(line, '');
	const fence = '`'.repeat(Math.max(3, longestRun(block, '`') + 1));
	parts.push(`${fence}protocol`, block, fence, '');
	return parts.join('\n');
}

function yamlEscape(text: string): string {
	let out = '';
	for (const char of text) {
		const code = char.charCodeAt(0);
		if (char === '"' || char === '\\') out += `\\${char}`;
		else if (code < 32) out += ' ';
		else out += char;
	}
	return out;
}

function longestRun(text: string, char: string): number {
	let best = 0;
	let run = 0;
	for (const c of text) {
		run = c === char ? run + 1 : 0;
		if (run > best) best = run;
	}
	return best;
}

