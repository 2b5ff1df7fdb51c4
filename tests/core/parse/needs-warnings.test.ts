import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { editDistance } from '../../../src/core/parse/needs-warnings';
import { everyExampleProtocol } from '../simulate/example-protocols';
import { codeBlocks, exampleNotePaths, readExampleNote } from '../../support/note-blocks';

function warningsOf(source: string): { line: number; message: string }[] {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result.warnings.map(({ line, message }) => ({ line, message }));
}

describe('parseProtocol: needs that nothing gives (issue 17)', () => {
	it('warns about an item nothing gives, naming the close name that is given', () => {
		expect(warningsOf([
			'sequenceDiagram',
			'Client->>Server: Login',
			'%% @state Server += session',
			'Client->>Server: GET /profile',
			'%% @needs Server: sesion',
		].join('\n'))).toEqual([{ line: 5, message: 'Line 5: nothing gives Server `sesion`; did you mean `session`?' }]);
	});

	it('warns about a value never set, naming a close value', () => {
		expect(warningsOf([
			'sequenceDiagram',
			'%% @state S += state = LISTEN',
			'C->>S: SYN',
			'%% @state S += state = SYN_RCVD',
			'C->>S: data',
			'%% @needs S: state = ESTABLISHD',
		].join('\n'))).toEqual([{ line: 6, message: 'Line 6: nothing gives S `state = ESTABLISHD`' }]);
		expect(warningsOf([
			'sequenceDiagram',
			'C->>S: ACK',
			'%% @state S += state = ESTABLISHED',
			'C->>S: data',
			'%% @needs S: state = ESTABLISHD',
		].join('\n'))).toEqual([{ line: 5, message: 'Line 5: nothing gives S `state = ESTABLISHD`; did you mean `state = ESTABLISHED`?' }]);
	});

	it('says nothing when another participant is given the item: a need on the wrong server is the lesson, not a typo', () => {
		expect(warningsOf('sequenceDiagram\nC->>A: login\n%% @state A += session\nC->>B: GET\n%% @needs B: session')).toEqual([]);
	});

	it('counts durable items, the starting state and items given on any branch, and suggests nothing far away', () => {
		expect(warningsOf([
			'sequenceDiagram',
			'%% @durable S: key',
			'%% @state C += token',
			'alt one',
			'C->>S: a',
			'%% @state S += cache',
			'else two',
			'C->>S: b',
			'end',
			'C->>S: c',
			'%% @needs S: key, cache',
			'%% @needs C: token, cookie',
		].join('\n'))).toEqual([{ line: 12, message: 'Line 12: nothing gives C `cookie`' }]);
	});

	it('finds nothing to warn about in the example vault, whose needs are all given somewhere', () => {
		for (const note of exampleNotePaths()) {
			for (const block of codeBlocks(readExampleNote(note), 'protocol')) {
				const result = parseProtocol(block.source);
				if (result.ok) expect(result.warnings.filter((w) => w.message.includes('nothing gives')), note).toEqual([]);
			}
		}
		expect(everyExampleProtocol().length).toBeGreaterThan(0);
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions and substitutions', () => {
		expect(editDistance('sesion', 'session')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
		expect(editDistance('same', 'same')).toBe(0);
	});
});
