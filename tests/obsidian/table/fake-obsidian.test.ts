import { describe, expect, it } from 'vitest';
import { App, Editor, getAllTags, parseYaml } from '../../fakes/obsidian';
import { EXAMPLE_VAULT } from '../../support/note-blocks';

describe('the fake metadata cache over the example vault', () => {
	const app = App.fromFolder(EXAMPLE_VAULT);

	it('reads frontmatter as Obsidian hands it over: dates as strings, quoted links as strings, flow lists as arrays', () => {
		const file = app.vault.fileAt('무상태 프로토콜 (Stateless).md');
		expect(app.metadataCache.getFileCache(file)?.frontmatter).toEqual({
			tags: ['Stateless', '무상태', 'HTTP', '프로토콜', '토큰'],
			aliases: ['Stateless Protocol', '무상태 프로토콜'],
			created: '2024-10-29 00:20',
			keeps_state: false,
			example: '[[HTTP]]',
			scalability: '뛰어남',
			recovery: '상대적으로 쉬움',
		});
	});

	it('resolves links and collects tags with their #', () => {
		// The three linked notes, then those its comparison table links to under `example`.
		expect(Object.keys(app.metadataCache.resolvedLinks['프로토콜 비교.md'] ?? {})).toEqual([
			'무상태 프로토콜 (Stateless).md', '상태유지 프로토콜 (Stateful).md', '세션과 수평 확장.md', 'HTTP.md', 'TCP.md', 'Redis.md',
		]);
		const http = app.vault.fileAt('HTTP.md');
		const cache = app.metadataCache.getFileCache(http);
		expect(cache && getAllTags(cache)).toEqual(['#HTTP', '#프로토콜', '#application']);
	});
});

describe('the fake parseYaml', () => {
	it('reads nested maps, block lists at the key\'s indentation, quotes, numbers and null', () => {
		expect(parseYaml('a:\n  b: 1\n  c: "x: y"\nlist:\n- one\n- \'two\'\nnone:\nn: 2.5')).toEqual({ a: { b: 1, c: 'x: y' }, list: ['one', 'two'], none: null, n: 2.5 });
	});
});

describe('the fake Editor', () => {
	it('applies a transaction\'s changes against the text before it, as one undo step', () => {
		const editor = new Editor('ab\ncd\nef');
		editor.transaction({ changes: [{ from: { line: 0, ch: 0 }, to: { line: 0, ch: 2 }, text: 'X' }, { from: { line: 2, ch: 0 }, to: { line: 2, ch: 2 }, text: 'Y\nZ' }] });
		expect(editor.getValue()).toBe('X\ncd\nY\nZ');
		expect(editor.undoSteps).toBe(1);
	});

	it('counts no undo step for a change that changes nothing', () => {
		const editor = new Editor('same');
		editor.replaceRange('same', { line: 0, ch: 0 }, { line: 0, ch: 4 });
		expect(editor.undoSteps).toBe(0);
	});
});
