import { isSequenceDiagram } from '../parse/diagram-header';
import { fenceAt, findFences, type Fence } from '../text/fences';

/** The diagram a compare block takes from a note: its source, and whether it was a `protocol` block. */
export interface NoteDiagram {
	source: string;
	language: 'protocol' | 'mermaid';
}

/** An ATX heading's level and text (`## Two servers` → 2, `Two servers`), or undefined for any other line. */
function headingOf(line: string): { level: number; text: string } | undefined {
	const trimmed = line.trimStart();
	if (line.length - trimmed.length > 3) return undefined;
	let level = 0;
	while (level < trimmed.length && trimmed[level] === '#') level++;
	if (level === 0 || level > 6) return undefined;
	const rest = trimmed.slice(level);
	if (rest !== '' && rest[0] !== ' ' && rest[0] !== '\t') return undefined;
	// A closing run of #s is not part of the heading (CommonMark).
	let text = rest.trim();
	let end = text.length;
	while (end > 0 && text[end - 1] === '#') end--;
	if (end < text.length && (end === 0 || text[end - 1] === ' ')) text = text.slice(0, end).trim();
	return { level, text };
}

/** The line range [from, to) under the first heading whose text is `heading` (ignoring case), down to the next of its level or higher. */
function sectionOf(lines: readonly string[], fences: readonly Fence[], heading: string): { from: number; to: number } | undefined {
	const inFence = (n: number): boolean => fenceAt(fences, n) !== undefined;
	const wanted = heading.trim().toLowerCase();
	let found: { line: number; level: number } | undefined;
	for (let n = 0; n < lines.length; n++) {
		if (inFence(n)) continue;
		const h = headingOf(lines[n] ?? '');
		if (h === undefined) continue;
		if (found !== undefined && h.level <= found.level) return { from: found.line, to: n };
		if (found === undefined && h.text.toLowerCase() === wanted) found = { line: n, level: h.level };
	}
	return found === undefined ? undefined : { from: found.line, to: lines.length };
}

/**
 * The diagram a compare block means by a note (issue 11; the Obsidian layer and the standalone script alike): its first `protocol` block, else its first
 * ```mermaid sequence diagram; with a heading, the first such block under that heading. Fences are found as
 * CommonMark reads them (the shared fence scanner), front matter included in the text is harmless.
 */
export function findNoteDiagram(text: string, heading?: string): NoteDiagram | undefined {
	const lines = text.split(/\r?\n/);
	const fences = findFences((n) => lines[n] ?? '', lines.length);
	let candidates = fences;
	if (heading !== undefined) {
		const section = sectionOf(lines, fences, heading);
		if (section === undefined) return undefined;
		candidates = fences.filter((f) => f.open > section.from && f.open < section.to);
	}
	const protocol = candidates.find((f) => f.language === 'protocol');
	if (protocol) return { source: protocol.source, language: 'protocol' };
	const mermaid = candidates.find((f) => f.language === 'mermaid' && isSequenceDiagram(f.source));
	return mermaid ? { source: mermaid.source, language: 'mermaid' } : undefined;
}
