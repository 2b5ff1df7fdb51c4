// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { exampleBlocks, fixtures, mermaidExamples, withHeader, type CorpusEntry } from './corpus';

/** What both parsers must agree on: each message and note, in order. */
type Seen = [kind: 'message' | 'note', from: string, to: string, text: string];

interface MermaidMessage {
	type: number;
	from?: string;
	to?: string;
	message: unknown;
}

interface SequenceDb {
	getMessages(): MermaidMessage[];
	getActors(): Map<string, { type: string; description: string }>;
	LINETYPE: Record<string, number>;
}

/** Mermaid's message kinds that are arrows (the list it numbers in autonumber), besides notes. */
const ARROW_TYPES = [
	'SOLID', 'DOTTED', 'SOLID_OPEN', 'DOTTED_OPEN', 'SOLID_CROSS', 'DOTTED_CROSS', 'SOLID_POINT', 'DOTTED_POINT',
	'BIDIRECTIONAL_SOLID', 'BIDIRECTIONAL_DOTTED', 'SOLID_TOP', 'SOLID_BOTTOM', 'STICK_TOP', 'STICK_BOTTOM',
	'SOLID_TOP_DOTTED', 'SOLID_BOTTOM_DOTTED', 'STICK_TOP_DOTTED', 'STICK_BOTTOM_DOTTED',
	'SOLID_ARROW_TOP_REVERSE', 'SOLID_ARROW_BOTTOM_REVERSE', 'STICK_ARROW_TOP_REVERSE', 'STICK_ARROW_BOTTOM_REVERSE',
	'SOLID_ARROW_TOP_REVERSE_DOTTED', 'SOLID_ARROW_BOTTOM_REVERSE_DOTTED', 'STICK_ARROW_TOP_REVERSE_DOTTED',
	'STICK_ARROW_BOTTOM_REVERSE_DOTTED',
];

/**
 * `mermaidAPI.getDiagramFromText` is the only way to reach a parsed diagram's db (`mermaid.parse` returns no
 * messages); Mermaid marks the namespace deprecated, so it is reached through this narrow typed view.
 */
function diagramApi(): { getDiagramFromText(text: string): Promise<{ db: unknown }> } {
	return (mermaid as unknown as { mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: unknown }> } }).mermaidAPI;
}

/** Mermaid hides entity codes behind `ﬂ°°59¶ß`; the browser shows them decoded, which jsdom does here. */
function decodeAsBrowser(text: string): string {
	return text.replace(/ﬂ°(°?)([^¶]*)¶ß/g, (_all, numeric: string, inner: string) => {
		const parsed = new DOMParser().parseFromString(`<p>&${numeric ? '#' : ''}${inner};</p>`, 'text/html');
		return parsed.body.textContent ?? '';
	});
}

/** Mermaid's reading of a diagram, or null when it rejects it. */
async function mermaidSees(source: string): Promise<Seen[] | null> {
	try {
		const diagram = await diagramApi().getDiagramFromText(withHeader(source));
		const db = diagram.db as SequenceDb;
		const arrows = new Set(ARROW_TYPES.map((name) => db.LINETYPE[name]));
		return db.getMessages()
			.filter((m) => m.type === db.LINETYPE.NOTE || arrows.has(m.type))
			.map((m): Seen => [
				m.type === db.LINETYPE.NOTE ? 'note' : 'message',
				decodeAsBrowser(m.from ?? ''),
				decodeAsBrowser(m.to ?? ''),
				decodeAsBrowser(typeof m.message === 'string' ? m.message : ''),
			]);
	} catch {
		return null;
	}
}

function weSee(source: string): Seen[] | null {
	const result = parseProtocol(source);
	return result.ok ? result.protocol.steps.map((s): Seen => [s.kind, s.from, s.to, s.text]) : null;
}

const accepted: CorpusEntry[] = [...exampleBlocks(), ...mermaidExamples(), ...fixtures('valid')];

describe('parseProtocol against Mermaid 12.3 as the oracle', () => {
	beforeAll(() => {
		mermaid.initialize({ startOnLoad: false });
	});

	it('has a corpus worth the name', () => {
		expect(exampleBlocks().length).toBeGreaterThanOrEqual(8);
		expect(mermaidExamples().length).toBeGreaterThanOrEqual(3);
		expect(fixtures('valid').length).toBeGreaterThanOrEqual(10);
		expect(fixtures('invalid').length).toBeGreaterThanOrEqual(20);
	});

	it.each(accepted.map((e) => [e.name, e] as const))('sees the same messages and notes as Mermaid in %s', async (_name, entry) => {
		const expected = await mermaidSees(entry.source);
		expect(expected, 'Mermaid accepts the diagram').not.toBeNull();
		expect(expected?.length ?? 0).toBeGreaterThan(0);
		expect(weSee(entry.source)).toEqual(expected);
	});

	it.each(fixtures('invalid').map((e) => [e.name, e] as const))('rejects %s as Mermaid does', async (_name, entry) => {
		expect(await mermaidSees(entry.source), 'Mermaid rejects the diagram').toBeNull();
		const result = parseProtocol(entry.source);
		expect(result.ok).toBe(false);
	});

	it.each([
		['`participant A` then `actor A`', 'participant A\nactor A\nA->>B: x'],
		['a message, then `actor A`', 'A->>B: x\nactor A'],
		['`participant A` then `actor A as X`', 'participant A\nactor A as X\nA->>B: x'],
		['`participant A as X` then `actor A`', 'participant A as X\nactor A\nA->>B: x'],
		['`actor A` then a config without alias', 'actor A\nparticipant A@{ "type": "database" }\nA->>B: x'],
		['`actor A` then a config with an alias', 'actor A\nparticipant A@{ "type": "database", "alias": "Q" }\nA->>B: x'],
	])('keeps the declaration Mermaid keeps for %s', async (_name, source) => {
		const diagram = await diagramApi().getDiagramFromText(withHeader(source));
		const theirs = [...(diagram.db as SequenceDb).getActors()].map(([id, actor]) => [id, actor.type, actor.description]);
		const result = parseProtocol(source);
		if (!result.ok) throw new Error(result.errors[0]?.message);
		expect(result.protocol.participants.map((p) => [p.id, p.kind, p.label])).toEqual(theirs);
	});
});
