// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { forceLinting, forEachDiagnostic, type Diagnostic } from '@codemirror/lint';
import { protocolDiagnostics, protocolLint, type BlockCache } from '../../../src/obsidian/writing/lint';
import { testPlugin } from '../support/context';

const OPTIONS = { mermaid: true, inferState: true };

const NOTE = [
	'# Login', // 1
	'```protocol', // 2
	'sequenceDiagram', // 3
	'    %% @needs Server: session', // 4: a directive before any message
	'    Client->>Server: Login', // 5
	'    %% @state Sever += session', // 6: a typo in a participant
	'```', // 7
	'', // 8
	'```mermaid', // 9
	'sequenceDiagram', // 10
	'    A->>B: hi', // 11
	'    %% @stat A += x', // 12: an unknown directive
	'```', // 13
].join('\n');

/** The 1-based note line and severity of each diagnostic. */
function marked(state: EditorState, found: readonly Diagnostic[]): [number, string][] {
	return found.map((d) => [state.doc.lineAt(d.from).number, d.severity]);
}

afterEach(() => {
	vi.useRealTimers();
	document.body.replaceChildren();
});

describe('warnings where you type', () => {
	it('mark a directive before any message and a typo in a participant on their own lines', () => {
		const state = EditorState.create({ doc: NOTE });
		const found = protocolDiagnostics(state, OPTIONS);
		expect(marked(state, found)).toEqual([[4, 'warning'], [6, 'warning'], [12, 'warning']]);
		expect(found[0]?.message).toBe('`@needs` must come after the message it is about');
		expect(found[1]?.message.startsWith('unknown participant `Sever`')).toBe(true);
		// The mark covers what was written, not the indentation before it.
		expect(state.doc.sliceString(found[1]?.from ?? 0, found[1]?.to ?? 0)).toBe('%% @state Sever += session');
	});

	it('leave Mermaid sequence diagrams alone when they are not players', () => {
		const state = EditorState.create({ doc: NOTE });
		expect(marked(state, protocolDiagnostics(state, { ...OPTIONS, mermaid: false }))).toEqual([[4, 'warning'], [6, 'warning']]);
	});

	it('mark a block that does not parse with an error on its line, inside a callout too', () => {
		const state = EditorState.create({ doc: '> ```protocol\n> sequenceDiagram\n> A->>B hi\n> ```' });
		const found = protocolDiagnostics(state, OPTIONS);
		expect(marked(state, found)).toEqual([[3, 'error']]);
		expect(state.doc.sliceString(found[0]?.from ?? 0, found[0]?.to ?? 0)).toBe('A->>B hi');
	});

	it('leave a block too long to parse on every pause to its player', () => {
		const long = ['```protocol', 'sequenceDiagram', '    %% @needs A: x', ...Array.from({ length: 5000 }, (_, i) => `    A->>B: message number ${i}`), '```'].join('\n');
		const state = EditorState.create({ doc: `${long}\n${NOTE}` });
		// Only the note's own blocks are marked, after the long block's 5,004 lines (fences included).
		expect(marked(state, protocolDiagnostics(state, OPTIONS)).map(([line]) => line - 5004)).toEqual([4, 6, 12]);
	});

	it('parse again only the blocks that changed since the last run', () => {
		const first = EditorState.create({ doc: NOTE });
		const cache: BlockCache = new Map();
		protocolDiagnostics(first, OPTIONS, new Map(), cache);
		const before = [...cache.values()];
		// A keystroke in the second block: the first block's result is the very same list, not a new parse.
		const edited = first.update({ changes: { from: first.doc.line(11).to, insert: '!' } }).state;
		const next: BlockCache = new Map();
		protocolDiagnostics(edited, OPTIONS, cache, next);
		const after = [...next.values()];
		expect(after[0]).toBe(before[0]);
		expect(after[1]).not.toBe(before[1]);
		expect(next.size).toBe(2);
	});

	it('reach the editor through CodeMirror\'s lint, registered for the plugin\'s editors', async () => {
		vi.useFakeTimers();
		const { ctx } = testPlugin();
		const view = new EditorView({ state: EditorState.create({ doc: NOTE, extensions: [protocolLint(ctx)] }), parent: document.body });
		forceLinting(view);
		await vi.advanceTimersByTimeAsync(1000);
		const lines: number[] = [];
		forEachDiagnostic(view.state, (d) => lines.push(view.state.doc.lineAt(d.from).number));
		expect(lines).toEqual([4, 6, 12]);
		view.destroy();
	});
});
