import type { Diagnostic } from '../model';

/** A diagnostic whose message starts with its line, so that it reads on its own ("Line 4: expected ..."). */
export function diagnostic(line: number, message: string, text?: string): Diagnostic {
	const result: Diagnostic = { line, message: `Line ${line}: ${message}` };
	if (text !== undefined && text !== '') result.text = text;
	return result;
}
