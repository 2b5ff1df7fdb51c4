import { describe, expect, it } from 'vitest';
import { fitToSlide, slideNote } from '../../../src/core/export/slide-note';
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
		expect(table.split('\n')[2]).toBe('| A\\|B | k\\* | x \\| y \\<b\\> |');
	});

	it('says a card holds nothing in one row, and gives no table without cards', () => {
		expect(stateTable([{ name: 'Server', rows: [], note: 'Restarted after step 4: holds nothing' }], WORDS).split('\n')[2]).toBe('| Server | Restarted after step 4: holds nothing |  |');
		expect(stateTable([], WORDS)).toBe('');
	});
});

describe('slideNote', () => {
	const source = { name: 'Stateful login', href: '../Protocols/Stateful%20login.md' };

	it('makes Marp front matter, a title slide and one slide per step holding its image scaled to fit 16:9', () => {
		const note = slideNote({
			title: 'Stateful login',
			source,
			choices: ['Server restarted after step 4'],
			words: WORDS,
			steps: [
				// 814 × 643: the height limits (540 / 643 = 0.8398…): 683 × 540.
				{ snapshot: { counter: '0 / 6', caption: 'Start', notes: [], cards: [] }, image: 'Stateful%20login%20step%2000.svg', width: 814, height: 643 },
				{
					snapshot: {
						counter: '5 / 6', caption: 'Client → Server: GET /profile', notes: [], cards: [{ name: 'Client', rows: [{ key: 'cookie', value: 'sid' }] }, { name: 'Server', rows: [], note: 'Holds nothing' }],
						outcome: { kind: 'failed', heading: 'Step 5 fails:', reason: 'Server no longer holds session: restarted after step 4' },
					},
					// 2200 × 400: the width limits (1100 / 2200 = 0.5): 1100 × 200.
					image: 'Stateful%20login%20step%2005.svg', width: 2200, height: 400,
				},
				// Small images keep their size.
				{ snapshot: { counter: '6 / 6', caption: 'Server → Client: Profile', notes: [], cards: [] }, image: 's6.svg', width: 300, height: 200 },
			],
		});
		expect(note).toBe([
			'---',
			'marp: true',
			'size: 16:9',
			'paginate: true',
			'---',
			'',
			'# Stateful login',
			'',
			'The Start position and 2 steps, exported from [Stateful login](../Protocols/Stateful%20login.md)',
			'',
			'- Server restarted after step 4',
			'',
			'---',
			'',
			'<!--',
			'0 / 6 · Start',
			'-->',
			'',
			'![w:683 h:540](Stateful%20login%20step%2000.svg)',
			'',
			'---',
			'',
			'<!--',
			'5 / 6 · Client → Server: GET /profile',
			'Step 5 fails: Server no longer holds session: restarted after step 4',
			'Client: cookie = sid',
			'Server: Holds nothing',
			'-->',
			'',
			'![w:1100 h:200](Stateful%20login%20step%2005.svg)',
			'',
			'---',
			'',
			'<!--',
			'6 / 6 · Server → Client: Profile',
			'-->',
			'',
			'![w:300 h:200](s6.svg)',
			'',
		].join('\n'));
	});

	it('escapes every text from the note: no HTML, embed, comment, tag, maths or highlight comes alive', () => {
		const note = slideNote({
			title: 'Alice <iframe src="http://HOST/x"></iframe> ![[Other]] %% #tag $x$ ==y==',
			source: { name: '[[Login]]', href: 'Login.md' },
			choices: ['alt: <b>ok</b> %%'],
			words: WORDS,
			steps: [{ snapshot: { counter: '1 / 1', caption: 'A → B: --> %% <script>', notes: [], cards: [] }, image: 'a.svg', width: 100, height: 100 }],
		});
		// Nothing unescaped: every `<`, `[`, `#`, `$`, `=` has its backslash, and no `%%` is left.
		expect(note).not.toMatch(/(^|[^\\])<(iframe|b|script)|!\[\[|%%|(^|[^\\])#tag|(^|[^\\])\$x|(^|[^\\])=y/m);
		expect(note).toContain('# Alice \\<iframe src\\="http\\://HOST/x"\\>\\</iframe\\> \\!\\[\\[Other\\]\\] &#37;&#37; \\#tag \\$x\\$ \\=\\=y\\=\\=');
		expect(note).toContain('exported from [\\[\\[Login\\]\\]](Login.md)');
		expect(note).toContain('- alt: \\<b\\>ok\\</b\\> &#37;&#37;');
		// In the speaker notes: the comment cannot be closed early.
		expect(note).toContain('<!--\n1 / 1 · A → B: - - > % % ‹script>\n-->');
	});

	it('says the steps without a link when there is no note (a web page\'s player), in Korean too', () => {
		const steps = [{ snapshot: { counter: '0 / 0', caption: '시작', notes: [], cards: [] }, image: 'a.svg', width: 10, height: 10 }];
		expect(slideNote({ title: 'T', choices: [], words: WORDS, steps })).toContain('\n\nThe Start position and 0 steps\n');
		expect(slideNote({ title: 'T', choices: [], words: exportStrings('ko').slides, steps, source: { name: 'n', href: 'n.md' } })).toContain('[n](n.md)에서 내보낸 시작 위치와 0단계');
	});

	it('keeps a long list of choices off the title slide: five shown, the rest in its speaker notes', () => {
		const choices = Array.from({ length: 8 }, (_, i) => `Step ${i + 1} lost`);
		const note = slideNote({ title: 'T', choices, words: WORDS, steps: [] });
		const title = note.split('\n---\n')[1] ?? '';
		expect(title.match(/^- /gm)).toHaveLength(5);
		expect(title).toContain('… and 3 more (in the speaker notes)');
		expect(title).toContain('Step 8 lost\n-->');
	});
});

describe('fitToSlide', () => {
	it('scales an image into 1100 × 540, never up', () => {
		expect(fitToSlide(2000, 500)).toEqual({ width: 1100, height: 275 });
		expect(fitToSlide(500, 1080)).toEqual({ width: 250, height: 540 });
		expect(fitToSlide(400, 300)).toEqual({ width: 400, height: 300 });
	});
});
