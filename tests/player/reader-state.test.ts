import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../src/core/parse/parse-protocol';
import { PlayerModel } from '../../src/player/player-model';
import { applyReaderState, readReaderState } from '../../src/player/reader-state';

/** Step indices: 0 Login Request, 1 Welcome, 2 Denied, 3 GET /profile, 4 Profile; block 0 is the alt. */
const SOURCE = `sequenceDiagram
    participant Client
    participant Server
    Client->>Server: Login Request
    %% @state Server += session
    alt Success
        Server-->>Client: Welcome
    else Failure
        Server-->>Client: Denied
    end
    Client->>Server: GET /profile
    %% @needs Server: session
    Server-->>Client: Profile`;

function model(): PlayerModel {
	const parsed = parseProtocol(SOURCE);
	if (!parsed.ok) throw new Error('the test protocol must parse');
	return new PlayerModel(parsed.protocol);
}

describe('reader state', () => {
	it('carries position, branch choice and faults into a fresh model of the same block', () => {
		const before = model();
		before.chooseBranch(0, 1);
		before.position = 1;
		before.restartAfter('Server');
		before.toggleDrop(4);
		const after = model();
		applyReaderState(after, readReaderState(before));
		// Path with "Denied": Login Request, Denied, GET /profile, Profile; the Server restarts after Denied.
		expect(after.path).toEqual([0, 2, 3, 4]);
		expect(after.position).toBe(1);
		expect(after.restarts).toEqual([{ participant: 'Server', afterStep: 2 }]);
		expect(after.drops).toEqual([4]);
		expect(after.started).toBe(true);
		expect(after.frames[2]?.outcome).toBe('failed');
	});

	it('leaves out what the protocol does not have, so a stale state never breaks a player', () => {
		const fresh = model();
		applyReaderState(fresh, { position: 9, started: false, branches: { 0: 5, 7: 1 }, restarts: [{ participant: 'Server', afterStep: 40 }], drops: [1, 99, -1] });
		// No branch 5 and no block 7: the default path; no step 40; step 99 and −1 are no messages; position clamped to the last.
		expect(fresh.path).toEqual([0, 1, 3, 4]);
		expect(fresh.restarts).toEqual([]);
		expect(fresh.drops).toEqual([1]);
		expect(fresh.position).toBe(3);
	});

	it('hands out copies: changing the model afterwards does not change a state already read', () => {
		const m = model();
		m.restartAfter('Server', 0);
		const state = readReaderState(m);
		m.clearFaults();
		expect(state.restarts).toEqual([{ participant: 'Server', afterStep: 0 }]);
	});
});
