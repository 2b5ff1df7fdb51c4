import { describe, expect, it } from 'vitest';
import { parseCompareSource } from '../../../src/core/compare/compare-source';

describe('parseCompareSource', () => {
	it('reads note links, a heading, an alias and a restart fault', () => {
		const source = parseCompareSource('[[Stateful login]]\n\n[[Sessions#Two servers|twin]]\nfault: restart Server after Login Response');
		expect(source.notes).toEqual([
			{ note: 'Stateful login', line: 1, text: '[[Stateful login]]' },
			{ note: 'Sessions', heading: 'Two servers', line: 3, text: '[[Sessions#Two servers|twin]]' },
		]);
		expect(source.fault).toEqual({ kind: 'restart', participant: 'Server', moment: 'Login Response', line: 4 });
		expect(source.diagnostics).toEqual([]);
	});

	it('reads a drop fault, ignoring case of the keywords, and skips %% comments', () => {
		const source = parseCompareSource('%% compare the two\n[[A]]\n[[B]]\nFault: DROP GET /profile (cookie)');
		expect(source.fault).toEqual({ kind: 'drop', moment: 'GET /profile (cookie)', line: 4 });
		expect(source.notes.map((n) => n.note)).toEqual(['A', 'B']);
	});

	it('splits a restart at the first " after ", so a step text may say "after"', () => {
		const source = parseCompareSource('[[A]]\n[[B]]\nfault: restart Load Balancer after Retry after timeout');
		expect(source.fault).toEqual({ kind: 'restart', participant: 'Load Balancer', moment: 'Retry after timeout', line: 3 });
	});

	it('reports too few notes, with the line and what was expected', () => {
		const source = parseCompareSource('[[Only one]]');
		expect(source.diagnostics).toEqual([{ line: 1, problem: 'too-few', message: 'expected 2 to 4 note links, one per line' }]);
	});

	it('keeps the first four notes and reports the rest', () => {
		const source = parseCompareSource('[[A]]\n[[B]]\n[[C]]\n[[D]]\n[[E]]');
		expect(source.notes.map((n) => n.note)).toEqual(['A', 'B', 'C', 'D']);
		expect(source.diagnostics.map((d) => d.problem)).toEqual(['too-many']);
	});

	it('reports unknown lines, broken links, malformed and repeated faults, and never throws', () => {
		const source = parseCompareSource('[[A]]\nhello\n[[B\n[[]]\n[[B]] and more\nfault: reboot everything\nfault: drop x\nfault: drop y\n[[C]]');
		expect(source.diagnostics.map((d) => [d.line, d.problem, d.text])).toEqual([
			[2, 'unknown-line', 'hello'],
			[3, 'bad-link', '[[B'],
			[4, 'bad-link', '[[]]'],
			[5, 'bad-link', '[[B]] and more'],
			[6, 'bad-fault', 'fault: reboot everything'],
			[8, 'second-fault', 'fault: drop y'],
		]);
		expect(source.fault).toEqual({ kind: 'drop', moment: 'x', line: 7 });
		expect(source.notes.map((n) => n.note)).toEqual(['A', 'C']);
	});

	it('rejects a restart without a participant or a moment', () => {
		for (const line of ['fault: restart Server', 'fault: restart  after Login', 'fault: restart Server after ', 'fault: drop']) {
			expect(parseCompareSource(`[[A]]\n[[B]]\n${line}`).diagnostics.map((d) => d.problem)).toEqual(['bad-fault']);
		}
	});

	it('reads a long hostile block as three bad lines (a scanner: no backtracking to wait for)', () => {
		const hostile = `[[${'['.repeat(50_000)}\nfault: restart ${' after'.repeat(20_000)}x\n${'[[a#'.repeat(20_000)}`;
		const source = parseCompareSource(hostile);
		expect(source.diagnostics.map((d) => [d.line, d.problem])).toEqual([[1, 'bad-link'], [2, 'bad-fault'], [3, 'bad-link'], [1, 'too-few']]);
	});

	it('reads #ID lines as blocks of the same page when told pageBlocks, beside note links', () => {
		const source = parseCompareSource('#stateful\n[[Stateless login]]\n#two words\n#\nfault: drop Login Response', { pageBlocks: true });
		expect(source.notes).toEqual([
			{ note: 'stateful', pageBlock: 'stateful', line: 1, text: '#stateful' },
			{ note: 'Stateless login', line: 2, text: '[[Stateless login]]' },
		]);
		expect(source.diagnostics.map((d) => [d.line, d.problem])).toEqual([[3, 'bad-link'], [4, 'bad-link']]);
		expect(source.fault).toEqual({ kind: 'drop', moment: 'Login Response', line: 5 });
	});

	it('reads a #ID line as an unknown line where page blocks are not meant (Obsidian)', () => {
		const source = parseCompareSource('#stateful\n[[A]]\n[[B]]');
		expect(source.notes.map((n) => n.note)).toEqual(['A', 'B']);
		expect(source.diagnostics.map((d) => [d.line, d.problem])).toEqual([[1, 'unknown-line']]);
	});
});
