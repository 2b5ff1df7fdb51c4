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
		const match = /^("[^"]*"|'[^']*'|[\w-]+)\s*:\s*("[^"]*"|'[^']*'|[^"'{}[\]]*)$/.exec(entry);
		if (!match) return undefined;
		const key = unquote(match[1] ?? '');
		const value = unquote((match[2] ?? '').trim());
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

function unquote(text: string): string {
	return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
