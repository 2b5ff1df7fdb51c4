// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { CompletionOption } from '../../../src/core';
import { ProtocolSuggest } from '../../../src/obsidian/writing/protocol-suggest';
import { Editor } from '../../fakes/obsidian/editor';
import type { EditorSuggest } from '../../fakes/obsidian/editor-suggest';
import { installObsidianDom } from '../../fakes/obsidian/dom';
import { testPlugin } from '../support/context';
import type { Language } from '../../../src/i18n/language';

installObsidianDom(window);

const NOTE = [
	'# Login', // 0
	'```protocol', // 1
	'sequenceDiagram', // 2
	'    participant C as Client', // 3
	'    participant Server', // 4
	'    C->>Server: Login', // 5
	'    %% @state Server += session, user id', // 6
	'    Server-->>C: OK', // 7
	'    %% ', // 8: the line being written
	'```', // 9
	'%% @ne', // 10: outside any block
];

/** The fake editor with `typed` written on line 8 and the cursor at its end. */
function typing(typed: string): Editor {
	const lines = [...NOTE];
	lines[8] = typed;
	return new Editor(lines.join('\n'), { line: 8, ch: typed.length });
}

/** The plugin's suggest, seen through the fake it extends (vitest aliases `obsidian` to the fake). */
function suggest(language: Language = 'en'): EditorSuggest<CompletionOption> {
	return new ProtocolSuggest(testPlugin(language).ctx) as unknown as EditorSuggest<CompletionOption>;
}

function first(found: CompletionOption[]): CompletionOption {
	const option = found[0];
	if (!option) throw new Error('no suggestion');
	return option;
}

const texts = (options: CompletionOption[]) => options.map((o) => o.text);

describe('completion in playable blocks', () => {
	it('completes `%% @ne` to `@needs`, saying what it does, and writes it in one undo step', async () => {
		const editor = typing('    %% @ne');
		const completion = suggest();
		const found = await completion.trigger(editor);
		expect(texts(found)).toEqual(['@needs']);
		expect(completion.rendered(found)).toEqual(['@needsthe message above succeeds only if P holds these items']);
		completion.select(first(found));
		expect(editor.getLine(8)).toBe('    %% @needs ');
		expect(editor.getCursor()).toEqual({ line: 8, ch: 14 });
		expect(editor.undoSteps).toBe(1);
	});

	it('offers the participants, ids and labels, after `@state `', async () => {
		const found = await suggest().trigger(typing('    %% @state '));
		expect(texts(found)).toEqual(['C', 'Client', 'Server']);
	});

	it('offers the items Server is known to hold after `Server:`', async () => {
		const found = await suggest().trigger(typing('    %% @needs Server:'));
		expect(texts(found)).toEqual(['session', 'user id']);
	});

	it('does not offer back what is half-written on the line being typed', async () => {
		const found = await suggest().trigger(typing('    %% @state Server += session, tok'));
		// `tok` is being typed: only what other lines give Server is known.
		expect(found).toEqual([]);
		const all = await suggest().trigger(typing('    %% @state Server -= '));
		expect(texts(all)).toEqual(['session', 'user id']);
	});

	it('writes a participant with what must follow it', async () => {
		const editor = typing('    %% @needs Cli');
		const completion = suggest();
		const found = await completion.trigger(editor);
		completion.select(first(found));
		expect(editor.getLine(8)).toBe('    %% @needs Client: ');
	});

	it('describes the directives in Korean when Obsidian is in Korean', async () => {
		const completion = suggest('ko');
		const found = await completion.trigger(typing('    %% @dr'));
		expect(completion.rendered(found)).toEqual(['@drop위 메시지가 도중에 사라집니다']);
	});

	it('offers nothing outside a playable block or outside a directive', async () => {
		expect(await suggest().trigger(new Editor(NOTE.join('\n'), { line: 10, ch: 6 }))).toEqual([]);
		expect(await suggest().trigger(typing('    Client->>Server: @ne'))).toEqual([]);
	});
});
