import { describe, expect, it } from 'vitest';
import { resolveFault } from '../../../src/core/compare/resolve-fault';
import { verdictOf } from '../../../src/core/compare/verdict';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { simulate } from '../../../src/core/simulate/simulate';
import type { Fault, Protocol } from '../../../src/core/model';
import { codeBlocks, readExampleNote } from '../../support/note-blocks';

function firstProtocolBlock(note: string): Protocol {
	const result = parseProtocol(codeBlocks(readExampleNote(note), 'protocol')[0]?.source ?? '');
	if (!result.ok) throw new Error('did not parse');
	return result.protocol;
}

function faultOn(protocol: Protocol, participant: string, moment: string): Fault {
	const resolved = resolveFault({ protocol }, { kind: 'restart', participant, moment, line: 1 });
	if (!resolved.ok) throw new Error(`not found: ${resolved.missing}`);
	return resolved.fault;
}

describe('verdictOf', () => {
	it('says the stateful login fails at step 5 (GET /profile) when Server restarts after Login Response', () => {
		const protocol = firstProtocolBlock('Stateful login.md');
		const verdict = verdictOf(simulate(protocol, { faults: [faultOn(protocol, 'Server', 'Login Response')] }).frames);
		expect(verdict).toEqual({
			fails: 4,
			step: 4,
			outcome: 'failed',
			failure: { participant: 'Server', item: 'session', cause: { kind: 'restart', atPosition: 3, scripted: false } },
		});
	});

	it('says the stateless login survives the same restart', () => {
		const protocol = firstProtocolBlock('무상태 프로토콜 (Stateless).md');
		expect(verdictOf(simulate(protocol, { faults: [faultOn(protocol, 'Server', 'Login Response')] }).frames)).toEqual({ fails: 'none' });
	});

	it('names the lost answer when a dropped request leaves its reply a consequence', () => {
		const protocol = firstProtocolBlock('HTTP.md');
		// Dropping the first GET (position 0): its reply "200 OK" at position 1 is the first broken step.
		const verdict = verdictOf(simulate(protocol, { faults: [{ kind: 'drop', step: 0 }] }).frames);
		expect(verdict).toEqual({ fails: 1, step: 1, outcome: 'consequence', consequenceOf: 0 });
	});

	it('survives when nothing fails', () => {
		expect(verdictOf(simulate(firstProtocolBlock('HTTP.md')).frames)).toEqual({ fails: 'none' });
	});
});
