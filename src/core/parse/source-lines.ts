import { frontMatterLines } from './diagram-header';
import { encodeEntities, normalizeTagQuotes } from './entities';

/** One statement's worth of text: a line, or a part of it between `;`s. */
export interface Segment {
	/** 1-based line in the block. */
	line: number;
	/** Trimmed text, entity codes hidden behind placeholders, comment cut off. */
	text: string;
	/** The whole source line, trimmed, for diagnostics. */
	source: string;
	/**
	 * The segment ends its line with blanks and more statements follow: Mermaid's lexer then swallows
	 * the line break after tokens such as `autonumber`, which makes that statement an error.
	 */
	swallowsLineBreak: boolean;
}

/** A `%% @...` comment line. */
export interface DirectiveLine {
	line: number;
	/** The text after `%%`, trimmed (starts with `@`). */
	text: string;
}

/** The block's source cut into statements and directive comments. */
export interface SourceLines {
	segments: Segment[];
	directives: DirectiveLine[];
}

/**
 * Splits a block into statements the way Mermaid's preprocessing and lexer do: `%%` comment lines,
 * `%%{init}%%` directives and front matter are dropped, `#` starts a comment, `;` ends a statement,
 * and accessibility texts keep their line whole.
 */
export function splitSource(source: string): SourceLines {
	const lines = normalizeTagQuotes(source.replace(/\r\n?/g, '\n')).split('\n');
	const segments: Segment[] = [];
	const directives: DirectiveLine[] = [];
	let index = frontMatterLines(lines);
	while (index < lines.length) {
		const raw = lines[index] ?? '';
		const trimmed = raw.trim();
		const line = index + 1;
		index++;
		if (trimmed.startsWith('%%{')) {
			index = skipUntil(lines, index - 1, '}%%');
			continue;
		}
		if (trimmed.startsWith('%%')) {
			const body = trimmed.slice(2).trim();
			if (body.startsWith('@')) directives.push({ line, text: body });
			continue;
		}
		if (/^accDescr\s*\{/i.test(trimmed)) {
			index = skipUntil(lines, index - 1, '}');
			continue;
		}
		if (/^acc(?:Title|Descr)\s*:/i.test(trimmed)) {
			segments.push({ line, text: trimmed, source: trimmed, swallowsLineBreak: false });
			continue;
		}
		segments.push(...lineSegments(raw, line));
	}
	markSwallowedLineBreaks(segments, lines);
	return { segments, directives };
}

function lineSegments(raw: string, line: number): Segment[] {
	const encoded = encodeEntities(raw);
	const hash = encoded.indexOf('#');
	const code = hash >= 0 ? encoded.slice(0, hash) : encoded;
	const parts = code.split(';');
	const source = raw.trim();
	const result: Segment[] = [];
	parts.forEach((part, i) => {
		const text = part.trim();
		// A lone `%` starts a comment in Mermaid's lexer, like `%%`.
		if (text === '' || text.startsWith('%')) return;
		const endsLine = i === parts.length - 1 && hash < 0;
		result.push({ line, text, source, swallowsLineBreak: endsLine && /\s/.test(part[part.length - 1] ?? '') });
	});
	return result;
}

/** Only a break before more statements matters: at the end of the block Mermaid's end of input ends the line. */
function markSwallowedLineBreaks(segments: Segment[], lines: string[]): void {
	segments.forEach((segment, i) => {
		if (!segment.swallowsLineBreak) return;
		const next = segments[i + 1];
		// A `#` or `%` comment line in between leaves its own line break for Mermaid to read.
		const commentBetween = next !== undefined && lines
			.slice(segment.line, next.line - 1)
			.some((l) => /^\s*(?:#|%(?!%))/.test(l));
		segment.swallowsLineBreak = next !== undefined && !commentBetween;
	});
}

/** Index of the line after the one (from `from`) that contains `marker`; the rest of the block when none does. */
function skipUntil(lines: string[], from: number, marker: string): number {
	for (let i = from; i < lines.length; i++) {
		const text = lines[i] ?? '';
		const start = i === from ? text.indexOf('{') + 1 : 0;
		if (text.indexOf(marker, start) >= 0) return i + 1;
	}
	return lines.length;
}
