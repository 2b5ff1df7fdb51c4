import { describe, expect, it } from 'vitest';
import { parseProtocol, type Protocol } from '../../src/core';
import { applyReaderState, readReaderState } from '../../src/player/reader-state';
import { PlayerModel } from '../../src/player/player-model';

// Steps: 0 login, 1 ok, 2 (alt, first branch) GET, 3 (else) GET other, 4 bye.
const SOURCE = [
	'sequenceDiagram',
	'    Client->>Server: login',
	'    %% @state Server += session',
	'    Server-->>Client: ok',
	'    alt cached',
	'        Client->>Server: GET',
	'        %% @needs Server: session',
	'    else fresh',
	'        Client->>Server: GET other',
	'    end',
	'    Client->>Server: bye',
].join('\n');

function protocolOf(source: string): Protocol {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error('the fixture parses');
	return parsed.protocol;
}

describe('the reader state across an edit of the block (the protocol preview)', () => {
	it('keeps the branch, the injected restart and the lost message of the block as edited', () => {
		const before = new PlayerModel(protocolOf(SOURCE), 1);
		before.chooseBranch(0, 1);
		before.restartAfter('Server', 0);
		before.toggleDrop(4);
		const state = readReaderState(before);
		expect(state).toEqual({ position: 1, started: true, branches: { 0: 1 }, restarts: [{ participant: 'Server', afterStep: 0 }], drops: [4] });

		// A keystroke in a message label: the same shape, so every choice still applies.
		const after = new PlayerModel(protocolOf(SOURCE.replace('bye', 'bye!')), 1);
		applyReaderState(after, state);
		expect(after.branches).toEqual({ 0: 1 });
		expect(after.path).toEqual([0, 1, 3, 4]);
		expect(after.restarts).toEqual([{ participant: 'Server', afterStep: 0 }]);
		expect(after.drops).toEqual([4]);
		expect(after.position).toBe(1);
		expect(after.started).toBe(true);
	});

	it('leaves out what no longer applies: a branch the block lost, a participant renamed away, a step gone', () => {
		const edited = SOURCE.replace('    else fresh\n        Client->>Server: GET other\n', '').replace(/Server/g, 'API');
		const model = new PlayerModel(protocolOf(edited), -1);
		applyReaderState(model, { position: -1, started: false, branches: { 0: 1, 7: 0 }, restarts: [{ participant: 'Server', afterStep: 0 }], drops: [4] });
		// The alt kept one branch: its branch 1 is gone. Steps are 0 … 3 now: step 4 is gone.
		expect(model.branches).toEqual({});
		expect(model.restarts).toEqual([]);
		expect(model.drops).toEqual([]);
		expect(model.started).toBe(false);
	});
});
