import type { ParticipantKind } from '../model';

const KINDS: readonly ParticipantKind[] = [
	'participant', 'actor', 'boundary', 'control', 'entity', 'database', 'collections', 'queue',
];

/** What a participant's `@{ ... }` config says. */
export interface ParticipantConfig {
	kind?: ParticipantKind;
	alias?: string;
	/** A `type` we do not know (Mermaid draws it as a plain participant). */
	unknownType?: string;
}

/**
 * Reads the inside of `@{ "type": "database", "alias": "DB" }`: a flat YAML/JSON mapping of keys to
 * (optionally quoted) values. Undefined when it is not such a mapping (Mermaid's YAML loader would fail).
 */
export function parseParticipantConfig(content: string): ParticipantConfig | undefined {
	const entries = content.split(',').map((e) => e.trim()).filter((e) => e !== '');
	const config: ParticipantConfig = {};
	for (const entry of entries) {
		const pair = keyValue(entry);
		if (!pair) return undefined;
		const key = unquote(pair[0]);
		const value = unquote(pair[1].trim());
		if (key === 'type') {
			const kind = KINDS.find((k) => k === value.toLowerCase());
			if (kind) config.kind = kind;
			else config.unknownType = value;
		} else if (key === 'alias') {
			config.alias = value;
		}
	}
	return config;
}

/**
 * Splits `key: value` as the pattern `^("[^"]*"|'[^']*'|[\w-]+)\s*:\s*("[^"]*"|'[^']*'|[^"'{}[\]]*)$` would,
 * with a scanner: that pattern's blanks before a free value backtrack over each other, quadratic on long blanks.
 */
function keyValue(entry: string): [key: string, value: string] | undefined {
	const keyEnd = quotedEnd(entry, 0) ?? wordEnd(entry);
	if (keyEnd === 0) return undefined;
	let at = skipBlanks(entry, keyEnd);
	if (entry[at] !== ':') return undefined;
	at = skipBlanks(entry, at + 1);
	const value = entry.slice(at);
	if (quotedEnd(entry, at) === entry.length) return [entry.slice(0, keyEnd), value];
	return /["'{}[\]]/.test(value) ? undefined : [entry.slice(0, keyEnd), value];
}

/** The index after a `"…"` or `'…'` string starting at `at`, or undefined when none starts there. */
function quotedEnd(text: string, at: number): number | undefined {
	const quote = text[at];
	if (quote !== '"' && quote !== "'") return undefined;
	const close = text.indexOf(quote, at + 1);
	return close < 0 ? undefined : close + 1;
}

/** The index after a leading run of `[\w-]`. */
function wordEnd(text: string): number {
	let at = 0;
	while (at < text.length && /[\w-]/.test(text[at] ?? '')) at++;
	return at;
}

function skipBlanks(text: string, from: number): number {
	let at = from;
	while (at < text.length && /\s/.test(text[at] ?? '')) at++;
	return at;
}

/** `"v"` or `'v'` → `v` (a quoted text on one line), anything else as it is. */
function unquote(text: string): string {
	const quote = text[0];
	const quoted = text.length >= 2 && (quote === '"' || quote === "'") && text[text.length - 1] === quote;
	return quoted && !/[\n\r\u2028\u2029]/.test(text) ? text.slice(1, -1) : text;
}
