import { describe, expect, it } from 'vitest';
import { slideNote } from '../../../src/core/export/slide-note';
import { stateTable } from '../../../src/core/export/state-table';
import { exportStrings } from '../../../src/i18n/export';

const WORDS = exportStrings('en').slides;

describe('stateTable', () => {
	it('lists every item of every card with its value, marking what the step did', () => {
		const table = stateTable([
			{ name: 'Server', rows: [{ key: 'session', value: 'alice', change: 'added' }, { key: 'last login', value: '2024-10-29' }] },
			{ name: 'Client', rows: [{ key: 'cookie', value: true, change: 'removed' }] },
		], WORDS);
		expect(table).toBe([
			'| Participant | Item | Value |',
			'| --- | --- | --- |',
			'| Server | **session** (added) | alice |',
			'| Server | last login | 2024-10-29 |',
			'| Client | ~~cookie~~ (removed) |  |',
		].join('\n'));
	});

	it('keeps a value with a pipe or markup inside its cell', () => {
		const table = stateTable([{ name: 'A|B', rows: [{ key: 'k*', value: 'x | y <b>' }] }], WORDS);
		expect(table.split('\n')[2]).toBe('| A\\|B | k\\* | x \\| y \\<b> |');
	});

	it('says a card holds nothing in one row, and gives no table without cards', () => {
		expect(stateTable([{ name: 'Server', rows: [], note: 'Restarted after step 4: holds nothing' }], WORDS).split('\n')[2]).toBe('| Server | Restarted after step 4: holds nothing |  |');
		expect(stateTable([], WORDS)).toBe('');
	});
});

describe('slideNote', () => {
	it('makes a title slide and one slide per step, separated by --- lines', () => {
		const note = slideNote({
			title: 'Stateful login',
			sourceNote: 'Protocols/Stateful login',
			choices: ['Server restarted after step 4'],
			words: WORDS,
			steps: [
				{ snapshot: { counter: '0 / 6', caption: 'Start', notes: [], cards: [] }, image: 'Stateful%20login%20step%2000.svg' },
				{
					snapshot: {
						counter: '5 / 6', caption: 'Client → Server: GET /profile', notes: [], cards: [{ name: 'Client', rows: [{ key: 'cookie', value: 'sid' }] }],
						outcome: { kind: 'failed', heading: 'Step 5 fails:', reason: 'Server no longer holds session: restarted after step 4' },
					},
					image: 'Stateful%20login%20step%2005.svg',
				},
				{
					snapshot: {
						counter: '6 / 6', caption: 'Server → Client: Profile', notes: [], cards: [],
						outcome: { kind: 'consequence', heading: 'Step 6:', reason: 'no answer as written: step 5 failed' },
					},
					image: 'Stateful%20login%20step%2006.svg',
				},
			],
		});
		expect(note).toBe([
			'# Stateful login',
			'',
			'The Start position and 2 steps, exported from [[Protocols/Stateful login]]',
			'',
			'- Server restarted after step 4',
			'',
			'---',
			'',
			'## 0 / 6 · Start',
			'',
			'![0 / 6 Start](Stateful%20login%20step%2000.svg)',
			'',
			'---',
			'',
			'## 5 / 6 · Client → Server: GET /profile',
			'',
			'![5 / 6 Client → Server: GET /profile](Stateful%20login%20step%2005.svg)',
			'',
			'> **Step 5 fails:** Server no longer holds session: restarted after step 4',
			'',
			'| Participant | Item | Value |',
			'| --- | --- | --- |',
			'| Client | cookie | sid |',
			'',
			'---',
			'',
			'## 6 / 6 · Server → Client: Profile',
			'',
			'![6 / 6 Server → Client: Profile](Stateful%20login%20step%2006.svg)',
			'',
			'> **Step 6:** no answer as written: step 5 failed',
			'',
		].join('\n'));
	});

	it('keeps a heading on one line and alt text free of brackets', () => {
		const note = slideNote({
			title: '# Login\nflow', sourceNote: 'n', choices: [], words: exportStrings('ko').slides,
			steps: [{ snapshot: { counter: '1 / 1', caption: 'A → B: [x]', notes: [], cards: [] }, image: 'a.svg' }],
		});
		expect(note.split('\n')[0]).toBe('# Login flow');
		expect(note).toContain('![1 / 1 A → B: x](a.svg)');
		// One slide: the Start position alone.
		expect(note).toContain('[[n]]에서 내보낸 시작 위치와 0단계');
	});

	it('heads a slide with the caption alone when there is no counter (nothing to step)', () => {
		const note = slideNote({
			title: 'Empty', sourceNote: 'n', choices: [], words: WORDS,
			steps: [{ snapshot: { counter: '', caption: 'Nothing to step through', notes: [], cards: [] }, image: 'e.svg' }],
		});
		expect(note).toContain('## Nothing to step through\n\n![Nothing to step through](e.svg)');
	});
});
