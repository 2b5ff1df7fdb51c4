import type { ParseOptions, ParseResult } from '../model';

/** Parses a `protocol` block (a Mermaid sequence diagram with directive comments). Never throws. */
export function parseProtocol(source: string, options: ParseOptions = {}): ParseResult {
	void source; void options;
	throw new Error('parseProtocol: being written (issue 2)');
}
