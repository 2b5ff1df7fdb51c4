import { describe, expect, it } from 'vitest';
import { parseProtocol, type Protocol } from '../../../src/core';
import { playerStrings } from '../../../src/i18n/player';
import { PlayerModel } from '../../../src/player/player-model';
import { presentPosition, presentStep } from '../../../src/player/present/position';
import { LOGIN_WITH_CHOICE } from '../../support/login-with-choice';
import { codeBlocks, readExampleNote, REFERENCE_COPY } from '../../support/note-blocks';

function protocolOf(source: string): Protocol {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error('the fixture parses');
	return parsed.protocol;
}

const en = playerStrings('en');
const ko = playerStrings('ko');

// The reference note's first diagram, as its author wrote it: 0 Client → Server: Login Request, 1 Server → Server:
// Verify Request, 2 Server → Server: Store Client Information, 3 a note on Server listing six items (inferred: Server
// holds them from the note on), 4 Server → Client: Login Response. No needs: nothing fails without a fault.
const REFERENCE = codeBlocks(readExampleNote(REFERENCE_COPY), 'mermaid')[0]?.source ?? '';
const SIX = ['User ID', 'Username', 'Password (hashed)', 'Email', 'Last Login Time', 'Session Token'];
const NOTE_CAPTION = 'Server의 메모: User ID, Username, Password (hashed), Email, Last Login Time, Session Token';

describe('presentPosition on the Korean reference note', () => {
	it('says Start, then each step, with the counter and announcement in Korean', () => {
		const model = new PlayerModel(protocolOf(REFERENCE));
		expect(presentStep(model, -1, ko)).toEqual({ position: -1, counter: '0 / 5', caption: '시작', outcome: 'ok', announcement: '시작: 5단계 중 1단계 전' });
		expect(presentStep(model, 0, ko)).toEqual({
			position: 0, counter: '1 / 5', caption: 'Client → Server: Login Request', outcome: 'ok', announcement: '5단계 중 1단계: Client → Server: Login Request',
		});
		// The note's lines read as one list; "(hashed)" ends no sentence, so commas join every line.
		expect(presentStep(model, 3, ko).caption).toBe(NOTE_CAPTION);
		expect(presentStep(model, 4, ko).counter).toBe('5 / 5');
	});

	it('gives Client a compact card and Server its six items from the note on', () => {
		const model = new PlayerModel(protocolOf(REFERENCE));
		const start = presentPosition(model, -1, ko);
		expect(start.cards.map(({ participant, compact }) => [participant, compact])).toEqual([['Client', true], ['Server', false]]);
		expect(start.cards[1]).toMatchObject({ name: 'Server', rows: [], note: '이 단계에서 가진 상태 없음' });
		const note = presentPosition(model, 3, ko);
		expect(note.cards[1]?.rows).toEqual(SIX.map((key) => ({ key, value: true, change: 'added', durable: false })));
		expect(note.cards[1]?.note).toBeUndefined();
		expect(note.faultLines).toEqual([]);
		expect(note.restartLines).toEqual([]);
	});

	it('says where Server restarts after the note, what it lost, and that it holds nothing afterwards', () => {
		const model = new PlayerModel(protocolOf(REFERENCE));
		model.restartAfter('Server', 3);
		const at = presentPosition(model, 3, ko);
		expect(at.faultLines).toEqual([{ kind: 'restart', participant: 'Server', position: 3, text: 'Server: 4단계 뒤 재시작' }]);
		expect(at.restartLines).toEqual(['Server: 4단계 뒤 재시작']);
		expect(at.cards[1]?.rows.map((row) => `${row.key}|${row.change ?? ''}`)).toEqual(SIX.map((key) => `${key}|removed`));
		expect(at.cards[1]?.restartNote).toBe('4단계 뒤 재시작됨: User ID, Username, Password (hashed) 외 3개 잃음');
		// Nothing needs the items: the reply happens as written, and the card says which restart emptied it.
		const after = presentPosition(model, 4, ko);
		expect(after.failure).toBeUndefined();
		expect(after.restartLines).toEqual([]);
		expect(after.cards[1]).toMatchObject({ rows: [], note: '4단계 뒤 재시작됨: 가진 상태 없음' });
	});

	it('says why a lost login request had no effect, and what it broke, in Korean', () => {
		const model = new PlayerModel(protocolOf(REFERENCE));
		model.toggleDrop(0);
		const lost = presentPosition(model, 0, ko);
		expect(lost.faultLines).toEqual([{ kind: 'drop', step: 0, position: 0, text: '1단계 유실: Client → Server: Login Request' }]);
		expect(lost.outcome).toBe('dropped');
		expect(lost.failure).toEqual({ kind: 'dropped', heading: '1단계 유실:', reason: '전달 중 유실: Server에 도착하지 않음' });
		expect(lost.announcement).toBe('5단계 중 1단계: Client → Server: Login Request. 전달 중 유실: Server에 도착하지 않음');
		// Verify Request happens inside the lost call; the Login Response answers it.
		expect(presentStep(model, 1, ko).failure).toEqual({ kind: 'consequence', heading: '2단계:', reason: '쓰인 대로 일어나지 않음: 1단계 유실' });
		expect(presentStep(model, 4, ko).failure).toEqual({ kind: 'consequence', heading: '5단계:', reason: '쓰인 대로의 응답 없음: 1단계 유실' });
	});
});

// LOGIN_WITH_CHOICE: 0 Login Request (Server += session), 1 Welcome (alt Success), 2 Denied (else Failure),
// 3 GET /profile (needs Server: session), 4 Profile. Default path: 0, 1, 3, 4.
describe('presentPosition on the login with a choice', () => {
	it('names the failure, its heading and reason, and the answer it leaves without its answer', () => {
		const model = new PlayerModel(protocolOf(LOGIN_WITH_CHOICE));
		model.restartAfter('Server', 1);
		const get = presentPosition(model, 2, en);
		expect(get).toMatchObject({
			position: 2,
			counter: '3 / 4',
			caption: 'Client → Server: GET /profile',
			outcome: 'failed',
			failure: { kind: 'failed', heading: 'Step 3 fails:', reason: 'Server no longer holds session: restarted after step 2' },
			announcement: 'Step 3 of 4: Client → Server: GET /profile. Server no longer holds session: restarted after step 2',
			faultLines: [{ kind: 'restart', participant: 'Server', position: 1, text: 'Server restarted after step 2' }],
			restartLines: [],
		});
		expect(presentStep(model, 3, en)).toMatchObject({ outcome: 'consequence', failure: { kind: 'consequence', heading: 'Step 4:', reason: 'no answer as written: step 3 failed' } });
		expect(presentPosition(model, 1, en).restartLines).toEqual(['Server restarted after step 2']);
	});

	it('presents a position as a reader standing there sees it, wherever the model stands', () => {
		const model = new PlayerModel(protocolOf(LOGIN_WITH_CHOICE));
		model.restartAfter('Server', 1);
		model.goTo(-1);
		// At Start the failure ahead is no failure line; standing on it, it is.
		expect(presentStep(model, -1, en)).toEqual({ position: -1, counter: '0 / 4', caption: 'Start', outcome: 'ok', announcement: 'Start, before step 1 of 4' });
		expect(presentStep(model, 2, en).failure?.heading).toBe('Step 3 fails:');
		expect(model.position).toBe(-1);
		// Past the last step, the last.
		expect(presentStep(model, 99, en).counter).toBe('4 / 4');
	});

	it('lists a lost message by the words it was written with, and why it had no effect', () => {
		const model = new PlayerModel(protocolOf(LOGIN_WITH_CHOICE));
		model.toggleDrop(4);
		const lost = presentPosition(model, 3, en);
		expect(lost.faultLines).toEqual([{ kind: 'drop', step: 4, position: 3, text: 'Step 4 lost: Server → Client: Profile' }]);
		expect(lost.failure).toEqual({ kind: 'dropped', heading: 'Step 4 lost:', reason: 'lost on the way: Client never gets it' });
	});

	it('lists restarts first, then lost messages, and only those on the chosen path', () => {
		const model = new PlayerModel(protocolOf(LOGIN_WITH_CHOICE));
		model.toggleDrop(4);
		model.restartAfter('Server', 1);
		model.restartAfter('Client', -1);
		expect(presentPosition(model, 0, en).faultLines.map((line) => line.text)).toEqual([
			'Server restarted after step 2', 'Client restarted before step 1', 'Step 4 lost: Server → Client: Profile',
		]);
		// "Failure": Denied instead of Welcome, so the restart after Welcome is off the path.
		model.chooseBranch(0, 1);
		expect(presentPosition(model, 0, en).faultLines.map((line) => line.text)).toEqual(['Client restarted before step 1', 'Step 4 lost: Server → Client: Profile']);
	});

	it('reads a reply\'s @on-failure text in the caption while its arrow does', () => {
		const model = new PlayerModel(protocolOf(`${LOGIN_WITH_CHOICE}\n    %% @on-failure 401 Unauthorized`));
		expect(presentStep(model, 3, en).caption).toBe('Server → Client: Profile');
		model.restartAfter('Server', 1);
		expect(presentStep(model, 3, en).caption).toBe('Server → Client: 401 Unauthorized');
	});

	it('says there is nothing to step on a diagram without messages or notes', () => {
		const model = new PlayerModel(protocolOf('sequenceDiagram\n    participant A'));
		const said = presentPosition(model, 0, en);
		expect(said).toMatchObject({ position: -1, counter: '', caption: 'Nothing to step through: this diagram has no messages or notes.', outcome: 'ok', faultLines: [] });
		expect(said.announcement).toBe(said.caption);
		expect(said.failure).toBeUndefined();
	});
});
