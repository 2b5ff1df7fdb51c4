import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { branchCombinations } from '../../../src/core/compare/branch-combinations';
import { diagramFacts } from '../../../src/core/compare/diagram-facts';
import type { DiagramFacts } from '../../../src/core/compare/diagram-rows';
import { isSequenceDiagram } from '../../../src/core/parse/diagram-header';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { Protocol } from '../../../src/core/model';
import { codeBlocks, EXAMPLE_VAULT, readExampleNote, REFERENCE_COPY } from '../../support/note-blocks';

/** The diagram a note's computed rows read: its first `protocol` block, else its first Mermaid sequence diagram. */
function noteProtocol(markdown: string): Protocol | undefined {
	const block = codeBlocks(markdown, 'protocol')[0] ?? codeBlocks(markdown, 'mermaid').find((b) => isSequenceDiagram(b.source));
	if (block === undefined) return undefined;
	const result = parseProtocol(block.source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.protocol;
}

function factsOf(note: string): DiagramFacts {
	const protocol = noteProtocol(readExampleNote(note));
	if (!protocol) throw new Error(`no diagram in ${note}`);
	return diagramFacts(protocol);
}

describe('diagramFacts', () => {
	it('Stateful login: the Server restart after "Store session" fails the profile request', () => {
		expect(factsOf('Stateful login.md')).toEqual({
			participants: ['Client', 'Server'],
			messages: 6,
			holdsState: ['Client', 'Server'],
			breaksOnRestart: [{ participant: 'Server', steps: 1 }],
			survivesRestart: false,
			restarts: 'computed',
		});
	});

	it('the stateless login: only the client holds state, and no restart of the server breaks a step', () => {
		expect(factsOf('무상태 프로토콜 (Stateless).md')).toEqual({
			participants: ['Client', 'Server'],
			messages: 5,
			holdsState: ['Client'],
			breaksOnRestart: [],
			survivesRestart: true,
			restarts: 'computed',
		});
	});

	it('TCP: a Server restart during the handshake fails the data segment', () => {
		expect(factsOf('TCP.md')).toEqual({
			participants: ['Client', 'Server'],
			messages: 5,
			// Issue 17: the ACK now needs the client's own `state = ESTABLISHED`, so the client holds state too.
			holdsState: ['Client', 'Server'],
			breaksOnRestart: [{ participant: 'Server', steps: 1 }],
			survivesRestart: false,
			restarts: 'computed',
		});
	});

	it('HTTP holds nothing and survives', () => {
		expect(factsOf('HTTP.md')).toEqual({ participants: ['Browser', 'Server'], messages: 4, holdsState: [], breaksOnRestart: [], survivesRestart: true, restarts: 'computed' });
	});

	it('sessions across two servers: the Redis branch makes Redis the one whose restart breaks a step', () => {
		expect(factsOf('세션과 수평 확장.md')).toEqual({
			participants: ['Client', 'Load Balancer', 'Server A', 'Server B', 'Redis'],
			// 2 before the alt, 5 in the in-memory branch, 7 in the Redis branch.
			messages: 14,
			holdsState: ['Redis'],
			breaksOnRestart: [{ participant: 'Redis', steps: 1 }],
			survivesRestart: false,
			restarts: 'computed',
		});
	});

	it('the reference note: Server keeps what it stored when the exchange ends, so a restart loses it', () => {
		expect(factsOf(REFERENCE_COPY)).toEqual({
			participants: ['Client', 'Server'],
			messages: 4,
			holdsState: [],
			breaksOnRestart: [],
			survivesRestart: false,
			restarts: 'computed',
		});
	});
});

describe('the computed "survives any single restart" on the example vault\'s notes', () => {
	const folder = EXAMPLE_VAULT;
	const notes = readdirSync(folder).filter((name) => name.endsWith('.md'));
	it('covers every example note that says whether it keeps state (the six shared examples and Stateless login)', () => {
		expect(notes.filter((name) => frontmatterOf(join(folder, name)).keeps_state !== undefined).length).toBe(7);
	});
	for (const name of notes) {
		const path = join(folder, name);
		const keepsState = frontmatterOf(path).keeps_state;
		if (typeof keepsState !== 'boolean') continue;
		it(`agrees with keeps_state: ${String(keepsState)} in ${name}`, () => {
			const protocol = noteProtocol(readFileSync(path, 'utf8'));
			expect(protocol).toBeDefined();
			if (protocol) expect(diagramFacts(protocol).survivesRestart).toBe(!keepsState);
		});
	}
});

describe('branchCombinations', () => {
	it('lists every combination of the choosable blocks\' branches', () => {
		const result = parseProtocol('alt a\nA->>B: 1\nelse b\nA->>B: 2\nend\nopt c\nA->>B: 3\nend\nloop d\nA->>B: 4\nend');
		if (!result.ok) throw new Error('did not parse');
		expect(branchCombinations(result.protocol)).toEqual([{ 0: 0, 1: 0 }, { 0: 0, 1: 1 }, { 0: 1, 1: 0 }, { 0: 1, 1: 1 }]);
	});

	it('past 32 combinations tries each branch alone', () => {
		const source = Array.from({ length: 6 }, (_, i) => `alt a${i}\nA->>B: x${i}\nelse b${i}\nA->>B: y${i}\nend`).join('\n');
		const result = parseProtocol(source);
		if (!result.ok) throw new Error('did not parse');
		// 2^6 = 64 combinations > 32: the default path plus one path per block with its second branch.
		expect(branchCombinations(result.protocol)).toEqual([{}, { 0: 1 }, { 1: 1 }, { 2: 1 }, { 3: 1 }, { 4: 1 }, { 5: 1 }]);
	});
});

function frontmatterOf(path: string): Record<string, unknown> {
	const text = readFileSync(path, 'utf8');
	if (!text.startsWith('---\n')) return {};
	const end = text.indexOf('\n---', 4);
	return (parseYaml(text.slice(4, end)) ?? {}) as Record<string, unknown>;
}
