import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { lowestGrowthRatio } from '../../support/growth-ratio';

function parsed(source: string) {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	return result;
}

describe('the @drop and @on-failure directives', () => {
	it('marks the message above as lost and gives the reply above its failure label', () => {
		const { protocol, warnings } = parsed('C->>S: GET\n%% @drop\nS-->>C: 200 OK\n%% @on-failure 401 Unauthorized');
		expect(warnings).toEqual([]);
		expect(protocol.steps[0]?.drop).toBe(true);
		expect(protocol.steps[0]?.onFailure).toBeUndefined();
		expect(protocol.steps[1]?.onFailure).toBe('401 Unauthorized');
		expect(protocol.steps[1]?.drop).toBeUndefined();
	});

	it('keeps Korean text of a failure label as written', () => {
		const { protocol } = parsed('participant 클라이언트\nparticipant 서버\n클라이언트->>서버: 요청\n서버-->>클라이언트: 응답\n%% @on-failure 401 로그인 필요');
		expect(protocol.steps[1]?.onFailure).toBe('401 로그인 필요');
	});

	it('reads the directive names whatever their case', () => {
		const { protocol } = parsed('A->>B: x\n%% @DROP\nB->>A: y\n%% @On-Failure no');
		expect(protocol.steps[0]?.drop).toBe(true);
		expect(protocol.steps[1]?.onFailure).toBe('no');
	});

	it('warns, on the directive\'s line, about one before any message, under a note, with a body, or without a label', () => {
		const { protocol, warnings } = parsed('%% @drop\nA->>B: x\nNote over B: n\n%% @on-failure later\nA->>B: y\n%% @drop now\n%% @on-failure');
		expect(warnings.map((warning) => warning.line)).toEqual([1, 4, 6, 7]);
		expect(warnings[0]?.message).toContain('nothing has happened yet');
		expect(warnings[1]?.message).toContain('a note cannot be lost or answered');
		expect(warnings[2]?.message).toContain('expected `%% @drop` alone');
		expect(warnings[3]?.message).toContain('expected `%% @on-failure TEXT`');
		expect(protocol.steps.map((step) => [step.drop, step.onFailure])).toEqual([[undefined, undefined], [undefined, undefined], [undefined, undefined]]);
	});

	it('still reports an unknown directive with the list of known ones', () => {
		const { warnings } = parsed('A->>B: x\n%% @dropp');
		expect(warnings[0]?.message).toContain('unknown directive `@dropp`');
		expect(warnings[0]?.message).toContain('@on-failure');
	});

	it('reads a very long directive line in linear time (no backtracking in the name scanner)', () => {
		const long = (n: number): string => `A->>B: x\n%% @${'a'.repeat(n)}-`;
		// CPU time, best of several rounds (tests/support/growth-ratio.ts): a busy machine cannot fail it,
		// while a backtracking scanner (16× for 4× the text) never measures near linear.
		expect(lowestGrowthRatio(long, (text) => parseProtocol(text), 50_000, 6)).toBeLessThan(10);
	});
});
