import type { ParseOptions } from '../model';
import { parseProtocol } from '../parse/parse-protocol';

/** A parse problem of a block as an editor marks it: an error stops the player, a warning does not. */
export interface BlockDiagnostic {
	severity: 'error' | 'warning';
	/** 1-based line in the block's source. */
	line: number;
	message: string;
}

/** Every parse error (when the block does not parse) or warning of a block, in line order. */
export function blockDiagnostics(source: string, options: ParseOptions = {}): BlockDiagnostic[] {
	const parsed = parseProtocol(source, options);
	const list = parsed.ok ? parsed.warnings : parsed.errors;
	const severity = parsed.ok ? 'warning' : 'error';
	return list.map((d) => ({ severity, line: d.line, message: withoutLinePrefix(d.message, d.line) }));
}

/** The parser's messages start "Line 4: " (the block's line): where the message is shown on its line, that only misleads. */
function withoutLinePrefix(message: string, line: number): string {
	const prefix = `Line ${line}: `;
	return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
