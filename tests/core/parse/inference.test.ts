import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../../src/core/parse/parse-protocol';
import { noteLines, saysStored } from '../../../src/core/parse/inference';
import type { Effect } from '../../../src/core/model';

function noteEffects(source: string, inferState = true): Effect[] | undefined {
	const result = parseProtocol(source, { inferState });
	if (!result.ok) throw new Error('does not parse');
	return result.protocol.steps.find((s) => s.kind === 'note')?.effects;
}

describe('state inference', () => {
	it('recognises English and Korean words for storing', () => {
		expect(['Store session', 'saves the cart', 'Remember me', 'keep token', 'Cache result', 'create session', '세션 저장', '정보 보관', '토큰 생성', '기억하기'].every(saysStored)).toBe(true);
		expect(['Verify Request', 'restore backup', 'Login Request'].some(saysStored)).toBe(false);
	});

	it('splits a note on every form of <br> and on line breaks', () => {
		expect(noteLines('a<br>b<br/> c <BR />\nd<br><br>')).toEqual(['a', 'b', 'c', 'd']);
	});

	it('makes the note after a storing self-message the items its participant holds', () => {
		expect(noteEffects('S->>S: 세션 저장\nNote over S: 세션 ID<br>만료 시각')).toEqual([
			{ kind: 'add', participant: 'S', items: [{ key: '세션 ID', value: true }, { key: '만료 시각', value: true }], line: 2, inferred: true },
		]);
	});

	it('infers nothing when the note is on another participant, the message is not to itself, or it is turned off', () => {
		expect(noteEffects('S->>S: Store it\nNote over C: x')).toEqual([]);
		expect(noteEffects('C->>S: Store it\nNote over S: x')).toEqual([]);
		expect(noteEffects('S->>S: Store it\nNote over S: x', false)).toEqual([]);
	});

	it('leaves it to explicit @state directives right after the message', () => {
		expect(noteEffects('S->>S: Store it\n%% @state S += session\nNote over S: x')).toEqual([]);
	});
});
