/**
 * A fenced code block as CommonMark reads it: the fence must be longer than any run of backticks that starts a
 * line of the body, or that line would close the block early. Pure text work, so every command writes fences
 * alike.
 */

/** `body` fenced with backticks and `info` (`protocol`, `mermaid`): at least three, one more than the body's longest line-opening run. */
export function fencedBlock(info: string, body: string): string {
	const fence = '`'.repeat(Math.max(3, longestOpeningRun(body) + 1));
	return `${fence}${info}\n${body}\n${fence}`;
}

/** The longest run of backticks that opens a line (after blanks): a linear scan of the text. */
function longestOpeningRun(body: string): number {
	let longest = 0;
	let atLineStart = true;
	let run = 0;
	for (let i = 0; i < body.length; i++) {
		const char = body[i];
		if (char === '\n') { atLineStart = true; run = 0; continue; }
		if (!atLineStart) continue;
		if (char === '`') { run++; longest = Math.max(longest, run); continue; }
		// Blanks before the run are allowed (an indented fence still closes); anything else ends the line's chance.
		if (run > 0 || (char !== ' ' && char !== '\t')) atLineStart = false;
	}
	return longest;
}
