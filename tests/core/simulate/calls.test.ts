import { describe, expect, it } from 'vitest';
import { callStructure } from '../../../src/core/simulate/calls';
import { pathSteps } from '../../../src/core/simulate/path';
import { exampleProtocol } from './example-protocols';
import { protocol } from './build-protocol';

function structure(p: Parameters<typeof pathSteps>[0], branches: Record<number, number> = {}): { within: number[]; answerAt: number[]; answers: (readonly number[] | undefined)[] } {
	const calls = callStructure(pathSteps(p, branches));
	return { within: [...calls.within], answerAt: [...calls.answerAt], answers: calls.answers };
}

describe('callStructure', () => {
	it('pairs a solid reply with the request it answers, and leaves a request with no reply open (TCP)', () => {
		// 0 SYN, 1 SYN-ACK answers it, 2 ACK (never answered), 3 data, 4 ACK answers the data.
		const calls = structure(exampleProtocol('TCP.md', 'protocol'));
		expect(calls.answerAt).toEqual([1, -1, -1, 4, -1]);
		expect(calls.answers[1]).toEqual([0]);
		expect(calls.answers[4]).toEqual([3]);
		expect(calls.within).toEqual([-1, -1, -1, -1, -1]);
	});

	it('closes the whole forwarded chain when a backend answers the client past the load balancer', () => {
		// 0 C→LB, 1 LB→A, 2 A→R SET, 3 A-->>C, 4 C→LB GET, 5 LB→B GET, 6 B→R GET sid, 7 R-->>B, 8 B-->>C Profile.
		const calls = structure(exampleProtocol('세션과 수평 확장.md', 'protocol'), { 0: 1 });
		expect(calls.answers[3]).toEqual([1, 0]);
		expect(calls.answers[7]).toEqual([6]);
		expect(calls.answers[8]).toEqual([5, 4]);
		expect(calls.answerAt).toEqual([3, 3, -1, -1, 8, 8, 7, -1, -1]);
		expect(calls.within).toEqual([-1, 0, 1, -1, -1, 4, 5, -1, -1]);
	});

	it('puts the receiver\'s own steps inside the call, and a note on the receiver too', () => {
		const calls = structure(exampleProtocol('Stateful login.md', 'protocol'));
		// 0 Login Request, 1 Verify, 2 Store session, 3 Login Response, 4 GET /profile, 5 Profile.
		expect(calls.within).toEqual([-1, 0, 0, -1, -1, -1]);
		const noted = structure(protocol().message('C', 'S', 'GET').note('S', 'thinking').reply('S', 'C', 'page').build());
		expect(noted.within).toEqual([-1, 0, -1]);
	});

	it('lets a dashed message with no open request go one way, and a request never answered enclose nothing', () => {
		const calls = structure(protocol().reply('S', 'C', 'push').message('C', 'S', 'fire and forget').message('S', 'S', 'work').build());
		expect(calls.answers).toEqual([undefined, undefined, undefined]);
		expect(calls.answerAt).toEqual([-1, -1, -1]);
		expect(calls.within).toEqual([-1, -1, -1]);
	});

	it('answers the innermost open request from the asker, whatever the arrow', () => {
		const calls = structure(protocol().message('C', 'S', 'GET 1').message('C', 'S', 'GET 2').message('S', 'C', 'answer').reply('S', 'C', 'answer').build());
		expect(calls.answers[2]).toEqual([1]);
		expect(calls.answers[3]).toEqual([0]);
	});
});
