import type { Diagnostic } from '../core';

/**
 * A diagnostic's message without the "Line N: " it may start with: the player shows the line in its own
 * words beside it (issue 8: "Line 2: Line 2: unknown participant"), and the core's messages read on their own.
 */
export function diagnosticMessage(diagnostic: Diagnostic): string {
	const prefix = `Line ${diagnostic.line}: `;
	return diagnostic.message.startsWith(prefix) ? diagnostic.message.slice(prefix.length) : diagnostic.message;
}
