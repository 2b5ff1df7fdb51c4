import { describe, expect, it } from 'vitest';
import { parseProtocol, type Protocol } from '../../../src/core';
import { playerStrings } from '../../../src/i18n/player';
import { PlayerModel } from '../../../src/player/player-model';
import { cardNotes, itemText, presentCard } from '../../../src/player/present/cards';
import { restartPositions } from '../../../src/player/state-rows';

// Steps: 0 login (Server += session = s1, last = today), 1 ok (Client += cookie = s1), 2 GET (needs Server: session).
// Server keeps `key` through restarts.
const SOURCE = [
	'sequenceDiagram',
	'    participant Client',
	'    participant Server',
	'    %% @durable Server: key = k1',
	'    Client->>Server: login',
	'    %% @state Server += session = s1, last = today',
	'    Server-->>Client: ok',
	'    %% @state Client += cookie = s1',
	'    Client->>Server: GET',
	'    %% @needs Server: session',
].join('\n');

function protocolOf(source: string): Protocol {
	const parsed = parseProtocol(source);
	if (!parsed.ok) throw new Error('the fixture parses');
	return parsed.protocol;
}

const en = playerStrings('en');
const ko = playerStrings('ko');

describe('itemText', () => {
	it('writes an item as the player does: key = value, or the key alone', () => {
		expect(itemText('code_verifier', 'v')).toBe('code_verifier = v');
		expect(itemText('session', true)).toBe('session');
		expect(itemText('session', undefined)).toBe('session');
	});
});

describe('presentCard', () => {
	it('lists a durable item as durable from Start on, and the items a step adds as added', () => {
		const model = new PlayerModel(protocolOf(SOURCE));
		expect(presentCard(model, -1, 'Server', [], en)).toEqual({ rows: [{ key: 'key', value: 'k1', change: undefined, durable: true }] });
		expect(presentCard(model, 0, 'Server', [], en).rows).toEqual([
			{ key: 'key', value: 'k1', change: undefined, durable: true },
			{ key: 'session', value: 's1', change: 'added', durable: false },
			{ key: 'last', value: 'today', change: 'added', durable: false },
		]);
		// Client holds nothing before the reply.
		expect(presentCard(model, 0, 'Client', [], en)).toEqual({ rows: [], note: 'Holds nothing at this step' });
	});

	it('says at a restart what it took and what it kept, struck-through items listed', () => {
		const model = new PlayerModel(protocolOf(SOURCE));
		model.restartAfter('Server', 0);
		const restarts = restartPositions(model).get('Server') ?? [];
		expect(restarts).toEqual([0]);
		const card = presentCard(model, 0, 'Server', restarts, en);
		expect(card.rows.map((row) => [row.key, row.change, row.durable])).toEqual([['key', undefined, true], ['session', 'removed', false], ['last', 'removed', false]]);
		expect(card.restartNote).toBe('Restarted after step 1: lost session, last; keeps key (durable)');
		expect(card.note).toBeUndefined();
		// A step later the note is gone; Server still holds its durable key, so no "holds nothing" either.
		expect(presentCard(model, 1, 'Server', restarts, en)).toEqual({ rows: [{ key: 'key', value: 'k1', change: undefined, durable: true }] });
	});

	it('says a restart lost nothing when it held nothing to lose', () => {
		const model = new PlayerModel(protocolOf(SOURCE));
		model.restartAfter('Client', -1);
		const restarts = restartPositions(model).get('Client') ?? [];
		expect(presentCard(model, -1, 'Client', restarts, en)).toEqual({ rows: [], restartNote: 'Restarted before step 1: lost nothing' });
		expect(presentCard(model, -1, 'Client', restarts, ko)).toEqual({ rows: [], restartNote: '1단계 전에 재시작됨: 잃은 것 없음' });
		// Later, still empty: it says which restart emptied it.
		expect(presentCard(model, 0, 'Client', restarts, en)).toEqual({ rows: [], note: 'Restarted before step 1: holds nothing' });
	});
});

describe('cardNotes', () => {
	it('names three lost items, then how many more, in English and Korean', () => {
		const source = SOURCE.replace('last = today', 'last = today, a = 1, b = 2');
		const model = new PlayerModel(protocolOf(source));
		model.restartAfter('Server', 0);
		expect(cardNotes(model, 0, 'Server', false, [0], en).restartNote).toBe('Restarted after step 1: lost session, last, a and 1 more; keeps key (durable)');
		expect(cardNotes(model, 0, 'Server', false, [0], ko).restartNote).toBe('1단계 뒤 재시작됨: session, last, a 외 1개 잃음; key 유지(영구)');
	});
});
