import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../src/core/parse/parse-protocol';
import { PlayerModel } from '../../src/player/player-model';
import { applyReaderState, readReaderState } from '../../src/player/reader-state';
import { LOGIN_WITH_CHOICE } from '../support/login-with-choice';


function model(): PlayerModel {
	const parsed = parseProtocol(LOGIN_WITH_CHOICE);
	if (!parsed.ok) throw new Error('the test protocol must parse');
	return new PlayerModel(parsed.protocol);
}

describe('reader state', () => {
	it('carries position, branch choice and faults into a fresh model of the same block', () => {
		const before = model();
		before.chooseBranch(0, 1);
		before.goTo(1);
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
