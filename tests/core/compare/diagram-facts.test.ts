import { describe, expect, it } from 'vitest';
import { diagramFacts, diagramFactsInSteps, DIAGRAM_FACTS_BUDGET } from '../../../src/core/compare/diagram-facts';
import { diagramRowValues } from '../../../src/core/compare/diagram-rows';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import type { Protocol } from '../../../src/core/model';

function protocolOf(source: string): Protocol {
	const result = parseProtocol(source);
	if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
	return result.protocol;
}

/** A login whose profile request needs the session the server stored: a server restart in between breaks it. */
const LOGIN = [
	'sequenceDiagram',
	'    participant C as Client',
	'    participant S as Server',
	'    C->>S: login',
	'    %% @state S += session = s1',
	'    S-->>C: ok',
	'    alt fast',
	'        C->>S: profile',
	'        %% @needs S: session',
	'    else slow',
	'        C->>S: profile later',
	'        %% @needs S: session',
	'    end',
].join('\n');

/** A chain of `n` request/answer pairs between two participants: 2n messages. */
function chain(n: number): Protocol {
	const lines = ['sequenceDiagram', '    participant A', '    participant B'];
	for (let i = 0; i < n; i++) lines.push(`    A->>B: request ${i}`, `    B-->>A: answer ${i}`);
	return protocolOf(lines.join('\n'));
}

const WORDS = { none: 'none', steps: (participant: string, steps: number) => `${participant} (${steps})` };

describe('diagramFactsInSteps', () => {
	it('yields after the set-up, and after the simulation, the reading of its states, each gap of the fault map and the map of each branch combination', () => {
		const steps = diagramFactsInSteps(protocolOf(LOGIN));
		let yields = 0;
		let next = steps.next();
		while (next.done !== true) {
			yields++;
			next = steps.next();
		}
		// Two branch combinations (fast, slow), paths of 3 steps: one piece of states each, and a fault map of 4 gaps
		// (restarts after −1, 0, 1, 2), a yield after each: 1 + 2 × (1 + 1 + 4 + 1).
		expect(yields).toBe(15);
		expect(next.value).toEqual(diagramFacts(protocolOf(LOGIN)));
		expect(next.value.breaksOnRestart).toEqual([{ participant: 'Server', steps: 1 }]);
	});

	it('leaves the restart rows out, and says so, when one combination\'s fault analysis is over budget', () => {
		// 3 messages on each path (login, ok, one profile): (3 + 1) × 2 restarts + 3 drops = 11 cells per run.
		const facts = diagramFacts(protocolOf(LOGIN), { perRun: 10, total: 1000 });
		expect(facts).toEqual({
			participants: ['Client', 'Server'],
			messages: 4,
			holdsState: ['Server'],
			breaksOnRestart: [],
			survivesRestart: false,
			restarts: 'over-budget',
		});
		expect(diagramFacts(protocolOf(LOGIN), { perRun: 11, total: 22 }).restarts).toBe('computed');
	});

	it('leaves them out when all combinations together are over budget', () => {
		expect(diagramFacts(protocolOf(LOGIN), { perRun: 11, total: 21 }).restarts).toBe('over-budget');
	});

	it('reads a long path\'s states in pieces of 64 positions, a yield after each', () => {
		const steps = diagramFactsInSteps(chain(100), { perRun: 0, total: 0 });
		let yields = 0;
		while (steps.next().done !== true) yields++;
		// 200 positions: yields after positions 63, 127 and 191, besides the set-up, the simulation and the end of the states.
		expect(yields).toBe(6);
	});

	it('analyses a 1,000-message chain with the default budget, and keeps a 3,000-message one out, still counting its messages', () => {
		// (1,000 + 1) × 2 + 1,000 = 3,002 cells, within one run's budget; (3,000 + 1) × 2 + 3,000 = 9,002, over it.
		expect(DIAGRAM_FACTS_BUDGET.perRun).toBeGreaterThanOrEqual(3002);
		expect(DIAGRAM_FACTS_BUDGET.perRun).toBeLessThan(9002);
		expect(diagramFacts(chain(500)).restarts).toBe('computed');
		const facts = diagramFacts(chain(1500));
		expect(facts.messages).toBe(3000);
		expect(facts.restarts).toBe('over-budget');
	});
});

describe('diagramRowValues', () => {
	it('writes no restart rows for facts over budget, so those cells read "—"', () => {
		const facts = diagramFacts(protocolOf(LOGIN), { perRun: 1, total: 1 });
		expect(diagramRowValues(facts, WORDS)).toEqual({
			'diagram:participants': ['Client', 'Server'],
			'diagram:messages': 4,
			'diagram:holds-state': ['Server'],
		});
	});
});
