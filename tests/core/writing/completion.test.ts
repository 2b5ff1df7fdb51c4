import { describe, expect, it } from 'vitest';
import { completionAt, parseProtocol, writingFacts, type WritingFacts } from '../../../src/core';

const SOURCE = [
	'sequenceDiagram',
	'    participant C as Client',
	'    participant Server',
	'    %% @durable Server: user table',
	'    %% @state C += state = CLOSED',
	'    C->>Server: login',
	'    %% @state Server += session, role = admin',
	'    Server-->>C: ok',
	'    %% @state C += state = OPEN, cookie',
	'    C->>Server: GET',
	'    %% @needs Server: session',
].join('\n');

function facts(): WritingFacts {
	const parsed = parseProtocol(SOURCE);
	if (!parsed.ok) throw new Error('the fixture parses');
	return writingFacts(parsed.protocol);
}

const texts = (before: string) => completionAt(before, facts)?.options.map((o) => o.text);

describe('completionAt', () => {
	it('offers every directive after `%% @`, and narrows them as the name is typed', () => {
		expect(texts('    %% @')).toEqual(['@state', '@needs', '@durable', '@restart', '@drop', '@on-failure', '@phase', '@title', '@kind']);
		const typed = completionAt('    %% @ne', () => undefined);
		expect(typed).toMatchObject({ kind: 'directive', from: 7, query: 'ne' });
		expect(typed?.options).toEqual([{ text: '@needs', insert: '@needs ', directive: 'needs' }]);
	});

	it('completes directives inside a callout, and nowhere but at the start of a comment', () => {
		expect(texts('> %% @dr')).toEqual(['@drop']);
		expect(completionAt('    C->>S: 50%% @ne', facts)).toBeNull();
		expect(completionAt('    %% note @ne', facts)).toBeNull();
	});

	it('offers participants by id and by label after `@state `, `@needs `, `@durable ` and `@restart `', () => {
		const state = completionAt('    %% @state ', facts);
		expect(state).toMatchObject({ kind: 'participant', from: 14, query: '' });
		expect(state?.options.map((o) => [o.text, o.insert])).toEqual([['C', 'C '], ['Client', 'Client '], ['Server', 'Server ']]);
		expect(completionAt('%% @needs Cl', facts)?.options.map((o) => o.insert)).toEqual(['Client: ']);
		expect(completionAt('%% @restart s', facts)?.options.map((o) => o.insert)).toEqual(['Server']);
	});

	it('offers the items a participant is known to hold after `P +=`, `P -=` and `P:`', () => {
		const needs = completionAt('    %% @needs Server:', facts);
		expect(needs).toMatchObject({ kind: 'item', from: 21, query: '' });
		// The durable item first (written first), then what the diagram gives and asks for.
		expect(needs?.options.map((o) => o.text)).toEqual(['user table', 'session', 'role']);
		expect(texts('%% @state Client -= co')).toEqual(['cookie']);
		// Those starting with what was typed first, then those containing it.
		expect(texts('%% @needs Server: session, r')).toEqual(['role', 'user table']);
	});

	it('offers the values ever set after `key = `', () => {
		const values = completionAt('    %% @needs C: state = ', facts);
		expect(values).toMatchObject({ kind: 'value', query: '' });
		expect(values?.options.map((o) => o.text)).toEqual(['CLOSED', 'OPEN']);
		expect(texts('%% @needs Server: role = a')).toEqual(['admin']);
	});

	it('offers nothing for an unknown directive, or when nothing matches', () => {
		expect(completionAt('%% @title ', facts)).toBeNull();
		expect(completionAt('%% @zz', facts)).toBeNull();
		expect(completionAt('%% @needs Nobody:', facts)).toBeNull();
	});
});
