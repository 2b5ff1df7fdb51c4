import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../src/core';
import { PlayerModel, type ModelChange } from '../../src/player/player-model';
import { LOGIN_WITH_CHOICE } from '../support/login-with-choice';

// LOGIN_WITH_CHOICE: 0 Login Request (Server += session), 1 Welcome (alt Success), 2 Denied (else Failure),
// 3 GET /profile (needs Server: session), 4 Profile. Default path: 0, 1, 3, 4; with "Failure": 0, 2, 3, 4.
function model(source = LOGIN_WITH_CHOICE, position = -1): PlayerModel {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error('the fixture parses');
	return new PlayerModel(parsed.protocol, position);
}

/** The model with every change it signals recorded. */
function watched(m = model()): { m: PlayerModel; changes: ModelChange[] } {
	const changes: ModelChange[] = [];
	m.subscribe((change) => changes.push(change));
	return { m, changes };
}

describe('PlayerModel stepping', () => {
	it('signals a first move as started, then each step as a position change from where it was', () => {
		const { m, changes } = watched();
		m.goTo(1);
		m.next();
		m.previous();
		expect(changes).toEqual([{ kind: 'started', from: -1 }, { kind: 'position', from: 1 }, { kind: 'position', from: 2 }]);
		expect(m.position).toBe(1);
		expect(m.started).toBe(true);
	});

	it('clamps to Start … the last step, and signals nothing when that moves nothing', () => {
		const { m, changes } = watched(model(LOGIN_WITH_CHOICE, 3));
		m.goTo(99);
		m.next();
		expect(m.position).toBe(3);
		m.goTo(-7);
		m.previous();
		m.goTo(Number.NaN);
		expect(m.position).toBe(-1);
		expect(changes).toEqual([{ kind: 'position', from: 3 }]);
	});

	it('does not move or start on a diagram with nothing to step', () => {
		const { m, changes } = watched(model('sequenceDiagram\n    participant A'));
		m.goTo(0);
		m.next();
		expect(changes).toEqual([]);
		expect(m.started).toBe(false);
	});

	it('puts the untouched look back where the reader stands', () => {
		const { m, changes } = watched();
		m.goTo(-1);
		m.setStarted(false);
		m.setStarted(false);
		expect(changes).toEqual([{ kind: 'started', from: -1 }, { kind: 'started', from: -1 }]);
		expect(m.started).toBe(false);
	});

	it('tells a listener nothing more once it unsubscribed', () => {
		const m = model();
		const changes: ModelChange[] = [];
		const stop = m.subscribe((change) => changes.push(change));
		m.goTo(0);
		stop();
		m.goTo(1);
		expect(changes).toHaveLength(1);
	});
});

describe('PlayerModel choices and faults', () => {
	it('signals one path change per branch choice, restart, drop and clear, and re-simulates each time', () => {
		const { m, changes } = watched(model(LOGIN_WITH_CHOICE, 0));
		const revision = m.revision;
		m.restartAfter('Server', 1);
		expect(m.frames[2]?.outcome).toBe('failed');
		m.toggleDrop(4);
		m.chooseBranch(0, 1);
		expect(m.path).toEqual([0, 2, 3, 4]);
		m.clearFaults();
		expect(changes.map((change) => change.kind)).toEqual(['path', 'path', 'path', 'path']);
		expect(m.revision).toBe(revision + 4);
		expect(m.frames.every((frame) => frame.outcome === 'ok')).toBe(true);
	});

	it('keeps the current step when a branch choice moves it, and says where it was', () => {
		const { m, changes } = watched(model(LOGIN_WITH_CHOICE, 1));
		// Welcome (position 1) leaves the path: the position stays 1, now Denied.
		m.chooseBranch(0, 1);
		expect(m.position).toBe(1);
		m.goTo(2);
		// GET /profile is at position 2 on both paths.
		m.chooseBranch(0, 0);
		expect(changes).toEqual([{ kind: 'path', from: 1 }, { kind: 'position', from: 1 }, { kind: 'path', from: 2 }]);
		expect(m.path[m.position]).toBe(3);
	});

	it('does not re-simulate for a restart already injected there, but counts it as a first move', () => {
		const { m, changes } = watched();
		m.restartAfter('Server', 0);
		m.setStarted(false);
		m.restartAfter('Server', 0);
		expect(changes.map((change) => change.kind)).toEqual(['path', 'started', 'started']);
		expect(m.restarts).toEqual([{ participant: 'Server', afterStep: 0 }]);
	});

	it('drops only a message to another participant, and toggles it back', () => {
		const { m, changes } = watched(model(LOGIN_WITH_CHOICE, 0));
		m.toggleDrop();
		expect(m.drops).toEqual([0]);
		m.toggleDrop(0);
		expect(m.drops).toEqual([]);
		m.toggleDrop(99);
		expect(changes.map((change) => change.kind)).toEqual(['path', 'path']);
	});

	it('takes faults wholesale in the core\'s terms, kept by the step each restart follows', () => {
		const { m, changes } = watched();
		m.setFaults([{ kind: 'restart', participant: 'Server', after: 1 }, { kind: 'drop', step: 4 }, { kind: 'drop', step: 4 }, { kind: 'restart', participant: 'Server', after: 9 }]);
		expect(m.restarts).toEqual([{ participant: 'Server', afterStep: 1 }]);
		expect(m.drops).toEqual([4]);
		expect(m.started).toBe(true);
		expect(changes).toEqual([{ kind: 'path', from: -1 }]);
		expect(m.faults()).toEqual([{ kind: 'restart', participant: 'Server', after: 1 }, { kind: 'drop', step: 4 }]);
	});

	it('restores what a reader did with one re-simulation and one signal, the position clamped', () => {
		const { m, changes } = watched();
		m.restore({ branches: { 0: 1 }, restarts: [{ participant: 'Server', afterStep: 2 }], drops: [], position: 12, started: false });
		expect(changes).toEqual([{ kind: 'path', from: -1 }]);
		expect(m.path).toEqual([0, 2, 3, 4]);
		expect(m.position).toBe(3);
		// Standing on a step, with a fault injected: started whatever the state said.
		expect(m.started).toBe(true);
		expect(m.frames[2]?.outcome).toBe('failed');
	});
});

describe('PlayerModel.injectedRestarts', () => {
	it('gives each injected restart with the path position it follows, in the order injected', () => {
		const m = model();
		m.restartAfter('Server', 2);
		m.restartAfter('Client', -1);
		expect(m.injectedRestarts()).toEqual([{ participant: 'Server', afterStep: 3, position: 2 }, { participant: 'Client', afterStep: -1, position: -1 }]);
	});

	it('follows a branch change: a restart after a step that moves moves with it, one after a step that leaves is left out', () => {
		const m = model();
		m.restartAfter('Server', 1);
		m.restartAfter('Client', 2);
		m.chooseBranch(0, 1);
		// Welcome (step 1) is off the path; GET /profile (step 3) is still at position 2.
		expect(m.injectedRestarts()).toEqual([{ participant: 'Client', afterStep: 3, position: 2 }]);
		expect(m.faults()).toEqual([{ kind: 'restart', participant: 'Client', after: 2 }]);
		m.chooseBranch(0, 0);
		expect(m.injectedRestarts().map((r) => r.position)).toEqual([1, 2]);
	});
});
